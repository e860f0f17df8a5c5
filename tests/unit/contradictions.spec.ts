import { describe, expect, it } from 'vitest'
import { detectContradictions } from '@/core/scan/contradictions'
import { placeOnLadder } from '@/core/scan/ladder'
import { summarize } from '@/core/scan/summary'
import { aggregateTeam } from '@/core/team/aggregate'
import { discussionAgenda } from '@/core/team/agenda'
import { questionnaire } from '@/content/questionnaire'
import { buildAnswers, buildQuestionnaire, ladder, scores } from './helpers/builders'

// Pair c1: indicator l3-1 (ja or deels) against factor f1 (knelpunt).
const q = buildQuestionnaire({ contradictions: [['l3-1', 'f1']] })
const summaryOf = (l: ReturnType<typeof ladder>, f1: Parameters<typeof scores>[1]) =>
  summarize(q, buildAnswers({ ladder: l, answers: scores('f1', f1, f1, f1) }))

describe('detectContradictions', () => {
  it('names a pair when the indicator is ja and the factor a knelpunt', () => {
    expect(summaryOf(ladder({ 3: ['ja'] }), 1).contradictions).toEqual([
      { pairId: 'c1', indicatorId: 'l3-1', indicatorState: 'ja', factorId: 'f1', factorStatus: 'knelpunt', score: 1 },
    ])
    expect(summaryOf(ladder({ 3: ['deels'] }), 2).contradictions).toHaveLength(1)
  })

  it('stays silent when either side does not match or is unknown', () => {
    expect(summaryOf(ladder({ 3: ['nee'] }), 1).contradictions).toEqual([])
    expect(summaryOf(ladder({ 3: ['weet-niet'] }), 1).contradictions).toEqual([])
    expect(summaryOf(ladder({ 3: ['ja'] }), 3).contradictions).toEqual([])
    expect(summaryOf(ladder({ 3: ['ja'] }), 'weet-niet').contradictions).toEqual([])
  })

  it('ignores pairs whose indicator or factor the questionnaire does not have', () => {
    const odd = buildQuestionnaire({ contradictions: [['l9-9', 'f1'], ['l3-1', 'zz']] })
    const a = buildAnswers({ ladder: ladder({ 3: ['ja'] }), answers: scores('f1', 1, 1, 1) })
    expect(summarize(odd, a).contradictions).toEqual([])
  })

  it('works on the team picture with the same rule', () => {
    // Two answers each: one of three would be te weinig antwoorden for a verdict, for a team as for one person.
    const ps = [1, 1, 2].map((s) => buildAnswers({ ladder: ladder({ 3: ['ja'] }), answers: scores('f1', s as 1 | 2, s as 1 | 2) }))
    expect(aggregateTeam(q, ps).summary.contradictions.map((c) => c.pairId)).toEqual(['c1'])
  })

  it('puts the contradictions of the team on the agenda of the factor they concern, and nowhere else', () => {
    const ps = [1, 1, 2].map((s) => buildAnswers({ ladder: ladder({ 3: ['ja'] }), answers: { ...scores('f1', s as 1 | 2, s as 1 | 2), ...scores('f2', 4, 4) } }))
    const agenda = discussionAgenda(q, aggregateTeam(q, ps))
    const textsOf = (factorId: string) => agenda.items.find((item) => item.factorId === factorId)?.contradictions
    const pair = q.contradictions[0]!
    expect(textsOf('f1')).toEqual([pair.explanation])
    expect(textsOf('f2')).toEqual([])
  })

  it('each content pair explains itself from the ladder answer, since the agenda shows the explanation alone', () => {
    for (const pair of questionnaire.contradictions) expect(pair.explanation).toMatch(/^Bij de ladder staat dat /)
  })

  it('the content pairs point at real indicators and factors and fire on the examples of issue #12', () => {
    const ids = new Set(questionnaire.ladderIndicators.map((i) => i.id))
    const factorIds = new Set(questionnaire.factors.map((f) => f.id))
    for (const pair of questionnaire.contradictions) {
      expect(ids.has(pair.indicatorId)).toBe(true)
      expect(factorIds.has(pair.factorId)).toBe(true)
    }
    const knelpunt = (factorId: string) => ({
      factorId, themeId: 'organisatie' as const, steeringLevel: 'bestuurlijk' as const, score: 1.5, answered: 4, unknown: 0, asked: 4, status: 'knelpunt' as const, important: false,
    })
    const placement = placeOnLadder(questionnaire, { ladder: { 'volledig-dossier': 'ja', 'volledig-budget': 'ja' } })
    const found = detectContradictions(questionnaire, placement, [knelpunt('ict'), knelpunt('ontschotting')])
    expect(found.map((c) => c.pairId)).toEqual(['dossier-ict', 'budget-ontschotting'])
  })
})
