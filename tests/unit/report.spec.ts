/** View-models that the screen and the print layout both render. */
import { describe, expect, it } from 'vitest'
import { comparisonReport } from '@/core/report/comparisonReport'
import { factorRowsByTheme, knelpuntDetails, ladderSentence, rungDistribution, scoredKnelpunten } from '@/core/report/resultReport'
import { summarize } from '@/core/scan/summary'
import { placeOnLadder } from '@/core/scan/ladder'
import { buildAnswers, buildQuestionnaire, ladderAll, scores } from './helpers/builders'

const q = buildQuestionnaire({ factors: 4, clientFactors: 1 })
const before = summarize(q, buildAnswers({ answers: { ...scores('f1', 1, 1, 1), ...scores('f2', 5, 5, 5), ...scores('f3', 1, 1, 1) } }))
const after = summarize(q, buildAnswers({ answers: { ...scores('f1', 5, 5, 5), ...scores('f2', 1, 1, 1), ...scores('f3', 2, 2, 2) } }))

describe('comparisonReport', () => {
  const report = comparisonReport(q, { name: 'Mei', summary: before }, { name: 'Nov', summary: after }, { caption: 'Mei en Nov', a: 'A: Mei', b: 'B: Nov' })

  it('carries the radar, the rows with titles and the learn lists for screen and print alike', () => {
    expect(report.radar.caption).toBe('Mei en Nov')
    expect(report.radar.series.map((series) => series.label)).toEqual(['A: Mei', 'B: Nov'])
    expect(report.rows[0]).toMatchObject({ factorId: 'f1', title: 'Factor f1', difference: 4 })
    expect(report.sharedKnelpunten).toEqual([{ factorId: 'f3', title: 'Factor f3' }])
    expect(report.learnFromA).toEqual([{ factorId: 'f2', title: 'Factor f2' }])
    expect(report.learnFromB).toEqual([{ factorId: 'f1', title: 'Factor f1' }])
    expect([report.nameA, report.nameB]).toEqual(['Mei', 'Nov'])
    // Two participants' own scores: no lesson sets an agreed score against a median.
    expect(report.learnMixed).toEqual([])
  })

  it('names the lessons that set one team\'s agreed score against the other\'s median, as the printed report warns', () => {
    // Mei agreed on f2 (a lesson for Nov) and on nothing else; Nov agreed on nothing: f2 is agreed against a median, f1 median against median.
    const teams = comparisonReport(q, { name: 'Mei', summary: before, agreed: { f2: { score: 5 } } }, { name: 'Nov', summary: after, agreed: {} }, { caption: '', a: '', b: '' })
    expect(teams.learnMixed).toEqual([{ factorId: 'f2', title: 'Factor f2' }])
    // Both agreed on f2: alike, no warning.
    const both = comparisonReport(q, { name: 'Mei', summary: before, agreed: { f2: { score: 5 } } }, { name: 'Nov', summary: after, agreed: { f2: { score: 1 } } }, { caption: '', a: '', b: '' })
    expect(both.learnMixed).toEqual([])
  })
})

describe('result report view-models', () => {
  it('groups the factors under their theme with titles', () => {
    const rows = factorRowsByTheme(q, before)
    expect(rows.map((row) => row.title)).toEqual(q.themes.filter((theme) => rows.some((row) => row.theme.id === theme.id)).map((theme) => theme.title))
    expect(rows[0]?.factors.map((factor) => [factor.factorId, factor.title])).toEqual([
      ['f1', 'Factor f1'],
      ['f4', 'Factor f4'],
    ])
  })

  it('gives each knelpunt its advice and sources, with the score where there is one', () => {
    expect(knelpuntDetails(q, ['f1'])).toEqual([{ factorId: 'f1', title: 'Factor f1', advice: ['Advies bij f1.'], sources: 'Inspectie SZW, 2016' }])
    expect(knelpuntDetails(q, ['weg'])).toEqual([{ factorId: 'weg', title: 'weg', advice: [], sources: '' }])
    expect(scoredKnelpunten(q, before.knelpunten).map((item) => [item.factorId, item.score])).toEqual([
      ['f1', 1],
      ['f3', 1],
    ])
  })

  it('words the ladder placement and the own guess', () => {
    const placement = placeOnLadder(q, { ladder: ladderAll(q, 'ja', 1), ownGuess: 'volledig' })
    const words = ladderSentence(q, placement)
    expect(words.rung).toBe(q.rungs[1]?.title.toLowerCase())
    expect(words.nextRung).toBe(q.rungs[2]?.title.toLowerCase())
    expect(words.missing.length).toBeGreaterThan(0)
    expect(words.guess).toEqual({ kind: 'higher', guess: q.rungs[3]?.title.toLowerCase(), steps: 2 })
    expect(ladderSentence(q, placeOnLadder(q, { ladder: {} })).guess).toEqual({ kind: 'none' })
    // Nothing answered: no rung follows yet, so a guess has nothing to be compared with (issue #12).
    expect(ladderSentence(q, placeOnLadder(q, { ladder: {}, ownGuess: 'geen' })).guess).toEqual({ kind: 'unknown', guess: q.rungs[0]?.title.toLowerCase() })
    expect(ladderSentence(q, placeOnLadder(q, { ladder: ladderAll(q, 'ja'), ownGuess: 'beperkt' })).guess).toMatchObject({ kind: 'lower', steps: 2 })
  })

  it('says whether the placement is unknown, at least a rung with the open ones above, or settled', () => {
    expect(ladderSentence(q, placeOnLadder(q, { ladder: {} })).placement).toEqual({ kind: 'unknown' })
    expect(ladderSentence(q, placeOnLadder(q, { ladder: ladderAll(q, 'ja', 1) })).placement).toEqual({
      kind: 'atLeast',
      rung: q.rungs[1]?.title.toLowerCase(),
      higher: [q.rungs[2]?.title.toLowerCase(), q.rungs[3]?.title.toLowerCase()],
    })
    expect(ladderSentence(q, placeOnLadder(q, { ladder: ladderAll(q, 'ja') })).placement).toEqual({ kind: 'settled', rung: q.rungs[3]?.title.toLowerCase() })
    expect(ladderSentence(q, placeOnLadder(q, { ladder: { ...ladderAll(q, 'ja', 1), ...ladderAll(q, 'nee', 3) } })).placement).toMatchObject({ kind: 'settled' })
  })

  it('counts the participants per rung, lowest rung first', () => {
    expect(rungDistribution(q, { geen: 2, beperkt: 0, gedeeltelijk: 1, volledig: 0 }).map((rung) => [rung.rungId, rung.count])).toEqual([
      ['geen', 2],
      ['beperkt', 0],
      ['gedeeltelijk', 1],
      ['volledig', 0],
    ])
  })
})
