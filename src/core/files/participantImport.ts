/**
 * The first steps of reading what a user brings (see intake.ts, the one pipeline): a file's text, or
 * why there is none, and the result part of a share link. Nothing here throws.
 */
import type { ImportError } from './fileFormat'
import { SHARE_PREFIX, SHORT_SHARE_PREFIX } from './shareLink'

/** The detail of an import error for a file the browser could not read at all. */
export const UNREADABLE = 'onleesbaar'

/** A file as read from the user's device (see useFileRead), or any named text to import. */
export interface ReadFile {
  name: string
  /** null when the file was too large to read or could not be read at all. */
  text: string | null
  tooLarge: boolean
}

/** The text of a read file, or why there is none: too large to read, or not readable at all. */
export function readText(input: ReadFile): { ok: true; text: string } | { ok: false; error: ImportError } {
  if (input.tooLarge) return { ok: false, error: { code: 'te-groot' } }
  if (input.text === null) return { ok: false, error: { code: 'ongeldig', detail: UNREADABLE } }
  return { ok: true, text: input.text }
}

const FRAGMENT = /^r[0-9]+\.[A-Za-z0-9._~-]*$/

/**
 * The result part of a share link: the full URL, the "#/gedeeld/…" part or the bare "r1.…"/"r2.…"
 * fragment. Only what follows the last "/" counts, so a host name such as "server1.nl" is never taken.
 */
export function shareFragmentOf(text: string): string | null {
  // A link has no white space of its own: what an e-mail or chat put in (line breaks, spaces) goes.
  const trimmed = text.replace(/\s+/g, '')
  const last = trimmed.slice(trimmed.lastIndexOf('/') + 1)
  const fragment = last.startsWith('#') ? last.slice(1) : last
  if (!fragment.startsWith(SHARE_PREFIX) && !fragment.startsWith(SHORT_SHARE_PREFIX)) return null
  return FRAGMENT.test(fragment) ? fragment : null
}
