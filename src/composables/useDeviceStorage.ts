import { readonly, ref } from 'vue'

/**
 * Where the scan keeps its state: localStorage on this device, or only memory ("niets bewaren")
 * for shared computers. Nothing ever leaves the device.
 */
export type StorageMode = 'apparaat' | 'geheugen'

const PREFIX = 'integraalscan:'
const memory = new Map<string, string>()

/**
 * Whether this device's storage can be used. A full storage can: it still holds what was saved,
 * and each write says when it does not fit (issue #25). Only a storage the browser blocks cannot.
 */
function localStorageWorks(): boolean {
  try {
    const storage = window.localStorage
    const probe = `${PREFIX}probe`
    storage.getItem(probe)
    try {
      storage.setItem(probe, '1')
      storage.removeItem(probe)
      return true
    } catch (error) {
      return error instanceof DOMException && error.name === 'QuotaExceededError'
    }
  } catch {
    return false
  }
}

const available = localStorageWorks()
const clearListeners = new Set<() => void>()
const mode = ref<StorageMode>(available ? 'apparaat' : 'geheugen')

function ownKeys(): string[] {
  if (!available) return []
  return Object.keys(window.localStorage).filter((key) => key.startsWith(PREFIX))
}

function read(key: string): string | null {
  if (mode.value === 'geheugen') return memory.get(PREFIX + key) ?? null
  return window.localStorage.getItem(PREFIX + key)
}

/**
 * False when the browser refused (storage full, e.g. a workshop of hundreds of participants):
 * the state then lives on in memory, and the caller may say so; the page never breaks on it.
 */
function write(key: string, value: string): boolean {
  if (mode.value === 'geheugen') {
    memory.set(PREFIX + key, value)
    return true
  }
  try {
    window.localStorage.setItem(PREFIX + key, value)
    return true
  } catch {
    return false
  }
}

function remove(key: string): void {
  memory.delete(PREFIX + key)
  if (available) window.localStorage.removeItem(PREFIX + key)
}

/** Removes everything the scan ever stored on this device, and tells every store to forget it too. */
function clearAll(): void {
  memory.clear()
  for (const key of ownKeys()) window.localStorage.removeItem(key)
  for (const listener of clearListeners) listener()
}

/**
 * A store that holds device data registers how to forget it when everything is wiped. Returns the
 * unsubscribe, so a store that goes away (a test's pinia) leaves no listener behind.
 */
function onClearAll(listener: () => void): () => void {
  clearListeners.add(listener)
  return () => clearListeners.delete(listener)
}

/**
 * Moves what is stored to the new place, so switching mode loses nothing and leaves nothing behind.
 * False when the device refused (storage full on the way back to "apparaat"): then nothing moved,
 * what was written is taken back, and the data stays in memory, where it was.
 */
function setMode(next: StorageMode): boolean {
  if (next === mode.value || (next === 'apparaat' && !available)) return next === mode.value
  if (next === 'geheugen') {
    for (const key of ownKeys()) {
      memory.set(key, window.localStorage.getItem(key) ?? '')
      window.localStorage.removeItem(key)
    }
  } else {
    const written: string[] = []
    try {
      for (const [key, value] of memory) {
        window.localStorage.setItem(key, value)
        written.push(key)
      }
    } catch {
      for (const key of written) window.localStorage.removeItem(key)
      return false
    }
    memory.clear()
  }
  mode.value = next
  return true
}

/**
 * Calls `listener` with the new text (null: removed) when another tab of this app changes `key`
 * on this device. Only in "apparaat" mode: memory is this tab's own. Returns the unsubscribe.
 */
function onOtherTab(key: string, listener: (text: string | null) => void): () => void {
  const handler = (event: StorageEvent) => {
    if (mode.value !== 'apparaat') return
    if (event.storageArea !== window.localStorage) return
    // key null: the other tab cleared everything.
    if (event.key === PREFIX + key || event.key === null) listener(event.key === null ? null : event.newValue)
  }
  window.addEventListener('storage', handler)
  return () => window.removeEventListener('storage', handler)
}

export function useDeviceStorage() {
  return { mode: readonly(mode), available, read, write, remove, clearAll, onClearAll, setMode, onOtherTab }
}
