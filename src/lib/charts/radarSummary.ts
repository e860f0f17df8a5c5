import type { Messages } from '@/locales'
import { summarizeRadarSeries, type RadarData } from '@/core/scan/radar'

/**
 * The sentence under a radar and in its image's text alternative, the same on screen and in print:
 * the highest and lowest axis, for each series under its own name when there are several (two
 * teams, or a score and its target). `countMissing` adds how many axes have no score.
 */
export function radarSummaryText(t: Messages, data: RadarData, { countMissing = false } = {}): string {
  const words = t.results.charts
  const summaries = summarizeRadarSeries(data).map(({ series, high, low, missing }) => {
    const main = high && low ? words.summaryHighLow(high.label, t.score(high.value), low.label, t.score(low.value)) : words.summaryNone
    return { series, text: countMissing && missing > 0 ? `${main} ${words.summaryMissing(missing)}` : main }
  })
  if (summaries.length === 0) return words.summaryNone
  if (summaries.length === 1) return summaries[0]!.text
  return summaries.map(({ series, text }) => words.summaryOfSeries(series, text)).join(' ')
}
