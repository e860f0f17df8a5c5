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

/** The closing slides, in this order after the last factor; the actions take as many slides as they need. */
export const closingSlides = ['radar', 'ladder', 'actions'] as const
export type ClosingSlide = (typeof closingSlides)[number]

/** Actions per slide: two columns of four still read from the back of the room on a 1280×720 projector. */
export const ACTIONS_PER_SLIDE = 8

/** How many slides the actions take: one at least, which says when there are none yet. */
export function actionSlides(actions: number): number {
  return Math.max(1, Math.ceil(actions / ACTIONS_PER_SLIDE))
}

export type ProjectorSlide =
  | { kind: 'start' }
  | { kind: 'factor'; index: number }
  | { kind: 'radar' | 'ladder' }
  /** `page`: which slide of actions, from 0. */
  | { kind: 'actions'; page: number }

/**
 * What slide `slide` is for an agenda of `factors` items (as many as the workshop window sent, so a
 * damaged item left out on the projector does not move the closing slides). Past the ladder every
 * slide is a slide of actions: the workshop window decides how many there are.
 */
export function projectorSlide(slide: number, factors: number): ProjectorSlide {
  if (slide <= 0) return { kind: 'start' }
  if (slide <= factors) return { kind: 'factor', index: slide - 1 }
  const closing = slide - factors - 1
  if (closing === 0) return { kind: 'radar' }
  if (closing === 1) return { kind: 'ladder' }
  return { kind: 'actions', page: closing - 2 }
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

/**
 * How many closing slides an agenda has: the radar, the ladder and the slides of actions once it
 * carries any of them; none from an older workshop window.
 */
export function closingCount(agenda: { radar?: unknown; ladder?: unknown; actions?: readonly unknown[] }): number {
  if (agenda.radar === undefined && agenda.ladder === undefined && agenda.actions === undefined) return 0
  return 2 + actionSlides(agenda.actions?.length ?? 0)
}

/** A closing slide's place among the closing slides ("Afsluiting 3 van 5"); null on the start and factor slides. */
export function closingPlace(slide: ProjectorSlide, closing: number): { at: number; of: number } | null {
  if (slide.kind === 'start' || slide.kind === 'factor') return null
  const at = slide.kind === 'actions' ? 3 + slide.page : slide.kind === 'radar' ? 1 : 2
  return { at, of: Math.max(closing, at) }
}

/** The actions on slide `page` of the actions. */
export function actionsOnSlide<T>(actions: readonly T[], page: number): T[] {
  return actions.slice(page * ACTIONS_PER_SLIDE, (page + 1) * ACTIONS_PER_SLIDE)
}
