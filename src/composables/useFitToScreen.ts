import { onBeforeUnmount, onMounted, watch, type Ref, type WatchSource } from 'vue'

/** The smallest share of the designed text size a slide may shrink to: still readable from the back of the room. */
export const FIT_MIN_SCALE = 0.7
const FIT_STEP = 0.05

/**
 * Shrinks the text of `target` in steps until the page no longer scrolls, as presentation software
 * does with a slide that holds more than fits: on a projector nobody scrolls. The element's size
 * must follow the custom property `--fit` (a factor, 1 by default). A slide that still does not fit
 * at FIT_MIN_SCALE scrolls rather than turning unreadable. Refits when `changes` changes (another
 * slide, scores revealed) and when the window is resized (full-screen, another projector).
 */
export function useFitToScreen(target: Readonly<Ref<HTMLElement | null>>, changes: WatchSource): void {
  function fit(): void {
    const element = target.value
    if (!element) return
    const page = document.documentElement
    let scale = 1
    element.style.setProperty('--fit', '1')
    // Each read of scrollHeight lays the page out again at the new size: a handful of steps at most.
    while (page.scrollHeight > page.clientHeight && scale - FIT_STEP >= FIT_MIN_SCALE - 1e-9) {
      scale = Math.round((scale - FIT_STEP) * 100) / 100
      element.style.setProperty('--fit', String(scale))
    }
  }

  // After the DOM shows the new slide ('post'), so the fit measures what is on screen.
  watch(changes, () => fit(), { flush: 'post' })
  onMounted(() => {
    fit()
    window.addEventListener('resize', fit)
  })
  onBeforeUnmount(() => window.removeEventListener('resize', fit))
}
