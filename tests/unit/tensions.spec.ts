import { describe, expect, it } from 'vitest'
import { scoreFactors } from '@/core/scan/scoring'
import { TENSION_GAP, detectTensions, orderTensions } from '@/core/scan/tensions'
import { buildAnswers, buildQuestionnaire, scores } from './helpers/builders'

// tensions: t1 = f1 vs f2, t2 = f3 vs f4
const q = buildQuestionnaire({ factors: 4 })
const flagged = (answers: Parameters<typeof buildAnswers>[0]) => detectTensions(q, scoreFactors(q, buildAnswers(answers)))

describe('detectTensions', () => {
  it('flags a gap of exactly 1.5', () => {
    expect(TENSION_GAP).toBe(1.5)
    const result = flagged({ answers: { ...scores('f1', 4, 5), ...scores('f2', 3, 3) } })
    expect(result).toHaveLength(1)
    expect(result[0]).toMatchObject({ scoreA: 4.5, scoreB: 3, gap: 1.5, higher: 'A' })
    expect(result[0]?.tension.id).toBe('t1')
  })

  it('does not flag a gap of 1', () => {
    expect(flagged({ answers: { ...scores('f1', 4), ...scores('f2', 3) } })).toEqual([])
  })

  it('says which side is higher and sorts by largest gap', () => {
    const result = flagged({ answers: { ...scores('f1', 2), ...scores('f2', 4), ...scores('f3', 1), ...scores('f4', 5) } })
    expect(result.map((t) => [t.tension.id, t.gap, t.higher])).toEqual([
      ['t2', 4, 'B'],
      ['t1', 2, 'B'],
    ])
  })

  it('needs both scores: unanswered or out of scope never flags', () => {
    expect(flagged({ answers: scores('f1', 5) })).toEqual([])
    expect(flagged({ answers: { ...scores('f1', 5), ...scores('f2', 1) }, outOfScope: ['f2'] })).toEqual([])
  })

  it('ignores tensions naming factors that are not in the scores', () => {
    const odd = buildQuestionnaire({ factors: 4, tensions: [['f1', 'zz']] })
    expect(detectTensions(odd, scoreFactors(odd, buildAnswers({ answers: scores('f1', 5) })))).toEqual([])
  })
})

describe('orderTensions: every tension, always', () => {
  const ordered = (answers: Parameters<typeof buildAnswers>[0]) => orderTensions(q, scoreFactors(q, buildAnswers(answers)))

  it('lists every tension even when no pair diverges (the old rule hid them all)', () => {
    const result = ordered({ answers: { ...scores('f1', 4), ...scores('f2', 4), ...scores('f3', 3), ...scores('f4', 3) } })
    expect(result.map((row) => row.tension.id)).toEqual(['t1', 't2'])
    expect(result.map((row) => [row.gap, row.higher, row.diverging])).toEqual([
      [0, null, false],
      [0, null, false],
    ])
  })

  it('orders by the largest gap, marks the clearly diverging pairs, and keeps questionnaire order for ties', () => {
    const result = ordered({ answers: { ...scores('f1', 4), ...scores('f2', 3), ...scores('f3', 1), ...scores('f4', 5) } })
    expect(result.map((row) => [row.tension.id, row.gap, row.higher, row.diverging])).toEqual([
      ['t2', 4, 'B', true],
      ['t1', 1, 'A', false],
    ])
  })

  it('puts tensions without a score on one side last, with no gap, and still lists them', () => {
    const result = ordered({ answers: { ...scores('f3', 2), ...scores('f4', 3), ...scores('f1', 5) }, outOfScope: ['f2'] })
    expect(result.map((row) => [row.tension.id, row.scoreA, row.scoreB, row.gap])).toEqual([
      ['t2', 2, 3, 1],
      ['t1', 5, null, null],
    ])
  })

  it('lists a tension naming a factor that is not in the questionnaire, without scores', () => {
    const odd = buildQuestionnaire({ factors: 4, tensions: [['f1', 'zz']] })
    const result = orderTensions(odd, scoreFactors(odd, buildAnswers({ answers: scores('f1', 5) })))
    expect(result).toHaveLength(1)
    expect(result[0]).toMatchObject({ scoreA: 5, scoreB: null, gap: null, diverging: false })
  })

  it('agrees with detectTensions on which pairs diverge', () => {
    const answers = { answers: { ...scores('f1', 5), ...scores('f2', 3, 4), ...scores('f3', 1), ...scores('f4', 5) } }
    const diverging = ordered(answers).filter((row) => row.diverging).map((row) => row.tension.id)
    expect(diverging).toEqual(flagged(answers).map((row) => row.tension.id))
  })
})
