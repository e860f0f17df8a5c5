/**
 * The plain blocks a report document is made of (headings, paragraphs, lists, facts, tables and
 * the radar image): the Word writer and the HTML writer turn each into their format.
 */
import type { Capped, ClippedText } from './reportLimits'
import type { CappedListName, ReportText } from './reportText'

export interface TableBlock {
  kind: 'table'
  caption: string
  head: string[]
  /** Per column: right-aligned figures. */
  numeric: boolean[]
  /** Relative column widths (they add up to 100). */
  widths: number[]
  rows: { cells: string[]; group?: boolean }[]
}

export type ReportBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; tone?: 'strong' | 'muted' }
  | { kind: 'list'; items: string[] }
  | { kind: 'facts'; items: { label: string; value: string }[] }
  | TableBlock
  /** The radar chart; its image is drawn by the writer, which is in the browser. */
  | { kind: 'radar'; alt: string }

export interface ReportDocument {
  title: string
  blocks: ReportBlock[]
}

/** A cut text followed by the note that says so, so a reader knows the file holds the rest. */
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
