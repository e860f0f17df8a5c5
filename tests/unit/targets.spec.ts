import { describe, expect, it } from 'vitest'
import { targetPriorities, targetRadar, targetReached, IMPORTANT_WEIGHT } from '@/core/series/targets'
import type { FactorScore } from '@/core/scan/scoring'
import { statusFor } from '@/core/scan/scoring'
import { buildQuestionnaire } from './helpers/builders'

function factor(factorId: string, score: number | null, important = false, outOfScope = false): FactorScore {
  return {
    factorId,
    themeId: 'inhoud',
    steeringLevel: 'bestuurlijk',
    score,
    answered: score === null ? 0 : 1,
    unknown: 0,
    asked: 1,
    status: outOfScope ? 'buiten-scope' : statusFor(score),
    important,
  }
}

describe('targets in the priority list', () => {
  it('orders by gap to the target, a factor marked "belangrijk voor ons" counting double', () => {
    const factors = [factor('f1', 3), factor('f2', 3.5, true), factor('f3', 2), factor('f4', 4.5)]
    // gaps: f1 4−3 = 1 → 1; f2 4.5−3.5 = 1, marked → 2; f3 3.5−2 = 1.5 → 1.5; f4 reached its 4.
    const list = targetPriorities(factors, { f1: 4, f2: 4.5, f3: 3.5, f4: 4 })
    expect(list.map((p) => [p.factorId, p.gap, p.weight, p.reason])).toEqual([
      ['f2', 1, 1 * IMPORTANT_WEIGHT, 'doel-en-belangrijk'],
      ['f3', 1.5, 1.5, 'doel'],
      ['f1', 1, 1, 'doel'],
    ])
  })

  it('breaks ties: the marked factor first, then the lower score', () => {
    const factors = [factor('f1', 3), factor('f2', 2, false), factor('f3', 4, true)]
    // f1 gap 1 (weight 1), f2 gap 1 (weight 1), f3 gap 0.5 marked (weight 1).
    const list = targetPriorities(factors, { f1: 4, f2: 3, f3: 4.5 })
    expect(list.map((p) => p.factorId)).toEqual(['f3', 'f2', 'f1'])
  })

  it('lists factors without a target after, by the plain rule; out of scope and reached targets are left off', () => {
    const factors = [factor('f1', 1.5), factor('f2', 4, true), factor('f3', 3), factor('f4', null, false, true), factor('f5', 2)]
    const list = targetPriorities(factors, { f3: 4, f4: 5, f5: 2 })
    expect(list.map((p) => [p.factorId, p.reason])).toEqual([
      ['f3', 'doel'],
      ['f2', 'belangrijk'],
      ['f1', 'knelpunt'],
    ])
  })

  it('a target is reached at or above it, within floating-point noise', () => {
    expect(targetReached(7 / 3 + 2 / 3, 3)).toBe(true)
    expect(targetReached(2.9, 3)).toBe(false)
    expect(targetReached(null, 3)).toBe(false)
    expect(targetReached(4, null)).toBe(false)
  })

  it('draws the targets as a second ring on the radar', () => {
    const q = buildQuestionnaire({ factors: 3, clientFactors: 0 })
    const radar = targetRadar(q, [factor('f1', 2), factor('f2', 3), factor('f3', null, false, true)], { f1: 4 }, {
      caption: 'c',
      score: 'Nu',
      target: 'Doel',
    })
    expect(radar.labels).toEqual(['Factor f1', 'Factor f2'])
    expect(radar.series).toEqual([
      { label: 'Nu', values: [2, 3], variant: 'a' },
      { label: 'Doel', values: [4, null], variant: 'b' },
    ])
  })
})
