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

  it('puts a pair whose scores do not measure the tension after the unscored ones: no gap, never diverging, scores kept (content review 2)', () => {
    // t1 f1–f2 (gap 4 if it were measured), t2 f3–f4 (gap 1), t3 f1–f3 with one side out of scope
    const three = buildQuestionnaire({ factors: 4, tensions: [['f1', 'f2'], ['f3', 'f4'], ['f1', 'f3']] })
    const unmeasured = { ...three, tensions: three.tensions.map((t) => (t.id === 't1' ? { ...t, measured: false as const } : t)) }
    const answers = buildAnswers({ answers: { ...scores('f1', 1, 1), ...scores('f2', 5, 5), ...scores('f3', 2, 2), ...scores('f4', 3, 3) } })
    expect(orderTensions(three, scoreFactors(three, answers)).map((row) => [row.tension.id, row.gap])).toEqual([
      ['t1', 4],
      ['t2', 1],
      ['t3', 1],
    ])
    const result = orderTensions(unmeasured, scoreFactors(unmeasured, answers))
    expect(result.map((row) => [row.tension.id, row.gap, row.measured, row.diverging])).toEqual([
      ['t2', 1, true, false],
      ['t3', 1, true, false],
      ['t1', null, false, false],
    ])
    expect(result[2]).toMatchObject({ scoreA: 1, scoreB: 5, higher: null })
    expect(detectTensions(unmeasured, scoreFactors(unmeasured, answers))).toEqual([])
    const outF4 = buildAnswers({ ...answers, outOfScope: ['f4'] })
    expect(orderTensions(unmeasured, scoreFactors(unmeasured, outF4)).map((row) => row.tension.id)).toEqual(['t3', 't2', 't1'])
  })

  it('marks in content the pairs whose statements do not measure the two sides', async () => {
    const { tensions } = await import('@/content/tensions')
    expect(tensions.filter((t) => t.measured === false).map((t) => t.id)).toEqual([
      'ruimte-versus-sturing',
      'eigen-regie-versus-veiligheid',
      'leefwereld-versus-systeemwereld',
    ])
  })
})
