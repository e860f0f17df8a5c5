/**
 * Reads what a facilitator adds to a workshop or a comparison: result files and share links.
 * Every input gives exactly one outcome; nothing here throws, whatever the input.
 */
import type { ImportError, ImportOutcome } from './fileFormat'
import { parseResultFile } from './fileFormat'
import { decodeShareFragment, SHARE_PREFIX } from './shareLink'

/** A file as read from the user's device (see useFileRead), or any named text to import. */
/** The detail of an import error for a file the browser could not read at all. */
export const UNREADABLE = 'onleesbaar'

export interface ReadFile {
  name: string
  /** null when the file was too large to read or could not be read at all. */
  text: string | null
  tooLarge: boolean
}

export type NamedOutcome = { name: string } & ImportOutcome

/** The text of a read file, or why there is none: too large to read, or not readable at all. */
export function readText(input: ReadFile): { ok: true; text: string } | { ok: false; error: ImportError } {
  if (input.tooLarge) return { ok: false, error: { code: 'te-groot' } }
  if (input.text === null) return { ok: false, error: { code: 'ongeldig', detail: UNREADABLE } }
  return { ok: true, text: input.text }
}

export function readResultText(input: ReadFile): NamedOutcome {
  const read = readText(input)
  return read.ok ? { name: input.name, ...parseResultFile(read.text) } : { name: input.name, ...read }
}

/** The result part of a share link: the full URL, the "#/gedeeld/…" part or the bare "r1.…" fragment. */
export function shareFragmentOf(text: string): string | null {
  const trimmed = text.trim()
  const index = trimmed.indexOf(SHARE_PREFIX)
  if (index === -1) return null
  const fragment = trimmed.slice(index)
  return /^[A-Za-z0-9._~-]+$/.test(fragment) ? fragment : null
}

export async function readShareLink(text: string): Promise<ImportOutcome> {
  const fragment = shareFragmentOf(text)
  if (fragment === null) return { ok: false, error: { code: 'ongeldige-link' } satisfies ImportError }
  return decodeShareFragment(fragment)
}
