/**
 * A report as one document (reportBlocks.ts): sections of plain blocks, built from ReportData. The
 * print view, the Word writer and the HTML writer only render it, so the three versions of a
 * report say the same thing. The printed version is the short one (four pages at most); the Word
 * and HTML versions are built from data with every list whole (FULL_REPORT_LIMITS).
 */
import type { Questionnaire } from '../model'
import type { ReportData } from './reportShape'
import type { ReportText } from './reportText'
import type { ReportDocument, ReportSection } from './reportBlocks'
import { firstPageBlocks, metaOf } from './reportFirstPage'
import { ladderBlocks } from './reportLadder'
import { contextBlocks, distributionBlocks, knelpuntBlocks, learnBlocks, noteBlocks, priorityBlocks, tableBlocks, tensionBlocks } from './reportSections'
import { briefText } from './reportBrief'

/** Advice lines per knelpunt in the printed version; the Word and HTML versions give all of it. */
export const ADVICE_PER_KNELPUNT = 2

/** The radar's printed height in CSS pixels: a team's is lower (its distributions follow), a comparison's legend needs room. */
const RADAR_HEIGHT = { resultaat: 420, workshop: 300, vergelijking: 340 } as const

export interface DocumentOptions {
  /** The radar's text alternative: its caption and what it shows (drawn in the browser). */
  radarAlt: string
  /** The short printed version, which says where the whole report is. */
  short: boolean
  lang?: string
}

/** The whole report, first page to method note, with its paragraph for the raadsinformatiebrief. */
export function reportDocument(q: Questionnaire, data: ReportData, text: ReportText, options: DocumentOptions): ReportDocument & { brief: string } {
  const { kind } = data.overview
  const comparison = kind === 'vergelijking'
  const team = kind === 'workshop'
  const brief = briefText(q, data, text)
  const { opening, paragraphs } = text.method
  // Four pages leave no line to spare: the printed version leaves out the opening "this is a self-scan,
  // a snapshot" (the brief just above ends with the same words) and says where the whole lists are at
  // the end of the last paragraph.
  const methodParagraphs = options.short ? [...paragraphs.slice(0, -1), `${paragraphs.at(-1) ?? ''} ${text.fullVersion}`] : [opening, ...paragraphs]
  const section = (id: ReportSection['id'], heading: string, blocks: ReportSection['blocks'], compact = false): ReportSection => ({
    id,
    heading,
    blocks,
    ...(compact ? { compact } : {}),
  })
  const ladder = section(
    'ladder',
    text.sections.ladder,
    data.ladders.flatMap((placement, index) => {
      const side = data.overview.sides[index]
      if (side === undefined) return []
      return ladderBlocks(q, placement, side.ladder, text, {
        ...(side.label === undefined ? {} : { label: side.label }),
        placements: data.placements,
        detail: !comparison,
      })
    }),
  )
  const context = comparison ? [] : [section('kader', text.frame.title, contextBlocks(q, data, text), true)]
  const table = tableBlocks(q, data, text)
  const distributions = distributionBlocks(data, text)
  const sections: ReportSection[] = [
    section('kort', text.firstPage.title, firstPageBlocks(q, data, text)),
    ladder,
    ...(team ? [] : context),
    section('radar', text.sections.radar, [{ kind: 'figure', figure: 'radar', alt: options.radarAlt, height: RADAR_HEIGHT[kind] }]),
    ...(distributions.length > 0 ? [section('verdeling', text.sections.distributions, distributions)] : []),
    section('tabel', table.heading, table.blocks),
    section(
      'knelpunten',
      comparison ? text.sections.shared : text.sections.knelpunten,
      knelpuntBlocks(q, data, text, options.short ? ADVICE_PER_KNELPUNT : Number.POSITIVE_INFINITY),
      true,
    ),
    ...(comparison
      ? [section('leren', text.sections.learn, learnBlocks(q, data, text))]
      : [
          section('prioriteiten', text.sections.priorities, priorityBlocks(q, data, text)),
          section('spanningen', text.sections.tensions, tensionBlocks(q, data, text), true),
          ...(team ? context : []),
          section('notities', text.sections.notes, noteBlocks(q, data, text), true),
        ]),
    section(
      'raadsbrief',
      text.sections.brief,
      // The printed version has no room for the line that introduces it; its heading says what it is for.
      [...(options.short ? [] : [{ kind: 'paragraph' as const, tone: 'muted' as const, text: text.brief.intro }]), { kind: 'paragraph', text: brief }],
      true,
    ),
    section(
      'methode',
      text.method.title,
      methodParagraphs.map((paragraph) => ({ kind: 'paragraph' as const, text: paragraph })),
      true,
    ),
  ]
  const [first] = data.overview.sides
  return {
    lang: options.lang ?? 'nl',
    title: text.documentTitle[kind],
    productName: text.productName,
    meta: comparison ? data.overview.sides.map((side) => ({ label: side.label?.slice(0, 1) ?? '', value: side.label?.slice(3) ?? '' })) : first ? metaOf(first, text) : [],
    sections,
    brief,
  }
}
