import { describe, expect, it } from 'vitest'
import {
  AGREEMENT_BAND,
  MIN_SCORES,
  SPLIT_SHARE,
  UNKNOWN_SHARE,
  agreementOf,
  agreementOfCounts,
  countsOf,
  medianOfCounts,
  scalePoint,
} from '@/core/team/agreement'
import { aggregateTeam } from '@/core/team/aggregate'
import { buildAnswers, buildQuestionnaire, scores } from './helpers/builders'

describe('the agreement rule (hand-computed)', () => {
  it('states its constants: one point around the median, a third, three scores, half unknown', () => {
    expect([AGREEMENT_BAND, SPLIT_SHARE, MIN_SCORES, UNKNOWN_SHARE]).toEqual([1, 1 / 3, 3, 0.5])
  })

  it('calls a wide split with a narrow middle verdeeld, where the interquartile range is 0', () => {
    // 1 1 3 3 3 3 3 5 5: median 3, Q1 = Q3 = 3 (IQR 0), but 1, 1, 5, 5 sit 2 points away: 4 of 9 ≥ 1/3.
    expect(agreementOf([1, 1, 3, 3, 3, 3, 3, 5, 5], 0)).toEqual({ agreement: 'verdeeld', scored: 9, far: 4, unknownShare: 0 })
  })

  it('lets a single outlier pass as eens', () => {
    // 1 3 3 4 4: median 3; only the 1 is more than a point away: 1 of 5 < 1/3.
    expect(agreementOf([1, 3, 3, 4, 4], 0)).toEqual({ agreement: 'eens', scored: 5, far: 1, unknownShare: 0 })
  })

  it('is verdeeld at exactly a third, and counts exactly one point away as close', () => {
    // 2 3 3 3 4 5: median 3; 5 is 2 away, 2 and 4 exactly 1 away (close): 1 of 6 → eens.
    expect(agreementOf([2, 3, 3, 3, 4, 5], 0).agreement).toBe('eens')
    // 1 3 3 3 3 5: median 3; 1 and 5 are far: 2 of 6 = 1/3 → verdeeld.
    expect(agreementOf([1, 3, 3, 3, 3, 5], 0)).toMatchObject({ agreement: 'verdeeld', far: 2 })
  })

  it('is onzeker when half or more of the answers are "weet ik niet", however close the scores', () => {
    // 4 4 4 with 3 unknown answers: 3 of 6 answers = 1/2 → onzeker.
    expect(agreementOf([4, 4, 4], 3)).toEqual({ agreement: 'onzeker', scored: 3, far: 0, unknownShare: 0.5 })
    // 2 unknown of 5 answers (0.4) is not too many.
    expect(agreementOf([4, 4, 4], 2).agreement).toBe('eens')
    // A factor of four statements: 3 participants gave 12 numeric answers, 11 unknown → 11/23 < 1/2.
    expect(agreementOf([4, 4, 4], 11, 12).agreement).toBe('eens')
    expect(agreementOf([4, 4, 4], 12, 12).agreement).toBe('onzeker')
  })

  it('is onzeker with two participants, whatever they say, and with only unknowns', () => {
    expect(agreementOf([4, 4], 0)).toMatchObject({ agreement: 'onzeker', scored: 2 })
    expect(agreementOf([1, 5], 0)).toMatchObject({ agreement: 'onzeker', scored: 2, far: 2 })
    expect(agreementOf([], 4)).toMatchObject({ agreement: 'onzeker', scored: 0 })
    expect(agreementOf([], 0).agreement).toBeNull()
  })

  it('never says eens when a third or more sit more than a point from the median', () => {
    const lists = [
      [1, 2, 3, 4, 5],
      [1, 1, 5, 5, 5, 5],
      [2.5, 3.75, 3.75, 5],
      [1.33, 3, 3, 3, 4.67, 3],
    ]
    for (const list of lists) {
      const sorted = [...list].sort((a, b) => a - b)
      const reading = agreementOf(sorted, 0)
      expect(reading.far / reading.scored).toBeGreaterThanOrEqual(1 / 3)
      expect(reading.agreement).toBe('verdeeld')
    }
  })

  it('reads whole-point answers from their counts exactly as from the list', () => {
    // 1×1, 0×2, 5×3, 0×4, 3×5 → list 1 3 3 3 3 3 5 5 5: median 3; 1, 5, 5, 5 far = 4 of 9.
    const counts = [1, 0, 5, 0, 3] as [number, number, number, number, number]
    expect(medianOfCounts(counts)).toBe(3)
    expect(agreementOfCounts(counts, 1)).toEqual(agreementOf([1, 3, 3, 3, 3, 3, 5, 5, 5], 1))
    expect(medianOfCounts([0, 1, 0, 1, 0])).toBe(3) // 2 and 4
    expect(medianOfCounts([0, 0, 0, 0, 0])).toBeNull()
  })

  it('draws a score at the nearest whole point, halves up', () => {
    expect([1, 1.4, 1.5, 2.49, 2.5, 3.67, 5].map(scalePoint)).toEqual([1, 1, 2, 2, 3, 4, 5])
    expect(countsOf([1, 1.5, 2.5, 3.67, 5, 5])).toEqual([1, 1, 1, 1, 2])
  })
})

describe('the agreement rule in the team aggregate', () => {
  const q = buildQuestionnaire({ factors: 2, clientFactors: 0, statementsPerFactor: 2 })

  it('gives each factor its counts per scale point, its far count and its word', () => {
    const team = aggregateTeam(q, [
      buildAnswers({ answers: { ...scores('f1', 1, 1), ...scores('f2', 4, 'weet-niet') } }),
      buildAnswers({ answers: { ...scores('f1', 3, 3), ...scores('f2', 'weet-niet', 'weet-niet') } }),
      buildAnswers({ answers: { ...scores('f1', 3, 4), ...scores('f2', 4, 'weet-niet') } }),
      buildAnswers({ answers: { ...scores('f1', 5, 5), ...scores('f2', 5) } }),
    ])
    const f1 = team.factors.find((factor) => factor.factorId === 'f1')
    // f1 scores 1, 3, 3.5, 5 → median 3.25; 1 and 5 are more than a point away: 2 of 4.
    expect(f1).toMatchObject({ median: 3.25, counts: [1, 0, 1, 1, 1], far: 2, agreement: 'verdeeld', unknownShare: 0 })
    // f2 scores 4, 4, 5 (3 participants) but 4 of 7 answers are "weet ik niet".
    expect(team.factors.find((factor) => factor.factorId === 'f2')).toMatchObject({ agreement: 'onzeker', unknown: 4 })
    // Statement f1-s1: 1, 3, 3, 5 → median 3, far 2 of 4.
    expect(team.statementCounts['f1-s1']).toEqual({ counts: [1, 0, 2, 0, 1], far: 2 })
    expect(team.statements['f1-s1']?.agreement).toBe('verdeeld')
    expect(team.agenda[0]).toBe('f1')
  })
})
