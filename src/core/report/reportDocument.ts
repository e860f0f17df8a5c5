/**
 * A report as a list of plain blocks (reportBlocks.ts), built from the same ReportData as the
 * print layout. The Word writer and the HTML writer only turn these blocks into their format, so
 * the three versions of a report say the same thing.
 */
import type { Questionnaire } from '../model'
import { factorTitle, indicatorText, rungTitle, themeTitle } from '../util/lookups'
import type { ReportData } from './reportShape'
import type { ReportText } from './reportText'
import { clipped, type ReportBlock, type ReportDocument } from './reportBlocks'
import { firstPageBlocks } from './reportFirstPage'

function ladderBlocks(q: Questionnaire, data: ReportData, text: ReportText): ReportBlock[] {
  return data.ladders.flatMap((placement, index): ReportBlock[] => {
    const label = data.overview.sides[index]?.label
    const rung = q.rungs[placement.rung]
    return [
      { kind: 'paragraph', tone: 'strong', text: `${label === undefined ? '' : `${label}: `}${text.firstPage.ladder(rungTitle(q, placement.rungId).toLowerCase())}` },
      { kind: 'paragraph', text: rung?.description ?? '' },
      ...(placement.evidence.length > 0 ? [{ kind: 'list' as const, items: placement.evidence.map((id) => indicatorText(q, id)) }] : []),
    ]
  })
}

function tableBlocks(q: Questionnaire, data: ReportData, text: ReportText): ReportBlock[] {
  const title = (id: string) => factorTitle(q, id)
  const { table } = data
  if (table.kind === 'factoren') {
    return [
      { kind: 'heading', level: 2, text: text.sections.table },
      {
        kind: 'table',
        caption: text.sections.table,
        head: [text.tables.factor, text.tables.score, text.tables.status, text.tables.unknown],
        numeric: [false, true, false, true],
        widths: [58, 12, 18, 12],
        rows: table.themes.flatMap((theme) => [
          { group: true, cells: [themeTitle(q, theme.id), text.score(theme.score), '', ''] },
          ...table.factors
            .filter((factor) => factor.themeId === theme.id)
            .map((factor) => ({ cells: [title(factor.factorId), text.score(factor.score), text.status[factor.status], String(factor.unknown)] })),
        ]),
      },
    ]
  }
  if (table.kind === 'team') {
    return [
      { kind: 'heading', level: 2, text: text.sections.teamTable },
      {
        kind: 'paragraph',
        text: `${text.distribution}: ${q.rungs.map((rung) => `${rung.title}: ${table.placements[rung.id]}`).join(' · ')}`,
      },
      {
        kind: 'table',
        caption: text.sections.teamTable,
        head: [text.tables.factor, text.tables.median, text.tables.range, text.tables.agreement, text.tables.unknown, text.tables.agreed],
        numeric: [false, true, true, false, true, true],
        widths: [40, 11, 15, 12, 11, 11],
        rows: table.factors.map((factor) => ({
          cells: [
            title(factor.factorId),
            text.score(factor.median),
            factor.spread ? `${text.score(factor.spread.min)} – ${text.score(factor.spread.max)}` : text.tables.none,
            factor.agreement ? text.agreement[factor.agreement] : text.tables.none,
            String(factor.unknown),
            table.agreed[factor.factorId]?.score === undefined ? text.tables.none : text.score(table.agreed[factor.factorId]?.score ?? null),
          ],
        })),
      },
    ]
  }
  const status = (value: keyof ReportText['status'] | null) => (value === null ? '' : text.status[value])
  return [
    { kind: 'heading', level: 2, text: text.sections.compareTable },
    {
      kind: 'table',
      caption: text.sections.compareTable,
      head: [text.tables.factor, 'A', 'B', text.tables.difference, `${text.tables.status} A`, `${text.tables.status} B`],
      numeric: [false, true, true, true, false, false],
      widths: [40, 9, 9, 12, 15, 15],
      rows: table.factors.map((row) => ({
        cells: [title(row.factorId), text.score(row.a), text.score(row.b), text.difference(row.difference), status(row.statusA), status(row.statusB)],
      })),
    },
  ]
}

function knelpuntBlocks(q: Questionnaire, data: ReportData, text: ReportText, adviceCount: number): ReportBlock[] {
  const blocks: ReportBlock[] = [{ kind: 'heading', level: 2, text: data.overview.kind === 'vergelijking' ? text.sections.shared : text.sections.knelpunten }]
  if (data.knelpunten.items.length === 0) return [...blocks, { kind: 'paragraph', text: text.knelpuntenNone }]
  for (const factorId of data.knelpunten.items) {
    const factor = q.factors.find((item) => item.id === factorId)
    blocks.push(
      { kind: 'heading', level: 3, text: factorTitle(q, factorId) },
      { kind: 'list', items: (factor?.advice ?? []).slice(0, adviceCount) },
      { kind: 'paragraph', tone: 'muted', text: text.sources((factor?.sources ?? []).join('; ')) },
    )
  }
  if (data.knelpunten.more > 0) blocks.push({ kind: 'paragraph', text: text.moreKnelpunten(data.knelpunten.more) })
  return blocks
}

