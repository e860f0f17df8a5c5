import { defineStore } from 'pinia'
import { ref, watchEffect } from 'vue'
import { useDeviceStorage } from '@/composables/useDeviceStorage'

const LARGE_TEXT_KEY = 'grote-letters'

export const useSettingsStore = defineStore('settings', () => {
  const storage = useDeviceStorage()
  const largeText = ref(storage.read(LARGE_TEXT_KEY) === '1')

  watchEffect(() => {
    document.documentElement.classList.toggle('large-text', largeText.value)
  })

  function toggleLargeText(): void {
    largeText.value = !largeText.value
    if (largeText.value) storage.write(LARGE_TEXT_KEY, '1')
    else storage.remove(LARGE_TEXT_KEY)
  }

  return { largeText, toggleLargeText, storageMode: storage.mode, setStorageMode: storage.setMode }
})
