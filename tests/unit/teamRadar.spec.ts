import { describe, expect, it } from 'vitest'
import { aggregateTeam } from '@/core/team/aggregate'
import { scoreFactors, type FactorScore } from '@/core/scan/scoring'
import { comparisonRadar, teamRadar } from '@/core/team/teamRadar'
import { buildAnswers, buildQuestionnaire, scores } from './helpers/builders'

const q = buildQuestionnaire()
const [first, second, third] = q.factors
const labels = { caption: 'Teambeeld', median: 'Mediaan', band: 'Spreiding' }
const themeTitle = (themeId: string) => q.themes.find((theme) => theme.id === themeId)!.title

describe('the team radar', () => {
  const team = aggregateTeam(q, [
    buildAnswers({ answers: { ...scores(first!.id, 1, 1), ...scores(second!.id, 4) }, outOfScope: [third!.id] }),
    buildAnswers({ answers: { ...scores(first!.id, 3, 3), ...scores(second!.id, 4) }, outOfScope: [third!.id] }),
    buildAnswers({ answers: { ...scores(first!.id, 5, 5), ...scores(second!.id, 'weet-niet') }, outOfScope: [third!.id] }),
  ])
  const data = teamRadar(q, team, labels)
  const at = (factorId: string) => data.labels.indexOf(q.factors.find((factor) => factor.id === factorId)!.title)

  it('draws the median per factor as one series and the lowest to highest participant score as the band', () => {
    expect(data.caption).toBe('Teambeeld')
    expect(data.series).toHaveLength(1)
    expect(data.series[0]!.label).toBe('Mediaan')
    expect(data.series[0]!.variant).toBe('a')
    expect(data.band?.label).toBe('Spreiding')
    expect(data.series[0]!.values[at(first!.id)]).toBe(3)
    expect(data.band?.low[at(first!.id)]).toBe(1)
    expect(data.band?.high[at(first!.id)]).toBe(5)
    // Two of three scored the second factor (4 and 4); the "weet ik niet" is no score.
    expect(data.series[0]!.values[at(second!.id)]).toBe(4)
    expect(data.band?.low[at(second!.id)]).toBe(4)
    expect(data.band?.high[at(second!.id)]).toBe(4)
  })

  it('keeps every axis aligned: one label, theme, median, low and high per shown factor, in the core order', () => {
    const shown = team.factors.filter((factor) => factor.median !== null || factor.spread !== null)
    expect(data.labels).toEqual(shown.map((factor) => q.factors.find((f) => f.id === factor.factorId)!.title))
    expect(data.groups).toEqual(shown.map((factor) => themeTitle(factor.themeId)))
    expect(data.series[0]!.values).toEqual(shown.map((factor) => factor.median))
    expect(data.band?.low).toHaveLength(shown.length)
    expect(data.band?.high).toHaveLength(shown.length)
  })

  it('leaves off a factor that nobody scored, such as one every participant put out of scope', () => {
    expect(at(third!.id)).toBe(-1)
    expect(data.labels.length).toBeLessThan(q.factors.length)
  })

  it('falls back to the factor and theme id when the questionnaire has no title for it', () => {
    const bare = { ...q, themes: [] }
    const fallback = teamRadar(bare, team, labels)
    expect(fallback.groups).toContain(first!.themeId)
  })
})

describe('the comparison radar', () => {
  const a = scoreFactors(q, buildAnswers({ answers: { ...scores(first!.id, 2), ...scores(second!.id, 5) }, outOfScope: [third!.id] }))
  const b = scoreFactors(q, buildAnswers({ answers: { ...scores(first!.id, 4) }, outOfScope: [third!.id] }))
  const data = comparisonRadar(q, a, b, { caption: 'A tegen B', a: 'A: Noord', b: 'B: Werk en Inkomen' })
  const at = (factorId: string) => data.labels.indexOf(q.factors.find((factor) => factor.id === factorId)!.title)

  it('draws two series with distinct variants, each named for the legend', () => {
    expect(data.caption).toBe('A tegen B')
    expect(data.series.map((series) => [series.label, series.variant])).toEqual([
      ['A: Noord', 'a'],
      ['B: Werk en Inkomen', 'b'],
    ])
    expect(data.band).toBeUndefined()
  })

  it('puts both scores of a factor on the same axis, and null where one side has no score', () => {
    expect(data.series[0]!.values[at(first!.id)]).toBe(2)
    expect(data.series[1]!.values[at(first!.id)]).toBe(4)
    expect(data.series[0]!.values[at(second!.id)]).toBe(5)
    expect(data.series[1]!.values[at(second!.id)]).toBeNull()
  })

  it('leaves off a factor that both sides put out of scope, and keeps one that only one side did', () => {
    expect(at(third!.id)).toBe(-1)
    const onlyA: FactorScore[] = a.map((score) => (score.factorId === third!.id ? { ...score, status: 'knelpunt', score: 1 } : score))
    const mixed = comparisonRadar(q, onlyA, b, { caption: '', a: 'A', b: 'B' })
    const index = mixed.labels.indexOf(third!.title)
    expect(index).toBeGreaterThan(-1)
    expect(mixed.series[0]!.values[index]).toBe(1)
    expect(mixed.series[1]!.values[index]).toBeNull()
  })

  it('orders the axes as the questionnaire does and gives every axis its theme', () => {
    const order = q.factors.map((factor) => factor.title).filter((title) => data.labels.includes(title))
    expect(data.labels).toEqual(order)
    expect(data.groups).toEqual(data.labels.map((label) => themeTitle(q.factors.find((factor) => factor.title === label)!.themeId)))
    for (const series of data.series) expect(series.values).toHaveLength(data.labels.length)
  })
})
