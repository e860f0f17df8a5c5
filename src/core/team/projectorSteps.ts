/**
 * Where the projector is in the agenda: slide 0 shows the number of participants, slide k the k-th
 * agenda factor. A factor opens with its question and explanation; "reveal" then shows the scores,
 * so the conversation starts from content rather than from a number. "blank" darkens the screen.
 */
export interface ProjectorPosition {
  slide: number
  revealed: boolean
  blank: boolean
}

export type ProjectorAction = 'next' | 'previous' | 'reveal' | 'blank' | 'first'

export const startPosition: ProjectorPosition = { slide: 0, revealed: false, blank: false }

/** The position after an action, for an agenda of `factors` items; moving always hides the scores again. */
export function stepProjector(position: ProjectorPosition, action: ProjectorAction, factors: number): ProjectorPosition {
  const last = Math.max(0, factors)
  const slide = Math.min(Math.max(0, position.slide), last)
  switch (action) {
    case 'next':
      return slide >= last ? { ...position, slide, blank: false } : { slide: slide + 1, revealed: false, blank: false }
    case 'previous':
      return slide <= 0 ? { ...position, slide: 0, blank: false } : { slide: slide - 1, revealed: false, blank: false }
    case 'reveal':
      return { slide, revealed: slide > 0 ? !position.revealed : false, blank: false }
    case 'blank':
      return { ...position, slide, blank: !position.blank }
    case 'first':
      return startPosition
  }
}

/** Keys a facilitator (or a presentation clicker) uses; null for any other key. */
export function projectorActionForKey(key: string): ProjectorAction | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
    case 'n':
    case 'N':
      return 'next'
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'p':
    case 'P':
      return 'previous'
    case 'r':
    case 'R':
    case 'Enter':
      return 'reveal'
    case 'b':
    case 'B':
    case '.':
      return 'blank'
    case 'Home':
      return 'first'
    default:
      return null
  }
}
