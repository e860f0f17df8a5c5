/** The first page of every report, which stands alone for management and the raad. */
import type { Questionnaire } from '../model'
import { factorTitle, rungTitle } from '../util/lookups'
import type { AgreedLine, DisagreedLine, ReportData, SideOverview } from './reportShape'
import type { ReportText } from './reportText'
import { clipped, listSection, type ReportBlock } from './reportBlocks'

function metaOf(side: SideOverview, text: ReportText): { label: string; value: string }[] {
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
  ]
}

export function firstPageBlocks(q: Questionnaire, data: ReportData, text: ReportText): ReportBlock[] {
  const { overview } = data
  const title = (id: string) => factorTitle(q, id)
  const blocks: ReportBlock[] = [{ kind: 'heading', level: 2, text: text.firstPage.title }]
  for (const side of overview.sides) {
    if (side.label !== undefined) blocks.push({ kind: 'heading', level: 3, text: side.label })
    blocks.push({ kind: 'facts', items: metaOf(side, text) })
    const { ladder } = side
    blocks.push({ kind: 'paragraph', tone: 'strong', text: text.firstPage.ladder(rungTitle(q, ladder.rungId).toLowerCase()) })
    const evidence = [text.firstPage.evidence(ladder.evidence, ladder.evidenceOf, ladder.example)]
    if (ladder.nextRungId !== null && ladder.nextMissing !== null) {
      evidence.push(text.firstPage.next(rungTitle(q, ladder.nextRungId).toLowerCase(), ladder.nextMissing))
    }
    blocks.push({ kind: 'paragraph', text: evidence.join(' ') })
    const scored = (line: { factorId: string; score: number | null }) => `${title(line.factorId)} (${text.score(line.score)})`
    blocks.push(
      ...listSection(text.firstPage.strongest, side.strongest, scored, text.firstPage.strongestNone, text),
      ...listSection(text.firstPage.knelpunten, side.knelpunten, scored, text.firstPage.knelpuntenNone, text, 'knelpunten'),
    )
  }
  if (overview.differences !== null) {
    const line = (row: { factorId: string; a: number | null; b: number | null; difference: number }) =>
      text.firstPage.differenceLine(title(row.factorId), text.score(row.a), text.score(row.b), text.difference(row.difference))
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
      widths: [30, 40, 15, 15],
      rows: overview.actions.items.map((action) => ({
        cells: [`${action.side === undefined ? '' : `${action.side}: `}${title(action.factorId)}`, clipped(action.what, text), action.who, action.when],
      })),
    })
    if (overview.actions.more > 0) blocks.push({ kind: 'paragraph', tone: 'muted', text: text.more(overview.actions.more, 'acties') })
  }
  return blocks
}
