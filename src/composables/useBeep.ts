/**
 * A short confirmation tone made with WebAudio (no sound file is fetched). Browsers allow sound only
 * after the user has done something on the page, so `prime()` is called from a click.
 */
export function useBeep() {
  let context: AudioContext | null = null

  function prime(): void {
    if (context !== null || typeof AudioContext === 'undefined') return
    try {
      context = new AudioContext()
    } catch {
      context = null
    }
  }

  /** A high tone for "added", a low one for "refused" or "already in". */
  function beep(kind: 'ok' | 'nee'): void {
    if (context === null) return
    try {
      const oscillator = context.createOscillator()
      const gain = context.createGain()
      oscillator.frequency.value = kind === 'ok' ? 880 : 220
      gain.gain.value = 0.08
      oscillator.connect(gain).connect(context.destination)
      const now = context.currentTime
      oscillator.start(now)
      oscillator.stop(now + (kind === 'ok' ? 0.12 : 0.25))
    } catch {
      // Sound is a courtesy; the visible message says the same.
    }
  }

  return { prime, beep }
}
