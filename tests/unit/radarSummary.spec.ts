import { describe, expect, it } from 'vitest'
import { nl } from '@/locales/nl'
import { radarSummaryText } from '@/lib/charts/radarSummary'
import { summarizeRadarSeries, type RadarData } from '@/core/scan/radar'

const twoTeams: RadarData = {
  caption: 'A en B',
  labels: ['Visie', 'Regie', 'ICT'],
  series: [
    { label: 'A: Noord', values: [4.5, 2, null], variant: 'a' },
    { label: 'B: Zuid', values: [3, 4.8, 1.5], variant: 'b' },
  ],
}

describe('the radar in words', () => {
  it('summarises each series on its own, under its label', () => {
    expect(summarizeRadarSeries(twoTeams)).toEqual([
      { series: 'A: Noord', high: { label: 'Visie', value: 4.5 }, low: { label: 'Regie', value: 2 }, missing: 1 },
      { series: 'B: Zuid', high: { label: 'Regie', value: 4.8 }, low: { label: 'ICT', value: 1.5 }, missing: 0 },
    ])
  })

  it('names the highest and lowest factor of each team when two teams share the radar', () => {
    const text = radarSummaryText(nl, twoTeams, { countMissing: true })
    expect(text).toBe(
      'A: Noord — Hoogste score: Visie (4,5). Laagste score: Regie (2,0). Eén as heeft geen score. ' +
        'B: Zuid — Hoogste score: Regie (4,8). Laagste score: ICT (1,5).',
    )
  })

  it('keeps the plain sentence for one series, and says so when nothing is scored', () => {
    const one: RadarData = { ...twoTeams, series: [twoTeams.series[0]!] }
    expect(radarSummaryText(nl, one)).toBe('Hoogste score: Visie (4,5). Laagste score: Regie (2,0).')
    expect(radarSummaryText(nl, { ...twoTeams, series: [] })).toBe(nl.results.charts.summaryNone)
    expect(radarSummaryText(nl, { ...one, series: [{ ...twoTeams.series[0]!, values: [null, null, null] }] })).toBe(nl.results.charts.summaryNone)
  })
})
