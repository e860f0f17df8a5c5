import { defineStore } from 'pinia'
import { watchEffect } from 'vue'
import { persisted, type StoredFormat } from '@/composables/persisted'
import { useDeviceStorage, type StorageMode } from '@/composables/useDeviceStorage'
import { reportStorage, resolveStorage } from '@/composables/useStorageNotices'

const LARGE_TEXT_KEY = 'grote-letters'
const MODE_KEY = 'opslag'

/** Stored as '1' (and absent when off), as it has been since the first version. */
const flagFormat: StoredFormat<boolean> = {
  decode: (text) => (text === '1' ? { ok: true, value: true } : { ok: false }),
  encode: () => '1',
}

export const useSettingsStore = defineStore('settings', () => {
  const storage = useDeviceStorage()
  const largeText = persisted(LARGE_TEXT_KEY, flagFormat, { initial: () => false, isEmpty: (on) => !on }).state

  watchEffect(() => {
    document.documentElement.classList.toggle('large-text', largeText.value)
  })

  function toggleLargeText(): void {
    largeText.value = !largeText.value
  }

  /** Back to "apparaat" on a full device: nothing moves, nothing is lost, and the user is told. */
  function setStorageMode(mode: StorageMode): void {
    if (storage.setMode(mode)) resolveStorage('mode-not-switched', MODE_KEY)
    else reportStorage({ kind: 'mode-not-switched', key: MODE_KEY })
  }

  return { largeText, toggleLargeText, storageMode: storage.mode, setStorageMode }
})
