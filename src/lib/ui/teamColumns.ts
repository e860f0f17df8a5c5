import type { Messages } from '@/locales'

/** A plain column heading; a heading with markup or a repeated column goes in the `head` slot instead. */
export interface TableColumn {
  label: string
  /** Right-aligned figures. */
  number?: boolean
}

/** The team table's figures, the same on screen (where the agreed score is chosen) and on paper. */
export function teamColumns(t: Messages): TableColumn[] {
  return [
    { label: t.workshop.table.factor },
    { label: t.workshop.table.median, number: true },
    { label: t.workshop.table.range, number: true },
    { label: t.workshop.table.agreement },
    { label: t.workshop.table.unknown, number: true },
  ]
}
