/** The first page of every report, which stands alone for management and the raad. */
import type { Questionnaire } from '../model'
import { factorTitle } from '../util/lookups'
import type { AgreedLine, DisagreedLine, FactorLine, ReportData, SideOverview } from './reportShape'
import type { ReportText } from './reportText'
import { clipped, listSection, type ReportBlock } from './reportBlocks'
import { placementDetail, placementSentence } from './reportLadder'

/** Who, when, how many, how complete: under the title, or per side in a comparison. */
export function metaOf(side: SideOverview, text: ReportText): { label: string; value: string }[] {
  const { completeness } = side
  return [
    { label: text.meta.team, value: side.team ?? '–' },
    { label: text.meta.municipality, value: side.municipality ?? '–' },
    { label: text.meta.date, value: side.date === null ? '–' : text.date(side.date) },
    { label: text.meta.participants, value: String(side.participants) },
    {
      label: text.meta.completeness,
      value: text.completeness(completeness.answered, completeness.total, text.percent(completeness.ratio)),
    },
    // One line, and only when answered: the design is context, and the printed version has four pages.
    ...(side.design === null ? [] : [{ label: text.meta.design, value: text.designLine(side.design) }]),
  ]
}

/** A factor with its score and what the score is: "Visie: 2,0 (afgesproken)". */
export const scoredLine = (q: Questionnaire, text: ReportText) => (line: FactorLine) => `${factorTitle(q, line.factorId)}: ${text.scoreOf(line.score, line.kind)}`

export function firstPageBlocks(q: Questionnaire, data: ReportData, text: ReportText): ReportBlock[] {
  const { overview } = data
  const title = (id: string) => factorTitle(q, id)
  const comparison = overview.kind === 'vergelijking'
  const blocks: ReportBlock[] = []
  for (const side of overview.sides) {
    if (side.label !== undefined) blocks.push({ kind: 'heading', level: 3, text: side.label })
    if (comparison) blocks.push({ kind: 'facts', items: metaOf(side, text) })
    blocks.push({ kind: 'paragraph', tone: 'strong', text: placementSentence(q, side.ladder, text) })
    const detail = placementDetail(q, side.ladder, text)
    if (detail.length > 0) blocks.push({ kind: 'paragraph', text: detail.join(' ') })
    const scored = scoredLine(q, text)
    blocks.push(
      ...listSection(text.firstPage.strongest, side.strongest, scored, text.firstPage.strongestNone, text),
      ...listSection(text.firstPage.knelpunten, side.knelpunten, scored, text.firstPage.knelpuntenNone, text, 'knelpunten'),
    )
  }
  if (overview.sides.some((side) => side.isTeam)) blocks.push({ kind: 'paragraph', tone: 'muted', text: text.scoreKey })
  if (overview.differences !== null) {
    const line = (row: { factorId: string; a: number | null; b: number | null; difference: number }) =>
      text.firstPage.differenceLine(title(row.factorId), text.scoreOf(row.a, kindOf(data, 'a', row.factorId)), text.scoreOf(row.b, kindOf(data, 'b', row.factorId)), text.difference(row.difference))
    blocks.push(...listSection(text.firstPage.differences, overview.differences, line, text.firstPage.differencesNone, text))
  }
  if (overview.disagreed !== null) {
    const line = (row: DisagreedLine) => text.firstPage.disagreedLine(title(row.factorId), text.score(row.median), text.score(row.min), text.score(row.max))
    blocks.push(...listSection(text.firstPage.disagreed, overview.disagreed, line, text.firstPage.disagreedNone, text, 'factoren'))
  }
  if (overview.agreed !== null) {
    const line = (row: AgreedLine) => text.firstPage.agreedLine(title(row.factorId), text.score(row.score), text.score(row.median))
    blocks.push(...listSection(text.firstPage.agreed, overview.agreed, line, text.firstPage.agreedNone, text, 'afspraken'))
  }
  blocks.push({ kind: 'heading', level: 3, text: text.firstPage.actions })
  if (overview.actions.items.length === 0) blocks.push({ kind: 'paragraph', text: text.firstPage.actionsNone })
  else {
    blocks.push({
      kind: 'table',
      caption: text.firstPage.actions,
      head: [text.tables.factor, text.tables.action, text.tables.who, text.tables.when],
      numeric: [false, false, false, false],
      widths: [28, 38, 16, 18],
      rows: overview.actions.items.map((action) => ({
        cells: [`${action.side === undefined ? '' : `${action.side}: `}${title(action.factorId)}`, clipped(action.what, text), action.who, action.when],
      })),
    })
    if (overview.actions.more > 0) blocks.push({ kind: 'paragraph', tone: 'muted', text: text.more(overview.actions.more, 'acties') })
  }
  return blocks
}

/** The kind of one side's score in a comparison (its table carries both sides' kinds). */
export function kindOf(data: ReportData, side: 'a' | 'b', factorId: string) {
  const { table } = data
  if (table.kind !== 'vergelijking') return 'eigen' as const
  return (side === 'a' ? table.kindsA : table.kindsB)[factorId] ?? 'eigen'
}
