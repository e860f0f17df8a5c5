/**
 * Where the projector is in the agenda: slide 0 shows the number of participants, slide k the k-th
 * agenda factor, and after the last factor the closing slides: the team radar, the team on the
 * ladder and the agreed actions. A factor opens with its question and explanation; "reveal" then
 * shows the scores, so the conversation starts from content rather than from a number. A closing
 * slide has nothing to hide. "blank" darkens the screen.
 */
export interface ProjectorPosition {
  slide: number
  revealed: boolean
  blank: boolean
}

export type ProjectorAction = 'next' | 'previous' | 'reveal' | 'blank' | 'first'

export const startPosition: ProjectorPosition = { slide: 0, revealed: false, blank: false }

/** The closing slides, in this order after the last factor. */
export const closingSlides = ['radar', 'ladder', 'actions'] as const
export type ClosingSlide = (typeof closingSlides)[number]

export type ProjectorSlide = { kind: 'start' } | { kind: 'factor'; index: number } | { kind: ClosingSlide }

/**
 * What slide `slide` is for an agenda of `factors` items (as many as the workshop window sent, so a
 * damaged item left out on the projector does not move the closing slides); null past the end.
 */
export function projectorSlide(slide: number, factors: number, closing: number = closingSlides.length): ProjectorSlide | null {
  if (slide <= 0) return { kind: 'start' }
  if (slide <= factors) return { kind: 'factor', index: slide - 1 }
  const kind = closingSlides[slide - factors - 1]
  return kind !== undefined && slide - factors <= closing ? { kind } : null
}

/**
 * The position after an action, for an agenda of `factors` items followed by `closing` closing
 * slides; moving always hides the scores again.
 */
export function stepProjector(position: ProjectorPosition, action: ProjectorAction, factors: number, closing = 0): ProjectorPosition {
  const last = Math.max(0, factors) + Math.max(0, closing)
  const slide = Math.min(Math.max(0, position.slide), last)
  switch (action) {
    case 'next':
      return slide >= last ? { ...position, slide, blank: false } : { slide: slide + 1, revealed: false, blank: false }
    case 'previous':
      return slide <= 0 ? { ...position, slide: 0, blank: false } : { slide: slide - 1, revealed: false, blank: false }
    case 'reveal':
      return { slide, revealed: slide > 0 && slide <= factors ? !position.revealed : false, blank: false }
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

/** How many closing slides an agenda has: all of them once it carries any, none from an older workshop window. */
export function closingCount(agenda: { radar?: unknown; ladder?: unknown; actions?: unknown }): number {
  return agenda.radar !== undefined || agenda.ladder !== undefined || agenda.actions !== undefined ? closingSlides.length : 0
}
