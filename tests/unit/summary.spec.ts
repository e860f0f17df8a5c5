import { describe, expect, it } from 'vitest'
import { compareResults } from '@/core/compare/compare'
import { summarize, summarizeResult } from '@/core/scan/summary'
import { buildAnswers, buildParticipant, buildQuestionnaire, buildTeam, ladderAll, scores } from './helpers/builders'

const q = buildQuestionnaire({ factors: 4, clientFactors: 1 })

describe('summarize', () => {
  it('brings scores, groups, ladder, priorities and tensions together', () => {
    const a = buildAnswers({
      answers: { ...scores('f1', 5, 5, 4), ...scores('f2', 1, 2, 'weet-niet') },
      ladder: ladderAll(q, 'ja', 1),
      important: ['f2'],
    })
    const s = summarize(q, a)
    expect(s.factors).toHaveLength(5)
    expect(s.themes.map((t) => t.id)).toEqual(['inhoud', 'organisatie', 'uitvoering', 'client'])
    expect(s.levels.map((l) => l.id)).toEqual(['bestuurlijk', 'operationeel', 'uitvoerend'])
    expect(s.ladder.rungId).toBe('beperkt')
    expect(s.priorities).toEqual([{ factorId: 'f2', score: 1.5, status: 'knelpunt', reason: 'belangrijk-en-laag' }])
    expect(s.strongest.map((f) => f.factorId)).toEqual(['f1'])
    expect(s.knelpunten.map((f) => f.factorId)).toEqual(['f2'])
    // Every tension is listed now (issue #12 item 7); this assertion used to be ['t1'] under the old hide rule.
    expect(s.tensions.map((t) => t.tension.id)).toEqual(['t1', 't2'])
    expect(s.tensions.map((t) => t.diverging)).toEqual([true, false])
    expect(s.unknownHotspots.map((f) => f.factorId)).toEqual(['f2'])
    expect(s.completeness.answered).toBe(6 + 3)
  })
})

describe('summarizeResult', () => {
  it('summarises a participant file as its own answers', () => {
    const r = buildParticipant({ answers: scores('f1', 2, 2, 2) })
    const s = summarizeResult(q, r)
    // Three answers of 2 on f1 and nothing else: f1 scores 2 (below 2.5, a knelpunt), the rest unknown.
    expect(s.factors.find((f) => f.factorId === 'f1')).toMatchObject({ score: 2, answered: 3, unknown: 0, status: 'knelpunt' })
    expect(s.factors.filter((f) => f.score !== null).map((f) => f.factorId)).toEqual(['f1'])
    expect(s.knelpunten.map((f) => f.factorId)).toEqual(['f1'])
    expect(s.strongest).toEqual([])
    expect(s.completeness.answered).toBe(3)
  })

  it('summarises a team by agreed score, else the median', () => {
    const team = buildTeam(
      [buildAnswers({ answers: { ...scores('f1', 1), ...scores('f2', 2) } }), buildAnswers({ answers: { ...scores('f1', 2), ...scores('f2', 5) } })],
      { agreed: { f2: { score: 4 } } },
    )
    const s = summarizeResult(q, team)
    expect(s.factors.find((f) => f.factorId === 'f1')?.score).toBe(1.5)
    expect(s.factors.find((f) => f.factorId === 'f2')?.score).toBe(4)
  })
})

describe('compareResults', () => {
  // Two equal answers per factor: one of three would be te weinig antwoorden for a verdict.
  const before = summarize(q, buildAnswers({
    answers: { ...scores('f1', 2, 2), ...scores('f2', 4, 4), ...scores('f3', 1, 1), ...scores('f4', 3, 3) },
    ladder: ladderAll(q, 'ja', 1),
  }))
  const after = summarize(q, buildAnswers({
    answers: { ...scores('f1', 5, 5), ...scores('f2', 2, 2), ...scores('f3', 2, 2) },
    includeClientModule: false,
    ladder: ladderAll(q, 'ja', 2),
  }))
  const c = compareResults(q, before, after)

  it('sorts factors by the size of the difference (b − a), missing ones last', () => {
    expect(c.factors.map((f) => [f.factorId, f.difference])).toEqual([
      ['f1', 3],
      ['f2', -2],
      ['f3', 1],
      ['f4', null],
      ['c1', null],
    ])
    expect(c.factors.find((f) => f.factorId === 'c1')).toMatchObject({ a: null, b: null, statusA: 'onbekend', statusB: null })
  })

  it('finds shared knelpunten and what each side can learn from the other', () => {
    expect(c.sharedKnelpunten).toEqual(['f3'])
    expect(c.learnFromA).toEqual(['f2']) // A succesfactor, B knelpunt
    expect(c.learnFromB).toEqual(['f1']) // B succesfactor, A knelpunt
  })

  it('puts the ladders and the themes side by side', () => {
    expect([c.ladder.a.rungId, c.ladder.b.rungId]).toEqual(['beperkt', 'gedeeltelijk'])
    // inhoud: f1 and f4 → A (2+3)/2 = 2.5, B 5
    expect(c.themes[0]).toEqual({ id: 'inhoud', a: 2.5, b: 5, difference: 2.5 })
    expect(c.themes.find((t) => t.id === 'client')).toEqual({ id: 'client', a: null, b: null, difference: null })
  })

  it('works the other way round: differences flip, learning swaps', () => {
    const back = compareResults(q, after, before)
    expect(back.factors.map((f) => [f.factorId, f.difference])).toEqual([
      ['f1', -3],
      ['f2', 2],
      ['f3', -1],
      ['f4', null],
      ['c1', null],
    ])
    expect(back.factors.find((f) => f.factorId === 'c1')).toMatchObject({ statusA: null, statusB: 'onbekend' })
    expect([back.learnFromA, back.learnFromB]).toEqual([['f1'], ['f2']])
  })

  it('keeps themes that only one side has, even if not in the questionnaire', () => {
    const odd = { ...after, themes: [...after.themes, { id: 'extra', score: 3, scored: 1, knelpunten: 0 }] }
    expect(compareResults(q, before, odd).themes.at(-1)).toEqual({ id: 'extra', a: null, b: 3, difference: null })
  })
})
