import { afterEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick } from 'vue'
import { z } from 'zod/mini'
import { persisted, UNREADABLE_SUFFIX } from '@/composables/persisted'
import { useDeviceStorage } from '@/composables/useDeviceStorage'
import { useStorageNotices } from '@/composables/useStorageNotices'

const KEY = 'proef'
const FULL = `integraalscan:${KEY}`
const Schema = z.object({ count: z.int().check(z.minimum(0)) })
type Counter = z.infer<typeof Schema>

function make(scope = effectScope()) {
  const kept = scope.run(() => persisted<Counter>(KEY, Schema, { initial: () => ({ count: 0 }), isEmpty: (value) => value.count === 0 }))
  if (kept === undefined) throw new Error('scope ran nothing')
  return { kept, scope }
}
const kinds = () => useStorageNotices().notices.value.map((notice) => `${notice.kind}:${notice.key}`)

afterEach(() => {
  vi.restoreAllMocks()
  window.localStorage.clear()
  for (const notice of useStorageNotices().notices.value) useStorageNotices().dismiss(notice.id)
})

describe('persisted(key, schema)', () => {
  it('reads what is stored, writes each replacement before the next render, and removes an empty value', async () => {
    window.localStorage.setItem(FULL, '{"count":3}')
    const { kept, scope } = make()
    expect(kept.state.value).toEqual({ count: 3 })
    kept.state.value = { count: 4 }
    await nextTick()
    expect(window.localStorage.getItem(FULL)).toBe('{"count":4}')
    kept.state.value = { count: 0 }
    await nextTick()
    expect(window.localStorage.getItem(FULL)).toBeNull()
    scope.stop()
  })

  it('keeps an unreadable value aside under :onleesbaar and offers it, instead of dropping it', () => {
    window.localStorage.setItem(FULL, '{"count":-1}')
    const { kept, scope } = make()
    expect(kept.state.value).toEqual({ count: 0 })
    expect(window.localStorage.getItem(FULL + UNREADABLE_SUFFIX)).toBe('{"count":-1}')
    expect(window.localStorage.getItem(FULL)).toBeNull()
    const notice = useStorageNotices().notices.value.find((item) => item.kind === 'unreadable')
    expect(notice?.kind === 'unreadable' && notice.download()).toBe('{"count":-1}')
    scope.stop()
    // Next visit: still offered, until discarded.
    const again = make()
    const offered = useStorageNotices().notices.value.find((item) => item.kind === 'unreadable')
    expect(offered?.kind).toBe('unreadable')
    if (offered?.kind === 'unreadable') offered.discard()
    expect(window.localStorage.getItem(FULL + UNREADABLE_SUFFIX)).toBeNull()
    expect(kinds()).toEqual([])
    again.scope.stop()
  })

  it('leaves the previous copy in place when the device refuses a write, says so, and takes that back once a write works', async () => {
    window.localStorage.setItem(FULL, '{"count":1}')
    const { kept, scope } = make()
    const setItem = vi.spyOn(window.localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    kept.state.value = { count: 2 }
    expect(kept.flush()).toBe('full')
    expect(window.localStorage.getItem(FULL)).toBe('{"count":1}')
    expect(kept.saved.value).toBe(false)
    const notice = useStorageNotices().notices.value.find((item) => item.kind === 'not-saved')
    expect(notice?.kind === 'not-saved' && notice.download()).toBe('{"count":2}')
    setItem.mockRestore()
    kept.state.value = { count: 5 }
    await nextTick()
    expect(window.localStorage.getItem(FULL)).toBe('{"count":5}')
    expect(kinds()).toEqual([])
    scope.stop()
  })

  it('never writes a value it could not read back', () => {
    const { kept, scope } = make()
    kept.state.value = { count: 1.5 }
    expect(kept.flush()).toBe('invalid')
    expect(window.localStorage.getItem(FULL)).toBeNull()
    expect(kinds()).toEqual([`not-saved:${KEY}`])
    scope.stop()
  })

  it('forgets everything on "alle gegevens wissen", and no longer listens once its scope is gone', () => {
    const { kept, scope } = make()
    kept.state.value = { count: 7 }
    kept.flush()
    useDeviceStorage().clearAll()
    expect(kept.state.value).toEqual({ count: 0 })
    kept.state.value = { count: 8 }
    scope.stop()
    useDeviceStorage().clearAll()
    expect(kept.state.value).toEqual({ count: 8 })
  })

  it('takes over a change made in another tab, and asks when this tab has an unwritten change of its own', () => {
    const { kept, scope } = make()
    const otherTab = (value: string) =>
      window.dispatchEvent(new StorageEvent('storage', { key: FULL, newValue: value, storageArea: window.localStorage }))
    otherTab('{"count":9}')
    expect(kept.state.value).toEqual({ count: 9 })
    expect(kinds()).toEqual([`other-tab:${KEY}`])
    kept.state.value = { count: 10 } // not yet written (the write waits for the microtask)
    otherTab('{"count":11}')
    expect(kept.state.value).toEqual({ count: 10 })
    const conflict = useStorageNotices().notices.value.find((item) => item.kind === 'other-tab-conflict')
    if (conflict?.kind !== 'other-tab-conflict') throw new Error('no conflict offered')
    conflict.takeTheirs()
    expect(kept.state.value).toEqual({ count: 11 })
    scope.stop()
  })
})
