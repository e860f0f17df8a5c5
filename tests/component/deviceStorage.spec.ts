import { describe, expect, it, vi } from 'vitest'
import { useDeviceStorage } from '@/composables/useDeviceStorage'

describe('useDeviceStorage().onClearAll', () => {
  it('calls a registered listener when everything is wiped, and no longer once it unsubscribed', () => {
    const storage = useDeviceStorage()
    const listener = vi.fn()
    const unsubscribe = storage.onClearAll(listener)
    storage.clearAll()
    expect(listener).toHaveBeenCalledTimes(1)
    unsubscribe()
    storage.clearAll()
    expect(listener).toHaveBeenCalledTimes(1)
  })
})
