import { computed, shallowReactive } from 'vue'

/**
 * What the device storage has to tell the user, whichever page is open: one list for the whole app,
 * shown by `App.vue`. Each notice names the storage key it is about; the view turns that key into
 * words ("uw scan", "de meetreeks").
 */
export type StorageNotice =
  /** The last change could not be written (storage full); `earlier`: the previous copy is still on the device. */
  | { id: string; kind: 'not-saved'; key: string; earlier: boolean; download: () => string }
  /** What was stored could not be read; it is kept aside under `<key>:onleesbaar`. */
  | { id: string; kind: 'unreadable'; key: string; download: () => string; discard: () => void }
  /** Another tab changed this; it was taken over here. */
  | { id: string; kind: 'other-tab'; key: string }
  /** Another tab changed this while this tab had a change of its own not yet written. */
  | { id: string; kind: 'other-tab-conflict'; key: string; takeTheirs: () => void; keepMine: () => void }
  /** Switching back to "Bewaren op dit apparaat" did not fit; everything stays in memory. */
  | { id: string; kind: 'mode-not-switched'; key: string }

type NoticeInput = StorageNotice extends infer N ? (N extends StorageNotice ? Omit<N, 'id'> : never) : never

const notices = shallowReactive(new Map<string, StorageNotice>())

const idOf = (kind: StorageNotice['kind'], key: string) => `${kind}:${key}`

/** Shows a notice; a notice of the same kind about the same key is replaced, not repeated. */
export function reportStorage(notice: NoticeInput): void {
  const id = idOf(notice.kind, notice.key)
  notices.set(id, { ...notice, id })
}

/** Takes a notice back (the problem is gone: a later save worked, the user chose). */
export function resolveStorage(kind: StorageNotice['kind'], key: string): void {
  notices.delete(idOf(kind, key))
}

/** Every notice about one key, e.g. when its store goes away. */
export function resolveAllStorage(key: string): void {
  for (const [id, notice] of notices) if (notice.key === key) notices.delete(id)
}

export function useStorageNotices() {
  return {
    notices: computed(() => [...notices.values()]),
    dismiss: (id: string) => notices.delete(id),
  }
}
