/**
 * A series for Excel in long format: one row per moment and factor, so a pivot table or a chart
 * can be made from it directly. Same conventions as the result CSV (csv.ts): BOM, semicolons,
 * CRLF, decimal commas and the guard against formulas in text fields.
 */
import type { Questionnaire } from '../model'
import type { RealChangeVerdict } from '../series/realChange'
import type { SeriesMomentInput, SeriesOverview } from '../series/series'
import { targetFor } from '../series/targets'
import type { Targets } from '../series/targets'
import { factorTitle, themeTitle } from '../util/lookups'
import { CSV_BOM, CSV_LINE_END, CSV_SEPARATOR, CSV_STATUS_LABELS, csvField, csvNumber } from './csv'
import type { ActionStatus } from './seriesFile'

export const CSV_SERIES_HEADERS = [
  'moment',
  'datum',
  'naam',
  'thema',
  'factor',
  'score',
  'status',
  'doel',
  'verschil met vorig moment',
  'oordeel',
  'actie',
  'actiestatus',
] as const

export const CSV_VERDICT_LABELS: Readonly<Record<RealChangeVerdict, string>> = {
  hoger: 'echt hoger',
  lager: 'echt lager',
  'binnen-de-spreiding': 'binnen de spreiding',
  'niet-te-toetsen': 'niet te toetsen',
}

export const CSV_ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, string>> = {
  gedaan: 'gedaan',
  bezig: 'bezig',
  'niet-gedaan': 'niet gedaan',
  vervallen: 'vervallen',
}

type Cell = string | number | null

const row = (cells: readonly Cell[]): string =>
  cells.map((c) => (typeof c === 'string' ? csvField(c) : csvNumber(c))).join(CSV_SEPARATOR)

/** One row per moment × factor measured or asked at that moment; the target is the series' current one. */
export function seriesToCsv<T extends SeriesMomentInput>(q: Questionnaire, overview: SeriesOverview<T>, targets: Targets): string {
  const rows: Cell[][] = [[...CSV_SERIES_HEADERS]]
  overview.moments.forEach((moment, index) => {
    for (const trend of overview.factors) {
      const point = trend.points[index]
      if (point === undefined || point.status === null) continue
      const change = index === 0 ? undefined : trend.changes[index - 1]
      const action = moment.item.actions?.find((a) => a.factorId === trend.factorId)
      rows.push([
        index + 1,
        moment.date ?? '',
        moment.name,
        themeTitle(q, trend.themeId),
        factorTitle(q, trend.factorId),
        point.score,
        CSV_STATUS_LABELS[point.status],
        targetFor(targets, trend.factorId),
        index === 0 ? null : (trend.differences[index - 1] ?? null),
        change ? CSV_VERDICT_LABELS[change.verdict] : '',
        action?.what ?? '',
        action?.status ? CSV_ACTION_STATUS_LABELS[action.status] : '',
      ])
    }
  })
  return CSV_BOM + rows.map(row).join(CSV_LINE_END) + CSV_LINE_END
}
