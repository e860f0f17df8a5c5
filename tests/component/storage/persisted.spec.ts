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

  it('writes nothing over another tab’s change while the user chooses, not even when asked to write now', () => {
    const { kept, scope } = make()
    kept.state.value = { count: 3 }
    window.localStorage.setItem(FULL, '{"count":4}')
    window.dispatchEvent(new StorageEvent('storage', { key: FULL, newValue: '{"count":4}', storageArea: window.localStorage }))
    kept.state.value = { count: 5 }
    expect(kept.flush()).toBe('held')
    expect(window.localStorage.getItem(FULL)).toBe('{"count":4}')
    const conflict = useStorageNotices().notices.value.find((item) => item.kind === 'other-tab-conflict')
    if (conflict?.kind !== 'other-tab-conflict') throw new Error('no conflict offered')
    conflict.keepMine()
    expect(window.localStorage.getItem(FULL)).toBe('{"count":5}')
    scope.stop()
  })

  it('says whether an earlier copy is on the device when a write is refused', () => {
    const { kept, scope } = make()
    const setItem = vi.spyOn(window.localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    kept.state.value = { count: 1 }
    kept.flush()
    expect(kept.notStored.value).toBe('nothing')
    const notice = useStorageNotices().notices.value.find((item) => item.kind === 'not-saved')
    expect(notice?.kind === 'not-saved' && notice.earlier).toBe(false)
    setItem.mockRestore()
    kept.flush()
    expect(kept.notStored.value).toBe(false)
    const again = vi.spyOn(window.localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    kept.state.value = { count: 2 }
    kept.flush()
    again.mockRestore()
    expect(kept.notStored.value).toBe('earlier')
    expect(kept.saved.value).toBe(false)
    scope.stop()
  })

  describe('with a key beside it', () => {
    const BESIDE = `integraalscan:${KEY}-naam`
    type NamedCounter = Counter & { name?: string }
    /** The count is the format; the name is kept beside it, as the workshop keeps its labels beside the team file. */
    const format = {
      decode: (text: string) => {
        const parsed = Schema.safeParse(JSON.parse(text))
        return parsed.success ? { ok: true as const, value: { count: parsed.data.count } } : { ok: false as const }
      },
      encode: (value: NamedCounter) => JSON.stringify({ count: value.count }),
    }
    function named() {
      const scope = effectScope()
      const kept = scope.run(() =>
        persisted<NamedCounter>(KEY, format, {
          initial: () => ({ count: 0 }),
          isEmpty: (value) => value.count === 0,
          beside: { key: `${KEY}-naam`, encode: (value) => value.name ?? '', join: (value, text) => (text ? { ...value, name: text } : value) },
        }),
      )
      if (kept === undefined) throw new Error('scope ran nothing')
      return { kept, scope }
    }

    it('reads both, writes both, and removes both when empty', () => {
      window.localStorage.setItem(FULL, '{"count":2}')
      window.localStorage.setItem(BESIDE, 'twee')
      const { kept, scope } = named()
      expect(kept.state.value).toEqual({ count: 2, name: 'twee' })
      kept.state.value = { count: 3, name: 'drie' }
      expect(kept.flush()).toBe('saved')
      expect([window.localStorage.getItem(FULL), window.localStorage.getItem(BESIDE)]).toEqual(['{"count":3}', 'drie'])
      kept.state.value = { count: 0 }
      kept.flush()
      expect([window.localStorage.getItem(FULL), window.localStorage.getItem(BESIDE)]).toEqual([null, null])
      scope.stop()
    })

    it('never writes beside a value that was refused, and drops what is beside when only it did not fit', () => {
      window.localStorage.setItem(FULL, '{"count":2}')
      window.localStorage.setItem(BESIDE, 'twee')
      const { kept, scope } = named()
      const setItem = window.localStorage.setItem.bind(window.localStorage)
      const refuse = (which: string) =>
        vi.spyOn(window.localStorage, 'setItem').mockImplementation((key: string, value: string) => {
          if (key === which) throw new DOMException('full', 'QuotaExceededError')
          setItem(key, value)
        })
      const main = refuse(FULL)
      kept.state.value = { count: 3, name: 'drie' }
      expect(kept.flush()).toBe('full')
      expect([window.localStorage.getItem(FULL), window.localStorage.getItem(BESIDE)]).toEqual(['{"count":2}', 'twee'])
      main.mockRestore()
      const besideOnly = refuse(BESIDE)
      kept.state.value = { count: 4, name: 'vier' }
      expect(kept.flush()).toBe('full')
      besideOnly.mockRestore()
      expect(kept.notStored.value).toBe('earlier')
      // 'twee' would name the count 4 wrongly: it goes, and the count reopens without a name.
      expect([window.localStorage.getItem(FULL), window.localStorage.getItem(BESIDE)]).toEqual(['{"count":4}', null])
      scope.stop()
    })

    it('takes over another tab’s change of either key with what is beside it', () => {
      const { kept, scope } = named()
      window.localStorage.setItem(FULL, '{"count":5}')
      window.localStorage.setItem(BESIDE, 'vijf')
      window.dispatchEvent(new StorageEvent('storage', { key: BESIDE, newValue: 'vijf', storageArea: window.localStorage }))
      expect(kept.state.value).toEqual({ count: 5, name: 'vijf' })
      scope.stop()
    })
  })
})
