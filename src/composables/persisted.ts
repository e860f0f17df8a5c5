import { computed, onScopeDispose, shallowRef, watch, type ComputedRef, type ShallowRef } from 'vue'
import type { ZodMiniType } from 'zod/mini'
import { useDeviceStorage } from './useDeviceStorage'
import { useAfterPaint } from './useAfterPaint'
import { reportStorage, resolveAllStorage, resolveStorage } from './useStorageNotices'

/** How a stored value becomes text and back. `decode` never throws; it answers ok or not. */
export interface StoredFormat<T> {
  decode(text: string): { ok: true; value: T } | { ok: false }
  encode(value: T): string
}

/** JSON checked by a zod schema: the format for a value that has no file format of its own. */
export function jsonFormat<T>(schema: ZodMiniType<T>): StoredFormat<T> {
  return {
    decode(text) {
      try {
        const parsed = schema.safeParse(JSON.parse(text))
        return parsed.success ? { ok: true, value: parsed.data } : { ok: false }
      } catch {
        return { ok: false }
      }
    },
    encode: (value) => JSON.stringify(value),
  }
}

/**
 * What became of a write: kept, removed (nothing worth keeping), refused with the old copy left in
 * place, or held back while the user chooses between this tab's change and another tab's.
 */
export type WriteOutcome = 'saved' | 'removed' | 'full' | 'invalid' | 'held'

export interface PersistedOptions<T> {
  /** The value when nothing (readable) is stored, and after "alle gegevens wissen". */
  initial: () => T
  /** Nothing worth keeping: the key is removed instead of written. */
  isEmpty?: (value: T) => boolean
  /** 'now' (default): written in the same task. 'after-paint': once the change is on screen, for large values. */
  timing?: 'now' | 'after-paint'
  /**
   * A second key kept beside this one, for what the format itself must not hold (the workshop's
   * participant names, which its anonymous team file leaves out). Read with the value; written right
   * after it and only when it was; removed when it did not fit, for it would describe the previous
   * copy. What is beside is a completion: `join` never fails (text null: none, or none readable).
   */
  beside?: { key: string; encode: (value: T) => string; join: (value: T, text: string | null) => T }
}

/** What the device holds when the last change could not be written: the previous copy, or nothing. */
export type NotStored = false | 'earlier' | 'nothing'

export interface Persisted<T> {
  /** Shallow: replace the value to save it; a change made inside it is not seen. */
  state: ShallowRef<T>
  /** Whether the last write reached the device (false: the previous copy, if any, is what is stored). */
  saved: ComputedRef<boolean>
  /** When the last write did not reach the device: whether an earlier copy is there ('earlier') or none is ('nothing'). */
  notStored: ComputedRef<NotStored>
  /** Writes the current value now (a pending write included) and says how it went. */
  flush(): WriteOutcome
  /** Back to the initial value, removed from the device at once. */
  reset(): void
}

export const UNREADABLE_SUFFIX = ':onleesbaar'

/**
 * One value kept on this device under `key` (see useDeviceStorage for where). The contract:
 * - Read once, at creation, through `format.decode` (a zod parse): what cannot be read is never
 *   dropped; it moves to `<key>:onleesbaar`, the state starts from `initial()`, and a notice offers
 *   the text as a download (also on later visits, until the user discards it).
 * - Written after every replacement of `state.value` (at once, or after paint), and only after the
 *   text has been decoded back successfully: what is written can always be read again.
 * - A refused write (storage full) or an invalid value leaves the previous copy in place, sets
 *   `saved` false and `notStored` to what the device still holds ('earlier' or 'nothing'), and raises
 *   a notice that says which and offers the current value as a download; the next write that works
 *   takes the notice back.
 * - `beside`: a second key read and written with the value, never ahead of it (see the option).
 * - A change another tab makes to the same key is taken over (with a notice), or, when this tab has
 *   a change of its own not yet written, offered: the user chooses; nothing is overwritten unasked.
 * - Registered with "alle gegevens wissen" (back to `initial()`); every listener is removed when the
 *   owning scope (the store) is disposed. Call it inside a store's setup or another effect scope.
 */
