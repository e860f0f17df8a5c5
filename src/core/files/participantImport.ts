/**
 * Reads what a facilitator adds to a workshop or a comparison: result files, share links (both
 * formats) and hand-in codes. Every input gives exactly one outcome; nothing here throws.
 */
import type { Questionnaire } from '../model'
import type { ImportError, ImportOutcome } from './fileFormat'
import { MAX_FILE_BYTES, parseResultFile } from './fileFormat'
import { MIGRATIONS } from './migrations'
import { decodeHandinCode } from './handinCode'
import { decodeShareFragment, SHARE_PREFIX, SHORT_SHARE_PREFIX } from './shareLink'
import { decodeShortShareFragment, handInResult, importErrorOf } from './shortLink'

/** The detail of an import error for a file the browser could not read at all. */
export const UNREADABLE = 'onleesbaar'

/** A file as read from the user's device (see useFileRead), or any named text to import. */
export interface ReadFile {
  name: string
  /** null when the file was too large to read or could not be read at all. */
  text: string | null
  tooLarge: boolean
}

export type NamedOutcome = { name: string } & ImportOutcome

/** An import that may carry the workshop session it was made for (short links and hand-in codes). */
export type LinkOutcome = ImportOutcome & { session?: number }

/** The text of a read file, or why there is none: too large to read, or not readable at all. */
export function readText(input: ReadFile): { ok: true; text: string } | { ok: false; error: ImportError } {
  if (input.tooLarge) return { ok: false, error: { code: 'te-groot' } }
  if (input.text === null) return { ok: false, error: { code: 'ongeldig', detail: UNREADABLE } }
  return { ok: true, text: input.text }
}

/** `maxTeamBytes`: how large a team result may be here (see `parseResultFile`). */
export function readResultText(input: ReadFile, maxTeamBytes = MAX_FILE_BYTES): NamedOutcome {
  const read = readText(input)
  return read.ok ? { name: input.name, ...parseResultFile(read.text, MIGRATIONS, maxTeamBytes) } : { name: input.name, ...read }
}

const FRAGMENT = /^r[0-9]+\.[A-Za-z0-9._~-]*$/

/**
 * The result part of a share link: the full URL, the "#/gedeeld/…" part or the bare "r1.…"/"r2.…"
 * fragment. Only what follows the last "/" counts, so a host name such as "server1.nl" is never taken.
 */
export function shareFragmentOf(text: string): string | null {
  const trimmed = text.trim()
  const last = trimmed.slice(trimmed.lastIndexOf('/') + 1)
  const fragment = last.startsWith('#') ? last.slice(1) : last
  if (!fragment.startsWith(SHARE_PREFIX) && !fragment.startsWith(SHORT_SHARE_PREFIX)) return null
  return FRAGMENT.test(fragment) ? fragment : null
}

/** A link of either format, or the text of a participant's QR code pasted as it is. */
export async function readShareLink(text: string, q: Questionnaire): Promise<LinkOutcome> {
  if (typeof text !== 'string') return { ok: false, error: { code: 'ongeldige-link' } satisfies ImportError }
  const fragment = shareFragmentOf(text)
  if (fragment !== null && fragment.startsWith(SHARE_PREFIX)) return decodeShareFragment(fragment)
  const read = fragment !== null ? decodeShortShareFragment(q, fragment) : decodeHandinCode(q, text.trim())
  if (!read.ok) return { ok: false, error: fragment === null && read.error === 'geen-code' ? { code: 'ongeldige-link' } : importErrorOf(read.error) }
  return { ok: true, result: handInResult(read.value), session: read.value.session }
}
