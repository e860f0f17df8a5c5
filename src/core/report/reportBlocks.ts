/**
 * The document model every report is rendered from: the print view (PrintBlocks.vue), the Word
 * writer and the HTML writer each turn these sections and blocks into their format and decide
 * nothing about what to show. A figure carries the text alternative that states its content.
 */
import type { Capped, ClippedText } from './reportLimits'
import type { CappedListName, ReportText } from './reportText'
import type { DistributionLine } from './reportShape'
import type { RungStatus } from '../scan/ladder'

export interface TableBlock {
  kind: 'table'
  caption: string
  /** The header row: marked as such in every format (th scope="col", Word's repeated header row). */
  head: string[]
  /** Per column: right-aligned figures. */
  numeric: boolean[]
  /** Relative column widths (they add up to 100). */
  widths: number[]
  /** The first cell of a row is its header (th scope="row"); a group row heads the rows below it. */
  rows: { cells: string[]; group?: boolean }[]
}

export interface LadderRungFigure {
  title: string
  /** Null for the lowest rung, which has no features of its own. */
  status: RungStatus | null
  statusText: string
  current: boolean
}

export type FigureBlock =
  /** The radar chart; its image is drawn by the writer, which is in the browser. */
  | { kind: 'figure'; figure: 'radar'; alt: string; height: number }
  /** The four rungs with the placement marked. */
  | { kind: 'figure'; figure: 'ladder'; alt: string; rungs: LadderRungFigure[] }
  /** How the room scored where it differed most; Word and HTML show the counts as a table. */
  | { kind: 'figure'; figure: 'distribution'; alt: string; items: DistributionLine[]; table: TableBlock }

export type ReportBlock =
  | { kind: 'heading'; level: 3; text: string }
  | { kind: 'paragraph'; text: string; tone?: 'strong' | 'muted' }
  | { kind: 'list'; items: string[] }
  | { kind: 'facts'; items: { label: string; value: string }[] }
  | TableBlock
  | FigureBlock

/** What a section is, so the print view can keep the first page on its own and size the compact ones. */
export type SectionId =
  | 'kort'
  | 'ladder'
  | 'kader'
  | 'radar'
  | 'verdeling'
  | 'tabel'
  | 'knelpunten'
  | 'leren'
  | 'prioriteiten'
  | 'spanningen'
  | 'notities'
  | 'raadsbrief'
  | 'methode'
  // The measurement series.
  | 'momenten'
  | 'verloop'
  | 'doelen'
  | 'routekaart'
  | 'opvolging'

/** A section under its own heading (level 2; the document title is the one level 1). */
export interface ReportSection {
  id: SectionId
  heading: string
  blocks: ReportBlock[]
  /** Smaller type in print, so the worst case keeps to four pages. */
  compact?: boolean
}

export interface ReportDocument {
  lang: string
  title: string
  productName: string
  /** Who, when, how many: under the title. */
  meta: { label: string; value: string }[]
  sections: ReportSection[]
  /** The paragraph for the raadsinformatiebrief, also offered as one copy button (the series has none). */
  brief?: string
}

/** A cut text followed by the note that says so, so a reader knows where the rest is. */
export const clipped = (value: ClippedText, text: ReportText) => (value.clipped ? `${value.text} ${text.clippedNote}` : value.text)

/** The items of a capped list as lines, with "en nog 9 …" as the last line when some did not fit. */
export function cappedItems<T>(list: Capped<T>, line: (item: T) => string, name: CappedListName, text: ReportText): string[] {
  return [...list.items.map(line), ...(list.more > 0 ? [text.more(list.more, name)] : [])]
}

/**
 * A first-page list under its heading: its lines, "en nog 9 …" when it is capped and some did not
 * fit (only lists with a `more` name say so), or the sentence for an empty list.
 */
export function listSection<T>(heading: string, list: Capped<T>, line: (item: T) => string, none: string, text: ReportText, more?: CappedListName): ReportBlock[] {
  return [
    { kind: 'heading', level: 3, text: heading },
    list.items.length === 0
      ? { kind: 'paragraph', text: none }
      : { kind: 'list', items: more === undefined ? list.items.map(line) : cappedItems(list, line, more, text) },
  ]
}

/** The document's text, block by block, as a reader of any format meets it (tests compare formats with it). */
export function documentLines(document: ReportDocument): string[] {
  const blockLines = (block: ReportBlock): string[] => {
    switch (block.kind) {
      case 'heading':
      case 'paragraph':
        return [block.text]
      case 'list':
        return block.items
      case 'facts':
        return block.items.map((item) => `${item.label}: ${item.value}`)
      case 'table':
        return [block.head.join(' | '), ...block.rows.map((row) => row.cells.join(' | '))]
      case 'figure':
        return [block.alt]
    }
  }
  return [
    document.productName,
    document.title,
    ...document.meta.map((item) => `${item.label}: ${item.value}`),
    ...document.sections.flatMap((section) => [section.heading, ...section.blocks.flatMap(blockLines)]),
  ]
}
