import { describe, expect, it } from 'vitest'
import {
  actionsOnSlide,
  closingCount,
  closingPlace,
  closingSlides,
  projectorActionForKey,
  projectorSlide,
  startPosition,
  stepProjector,
  type ProjectorAction,
  type ProjectorPosition,
} from '@/core/team/projectorSteps'

const run = (actions: ProjectorAction[], factors = 3) => actions.reduce((position, action) => stepProjector(position, action, factors), startPosition)

describe('moving through the projector agenda', () => {
  it('starts at the participant count, then shows each factor closed until revealed', () => {
    expect(run([])).toEqual({ slide: 0, revealed: false, blank: false })
    expect(run(['reveal'])).toEqual({ slide: 0, revealed: false, blank: false })
    expect(run(['next'])).toEqual({ slide: 1, revealed: false, blank: false })
    expect(run(['next', 'reveal'])).toEqual({ slide: 1, revealed: true, blank: false })
    expect(run(['next', 'reveal', 'next'])).toEqual({ slide: 2, revealed: false, blank: false })
    expect(run(['next', 'reveal', 'reveal'])).toMatchObject({ revealed: false })
  })

  it('stays within the agenda at both ends', () => {
    expect(run(['previous'])).toMatchObject({ slide: 0 })
    expect(run(['next', 'next', 'next', 'next', 'next'])).toMatchObject({ slide: 3 })
    expect(run(['next', 'next', 'next', 'reveal', 'next'])).toMatchObject({ slide: 3, revealed: true })
    expect(run(['next'], 0)).toMatchObject({ slide: 0 })
  })

  it('blanks and unblanks without losing its place; moving ends the blank', () => {
    expect(run(['next', 'reveal', 'blank'])).toEqual({ slide: 1, revealed: true, blank: true })
    expect(run(['next', 'reveal', 'blank', 'blank'])).toEqual({ slide: 1, revealed: true, blank: false })
    expect(run(['next', 'blank', 'next'])).toEqual({ slide: 2, revealed: false, blank: false })
    expect(run(['next', 'next', 'first'])).toEqual(startPosition)
  })

  it('maps arrow keys, clicker keys, R and B, and ignores the rest', () => {
    expect(['ArrowRight', 'PageDown', ' ', 'ArrowLeft', 'PageUp', 'r', 'Enter', 'b', '.', 'Home', 'x'].map(projectorActionForKey)).toEqual([
      'next', 'next', 'next', 'previous', 'previous', 'reveal', 'reveal', 'blank', 'blank', 'first', null,
    ])
  })
})

describe('the closing slides after the agenda', () => {
  const withClosing = (actions: ProjectorAction[], factors = 3) =>
    actions.reduce((position, action) => stepProjector(position, action, factors, closingSlides.length), startPosition)

  it('counts the radar, the ladder and the actions after the last factor, and stops at the actions', () => {
    expect(withClosing(Array<ProjectorAction>(3).fill('next'))).toMatchObject({ slide: 3 })
    expect(withClosing(Array<ProjectorAction>(6).fill('next'))).toMatchObject({ slide: 6 })
    expect(withClosing(Array<ProjectorAction>(9).fill('next'))).toMatchObject({ slide: 6 })
    expect(withClosing(['next', 'next'], 0)).toMatchObject({ slide: 2 })
    expect([0, 1, 3, 4, 5, 6, 7].map((slide) => projectorSlide(slide, 3))).toEqual([
      { kind: 'start' },
      { kind: 'factor', index: 0 },
      { kind: 'factor', index: 2 },
      { kind: 'radar' },
      { kind: 'ladder' },
      { kind: 'actions', page: 0 },
      { kind: 'actions', page: 1 },
    ])
  })

  it('gives the actions a slide per eight, one when there are none yet, and numbers the closing slides', () => {
    const actions = (count: number) => ({ actions: Array.from({ length: count }, (_, index) => index) })
    expect([0, 1, 8, 9, 17, 28].map((count) => closingCount(actions(count)))).toEqual([3, 3, 3, 4, 5, 6])
    expect(actionsOnSlide(actions(28).actions, 3)).toEqual([24, 25, 26, 27])
    expect(actionsOnSlide(actions(28).actions, 1)).toHaveLength(8)
    const nine = closingCount(actions(9))
    expect(withClosing(Array<ProjectorAction>(12).fill('next'), 3).slide).toBe(6)
    expect(Array(12).fill('next').reduce((position: ProjectorPosition) => stepProjector(position, 'next', 3, nine), startPosition).slide).toBe(7)
    expect([4, 5, 6, 7].map((slide) => closingPlace(projectorSlide(slide, 3), nine))).toEqual([
      { at: 1, of: 4 },
      { at: 2, of: 4 },
      { at: 3, of: 4 },
      { at: 4, of: 4 },
    ])
    expect(closingPlace(projectorSlide(2, 3), nine)).toBeNull()
  })

  it('has nothing to reveal on a closing slide; blank and back still work there, and back leads to the last factor', () => {
    expect(withClosing(['next', 'next', 'next', 'next', 'reveal'])).toEqual({ slide: 4, revealed: false, blank: false })
    expect(withClosing(['next', 'next', 'next', 'next', 'next', 'blank'])).toEqual({ slide: 5, revealed: false, blank: true })
    expect(withClosing(['next', 'next', 'next', 'next', 'next', 'blank', 'blank'])).toEqual({ slide: 5, revealed: false, blank: false })
    expect(withClosing(['next', 'next', 'next', 'next', 'previous', 'reveal'])).toEqual({ slide: 3, revealed: true, blank: false })
  })

  it('has closing slides only for an agenda that carries them: an older workshop window sends none', () => {
    expect(closingCount({})).toBe(0)
    expect(closingCount({ actions: [] })).toBe(3)
    expect(closingCount({ radar: {} })).toBe(3)
  })
})