function planBlocks(q: Questionnaire, data: ReportData, text: ReportText): ReportBlock[] {
  const title = (id: string) => factorTitle(q, id)
  const blocks: ReportBlock[] = [{ kind: 'heading', level: 2, text: text.sections.priorities }]
  if (data.priorities.items.length === 0) blocks.push({ kind: 'paragraph', text: text.prioritiesNone })
  else {
    blocks.push({
      kind: 'table',
      caption: text.sections.priorities,
      head: [text.tables.factor, text.tables.score, text.tables.reason, text.tables.action, text.tables.who, text.tables.when],
      numeric: [false, true, false, false, false, false],
      widths: [28, 8, 14, 26, 12, 12],
      rows: data.priorities.items.map((line) => ({
        cells: [
          title(line.factorId),
          text.score(line.score),
          text.reasons[line.reason],
          line.action ? clipped(line.action.what, text) || text.tables.noAction : text.tables.noAction,
          line.action?.who ?? '',
          line.action?.when ?? '',
        ],
      })),
    })
    if (data.priorities.more > 0) blocks.push({ kind: 'paragraph', tone: 'muted', text: text.more(data.priorities.more, 'prioriteiten') })
  }
  blocks.push({ kind: 'heading', level: 2, text: text.sections.tensions })
  if (data.tensions.items.length === 0 && data.otherTensions.length === 0) blocks.push({ kind: 'paragraph', text: text.tensionsNone })
  for (const flagged of data.tensions.items) {
    blocks.push(
      { kind: 'heading', level: 3, text: flagged.tension.title },
      {
        kind: 'paragraph',
        text: text.tensionScores(title(flagged.tension.factorA), text.score(flagged.scoreA), title(flagged.tension.factorB), text.score(flagged.scoreB)),
      },
      { kind: 'paragraph', text: `${text.tensionQuestion}: ${flagged.tension.discussionQuestion}` },
    )
  }
  if (data.tensions.more > 0) blocks.push({ kind: 'paragraph', tone: 'muted', text: text.more(data.tensions.more, 'spanningen') })
  if (data.otherTensions.length > 0) {
    blocks.push({ kind: 'paragraph', text: `${text.tensionsOthers} ${data.otherTensions.map((row) => row.tension.title).join('; ')}.` })
  }
  blocks.push({ kind: 'heading', level: 2, text: text.sections.notes })
  if (data.notes.items.length === 0) blocks.push({ kind: 'paragraph', text: text.notesNone })
  else {
    blocks.push({
      kind: 'facts',
      items: data.notes.items.map((line) => ({ label: title(line.factorId), value: clipped(line.note, text) })),
    })
    if (data.notes.more > 0) blocks.push({ kind: 'paragraph', tone: 'muted', text: text.more(data.notes.more, 'notities') })
  }
  return blocks
}

/** Advice lines per knelpunt, as in the print layout. */
export const ADVICE_PER_KNELPUNT = 2

/** The whole report, first page to method note. */
export function reportDocument(q: Questionnaire, data: ReportData, text: ReportText, radarAlt: string): ReportDocument {
  const title = text.documentTitle[data.overview.kind]
  const { table } = data
  const learn: ReportBlock[] =
    table.kind === 'vergelijking'
      ? [table.learnFromA, table.learnFromB].flatMap((ids, index): ReportBlock[] =>
          ids.length === 0
            ? []
            : [
                {
                  kind: 'paragraph',
                  text: `${index === 0 ? `${table.nameB} ← ${table.nameA}` : `${table.nameA} ← ${table.nameB}`}: ${ids.map((id) => factorTitle(q, id)).join(', ')}.`,
                },
              ],
        )
      : []
  return {
    title,
    blocks: [
      { kind: 'paragraph', tone: 'muted', text: text.productName },
      { kind: 'heading', level: 1, text: title },
      ...firstPageBlocks(q, data, text),
      { kind: 'heading', level: 2, text: text.sections.ladder },
      ...ladderBlocks(q, data, text),
      { kind: 'heading', level: 2, text: text.sections.radar },
      { kind: 'radar', alt: radarAlt },
      ...tableBlocks(q, data, text),
      ...learn,
      ...knelpuntBlocks(q, data, text, ADVICE_PER_KNELPUNT),
      ...(data.overview.kind === 'vergelijking' ? [] : planBlocks(q, data, text)),
      { kind: 'heading', level: 2, text: text.method.title },
      ...text.method.paragraphs.map((paragraph): ReportBlock => ({ kind: 'paragraph', text: paragraph })),
    ],
  }
}
