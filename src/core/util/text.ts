import { SHORT_TEXT_MAX } from '../model'

/**
 * A new name or label as typed: trimmed and cut to the short-text limit. Null when nothing is
 * left, so a rename to blank keeps the old name.
 */
export function renameLabel(typed: string, max: number = SHORT_TEXT_MAX): string | null {
  const trimmed = typed.trim().slice(0, max)
  return trimmed === '' ? null : trimmed
}
