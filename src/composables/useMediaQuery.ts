import { onScopeDispose, readonly, ref, type Ref } from 'vue'

/** The named narrow breakpoint (main.css: narrow ≤ 40rem), where the scan switches to its phone layout. */
export const NARROW = '(max-width: 40rem)'
export const REDUCED_MOTION = '(prefers-reduced-motion: reduce)'

/**
 * Whether a CSS media query matches now, following changes (a phone turned, a window resized, the
 * motion setting switched). For layout that CSS alone cannot do, such as moving content elsewhere.
 */
export function useMediaQuery(query: string): Readonly<Ref<boolean>> {
  const list = typeof window === 'undefined' || !('matchMedia' in window) ? null : window.matchMedia(query)
  const matches = ref(list?.matches ?? false)
  const follow = (event: MediaQueryListEvent) => {
    matches.value = event.matches
  }
  list?.addEventListener('change', follow)
  onScopeDispose(() => list?.removeEventListener('change', follow))
  return readonly(matches)
}