export function persisted<T>(key: string, schemaOrFormat: ZodMiniType<T> | StoredFormat<T>, options: PersistedOptions<T>): Persisted<T> {
  const format = 'encode' in schemaOrFormat ? schemaOrFormat : jsonFormat(schemaOrFormat)
  const storage = useDeviceStorage()
  const isEmpty = options.isEmpty ?? (() => false)
  const beside = options.beside
  const notStored = shallowRef<NotStored>(false)
  const state = shallowRef<T>(readStored())
  let pending = false
  /** A value written into `state` by this helper (restore, another tab, clear-all) is not written back. */
  let adopting = false
  /** Another tab's change waits for the user's choice: nothing of this tab is written meanwhile. */
  let held = false
  const afterPaint = options.timing === 'after-paint' ? useAfterPaint(flush) : null

  watch(state, () => {
    if (adopting) return
    pending = true
    if (held) return
    if (afterPaint) afterPaint.schedule()
    else queueMicrotask(() => pending && !held && flush())
  }, { flush: 'sync' })

  const stopClear = storage.onClearAll(() => {
    held = false
    pending = false
    afterPaint?.cancel()
    adopt(options.initial())
    notStored.value = false
    resolveAllStorage(key)
  })
  const stopOtherTab = storage.onOtherTab(key, fromOtherTab)
  // A change beside the value (a renamed participant) is the value's change too.
  const stopBeside = beside ? storage.onOtherTab(beside.key, () => fromOtherTab(storage.read(key))) : () => undefined
  onScopeDispose(() => {
    stopClear()
    stopOtherTab()
    stopBeside()
    resolveAllStorage(key)
  })

  function readStored(): T {
    offerUnreadable(storage.read(key + UNREADABLE_SUFFIX))
    const text = storage.read(key)
    if (text === null) return options.initial()
    const read = format.decode(text)
    if (read.ok) return joined(read.value)
    setAside(text)
    return options.initial()
  }

  function joined(value: T): T {
    return beside ? beside.join(value, storage.read(beside.key)) : value
  }

  function setAside(text: string): void {
    // Only once the text is safe beside it may the original go; if there is no room, it stays.
    if (storage.write(key + UNREADABLE_SUFFIX, text)) storage.remove(key)
    offerUnreadable(text)
  }

  function offerUnreadable(text: string | null): void {
    if (text === null) return
    reportStorage({
      kind: 'unreadable',
      key,
      download: () => text,
      discard: () => {
        storage.remove(key + UNREADABLE_SUFFIX)
        resolveStorage('unreadable', key)
      },
    })
  }

  function flush(): WriteOutcome {
    // Another tab's change waits for the user's choice: this tab's is kept for then, not written over it.
    if (held) {
      pending = true
      return 'held'
    }
    pending = false
    afterPaint?.cancel()
    const outcome = write(state.value)
    notStored.value = outcome === 'saved' || outcome === 'removed' ? false : storage.read(key) === null ? 'nothing' : 'earlier'
    if (notStored.value === false) resolveStorage('not-saved', key)
    else reportStorage({ kind: 'not-saved', key, earlier: notStored.value === 'earlier', download: () => format.encode(state.value) })
    return outcome
  }

  function write(value: T): WriteOutcome {
    if (isEmpty(value)) {
      storage.remove(key)
      if (beside) storage.remove(beside.key)
      return 'removed'
    }
    const text = format.encode(value)
    if (!format.decode(text).ok) return 'invalid'
    if (!storage.write(key, text)) return 'full'
    if (!beside || storage.write(beside.key, beside.encode(value))) return 'saved'
    // What is beside describes the previous copy: it goes, and the value reopens without it.
    storage.remove(beside.key)
    return 'full'
  }

  function adopt(value: T): void {
    adopting = true
    try {
      state.value = value
    } finally {
      adopting = false
    }
  }

  function fromOtherTab(text: string | null): void {
    const decoded = text === null ? { ok: true as const, value: options.initial() } : format.decode(text)
    if (!decoded.ok) return // the other tab validated what it wrote; an unreadable value is not ours to take
    const theirs = text === null ? decoded.value : joined(decoded.value)
    if (!pending && !held) {
      adopt(theirs)
      reportStorage({ kind: 'other-tab', key })
      return
    }
    reportStorage({
      kind: 'other-tab-conflict',
      key,
      takeTheirs: () => {
        held = false
        pending = false
        afterPaint?.cancel()
        adopt(theirs)
        resolveStorage('other-tab-conflict', key)
      },
      keepMine: () => {
        held = false
        flush()
        resolveStorage('other-tab-conflict', key)
      },
    })
    // Until the user chooses, this tab's change is not written over the other tab's.
    held = true
    afterPaint?.cancel()
  }

  function reset(): void {
    held = false
    pending = false
    afterPaint?.cancel()
    adopt(options.initial())
    storage.remove(key)
    if (beside) storage.remove(beside.key)
    notStored.value = false
    resolveStorage('not-saved', key)
  }

  return { state, saved: computed(() => notStored.value === false), notStored: computed(() => notStored.value), flush, reset }
}
