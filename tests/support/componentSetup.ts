import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, vi } from 'vitest'

// Every component a test mounts is unmounted after it, so no test leaves watchers, timers or
// listeners behind for the next one; tests mount inside `it`, never at describe scope.
enableAutoUnmount(afterEach)

// A test that fakes the clock (frames, timers) never hands a faked clock to the next test.
afterEach(() => {
  vi.useRealTimers()
})
