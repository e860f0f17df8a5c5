import { describe, expect, it } from 'vitest'
import { factorRadar, groupRadar, summarizeRadar, type RadarData } from '@/core/scan/radar'
import { scoreFactors, groupScores } from '@/core/scan/scoring'
import { buildAnswers, buildQuestionnaire, scores } from './helpers/builders'

describe('radar data', () => {
  const q = buildQuestionnaire()
  const [first, second, third] = q.factors

  it('puts every factor in the scan on an axis with its theme, leaving out-of-scope factors off', () => {
    const answers = buildAnswers({
      answers: { ...scores(first!.id, 4, 5), ...scores(second!.id, 2) },
      outOfScope: [third!.id],
    })
    const data = factorRadar(q, scoreFactors(q, answers), 'Alle factoren', 'Score')
    const shown = q.factors.filter((factor) => factor.id !== third!.id && (factor.themeId !== 'client' || answers.includeClientModule))
    expect(data.labels).toEqual(shown.map((factor) => factor.title))
    expect(data.groups).toEqual(shown.map((factor) => q.themes.find((theme) => theme.id === factor.themeId)!.title))
    expect(data.series).toHaveLength(1)
    expect(data.series[0]!.values.slice(0, 2)).toEqual([4.5, 2])
    expect(data.series[0]!.variant).toBe('a')
  })

  it('falls back to the id when a factor or theme has no title in the questionnaire', () => {
    const answers = buildAnswers({ answers: scores(first!.id, 3) })
    const factorsOnly = { ...q, themes: [] }
    const data = factorRadar(factorsOnly, [{ ...scoreFactors(q, answers)[0]!, factorId: 'onbekend' }], 'x', 'y')
    expect(data.labels).toEqual(['onbekend'])
    expect(data.groups).toEqual([first!.themeId])
  })

  it('draws groups with their own labels', () => {
    const answers = buildAnswers({ answers: scores(first!.id, 1) })
    const groups = groupScores(q, scoreFactors(q, answers), 'theme')
    const data = groupRadar(groups, (id) => `Thema ${id}`, 'Per thema', 'Score')
    expect(data.labels).toEqual(groups.map((group) => `Thema ${group.id}`))
    expect(data.series[0]!.values).toEqual(groups.map((group) => group.score))
  })

  it('summarises the highest and lowest axis and counts the axes without a value', () => {
    const data: RadarData = {
      caption: 'c',
      labels: ['a', 'b', 'c', 'd'],
      series: [{ label: 's', values: [3, null, 4.5, 1.5], variant: 'a' }],
    }
    expect(summarizeRadar(data)).toEqual({ high: { label: 'c', value: 4.5 }, low: { label: 'd', value: 1.5 }, missing: 1 })
    expect(summarizeRadar({ ...data, series: [] })).toEqual({ high: null, low: null, missing: 0 })
    expect(summarizeRadar({ ...data, labels: [], series: [{ label: 's', values: [2], variant: 'b' }] })).toEqual({
      high: { label: '', value: 2 },
      low: { label: '', value: 2 },
      missing: 0,
    })
  })
})
