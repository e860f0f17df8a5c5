import { onScopeDispose } from 'vue'

/**
 * Runs `work` once the browser has painted what just changed: for work nobody waits to see, such
 * as writing a workshop of a thousand participants to the device (over a tenth of a second), so
 * the team picture shows first. Work still pending when the page is hidden or left runs right
 * then, so closing the tab at once loses nothing.
 */
export function useAfterPaint(work: () => void) {
  let pending = false

  function flush(): void {
    if (!pending) return
    pending = false
    work()
  }
  const flushWhenHidden = () => {
    if (document.visibilityState === 'hidden') flush()
  }
  window.addEventListener('pagehide', flush)
  document.addEventListener('visibilitychange', flushWhenHidden)
  onScopeDispose(() => {
    window.removeEventListener('pagehide', flush)
    document.removeEventListener('visibilitychange', flushWhenHidden)
  })

  return {
    /** Once per paint however often it is asked: the work reads the state as it is by then. */
    schedule(): void {
      if (pending) return
      pending = true
      // A frame callback runs just before that frame is painted: the first one precedes the frame
      // that shows the change, the second comes after it has been painted.
      requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(flush, 0)))
    },
    /** The work was done another way (saved right away): nothing left to do after the paint. */
    cancel(): void {
      pending = false
    },
  }
}
