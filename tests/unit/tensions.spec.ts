import { describe, expect, it } from 'vitest'
import { scoreFactors } from '@/core/scan/scoring'
import { TENSION_GAP, detectTensions } from '@/core/scan/tensions'
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
