import { describe, expect, it } from 'vitest'
import { realChange, type RealChangeSide } from '@/core/series/realChange'
import { spreadOfSorted } from '@/core/util/stats'

/** A team side from the participants' factor scores, as the aggregation gives it. */
function team(...values: number[]): RealChangeSide {
  const sorted = [...values].sort((a, b) => a - b)
  const spread = spreadOfSorted(sorted)
  const mid = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
  return { team: true, median, spread }
}

describe('the real-change rule (hand-computed, Tukey hinges)', () => {
  it('a change no larger than the larger spread is within the spread', () => {
    // before 2,3,3,4: median 3, Q1 2.5, Q3 3.5, IQR 1. after 3,4,4,5: median 4, IQR 1. |+1| is not > 1.
    expect(realChange(team(2, 3, 3, 4), team(3, 4, 4, 5))).toEqual({ verdict: 'binnen-de-spreiding', difference: 1, threshold: 1 })
  })

  it('a rise beyond the spread at both moments is real', () => {
    // after 4,4,5,5: median 4.5, Q1 4, Q3 5, IQR 1. +1.5 > max(1, 1).
    expect(realChange(team(2, 3, 3, 4), team(4, 4, 5, 5))).toEqual({ verdict: 'hoger', difference: 1.5, threshold: 1 })
  })

  it('a fall beyond the spread is real, downwards', () => {
    // after 1,1,2,2: median 1.5, IQR 1. −1.5.
    expect(realChange(team(2, 3, 3, 4), team(1, 1, 2, 2))).toEqual({ verdict: 'lager', difference: -1.5, threshold: 1 })
  })

  it('uses the larger of the two spreads', () => {
    // before 3,3,3: median 3, IQR 0. after 1,3,4,5,5: median 4, Q1 = median(1,3,4) = 3, Q3 = median(4,5,5) = 5, IQR 2. +1 ≤ 2.
    expect(realChange(team(3, 3, 3), team(1, 3, 4, 5, 5))).toEqual({ verdict: 'binnen-de-spreiding', difference: 1, threshold: 2 })
  })

  it('a team that fully agrees twice: any change is beyond its spread of 0', () => {
    expect(realChange(team(3, 3), team(3.5, 3.5))).toEqual({ verdict: 'hoger', difference: 0.5, threshold: 0 })
    expect(realChange(team(3, 3), team(3, 3))).toEqual({ verdict: 'binnen-de-spreiding', difference: 0, threshold: 0 })
  })

  it('cannot test a single participant, a team of one or a missing score', () => {
    const single: RealChangeSide = { team: false, median: 2, spread: null }
    expect(realChange(single, team(4, 4, 5, 5))).toEqual({ verdict: 'niet-te-toetsen', difference: 2.5, threshold: null, reason: 'deelnemer' })
    expect(realChange(team(2), team(4, 4, 5, 5))).toMatchObject({ verdict: 'niet-te-toetsen', reason: 'te-weinig-deelnemers' })
    expect(realChange({ team: true, median: null, spread: null }, team(4, 5))).toEqual({
      verdict: 'niet-te-toetsen',
      difference: null,
      threshold: null,
      reason: 'geen-score',
    })
  })
})
