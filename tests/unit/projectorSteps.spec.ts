import { describe, expect, it } from 'vitest'
import { projectorActionForKey, startPosition, stepProjector, type ProjectorAction } from '@/core/team/projectorSteps'

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
