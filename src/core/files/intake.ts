/**
 * The one way in. Whatever a page takes in — a file (a result, a team file, a series, a collection,
 * an HTML report with its data block), a pasted text (a share link of either format, the bare text of
 * a hand-in code, an invitation link by mistake, a file's JSON) or the text of a QR code read by the
 * camera or from a photo — is read here, once, into one `ReadOutcome`. Pages hand what was read to a
 * store, which only applies it and answers one `IntakeOutcome`; `intakeMessage` (composables/
 * useImportFeedback.ts) says it in Dutch. Nothing here throws.
 */
import type { Questionnaire, ResultFile } from '../model'
import type { ImportError, ImportOutcome, ResultCollection } from './fileFormat'
import { collectionFromEnvelope, MAX_TEAM_FILE_BYTES, readEnvelope, resultFromEnvelope } from './fileFormat'
import { decodeHandinCode } from './handinCode'
import { decodeShareFragment, SHARE_PREFIX } from './shareLink'
import { decodeShortShareFragment, handInResult, importErrorOf } from './shortLink'
import { readText, shareFragmentOf, type ReadFile } from './participantImport'
import { seriesFromEnvelope, type SeriesFile } from './seriesFile'
import { decodeInvitation } from './invitation'

/** How a participant's hand-in reached the facilitator; shown per participant in the workshop. */
export const routes = ['camera', 'photo', 'link', 'file', 'team'] as const
export type Route = (typeof routes)[number]

/** What was read, one kind per thing a page can take in. */
export type Received =
  /** `session`: the workshop session a hand-in code or short link was made for (0: none); absent for files. */
  | { kind: 'result'; result: ResultFile; session?: number }
  | { kind: 'series'; series: SeriesFile }
  | { kind: 'collection'; collection: ResultCollection }

export type ReadOutcome = { ok: true; received: Received } | { ok: false; error: ImportError }

/** What taking in one thing did. Stores answer it; one function says it in Dutch. */
export type IntakeOutcome =
  /** `label`: who it became ("Deelnemer 3"); `count`: how many were added (a series file); `round`: round two. */
  | { status: 'added'; name: string; label?: string; count?: number; round?: 2; route?: Route }
  /** The same participant (by her hand-in id) handed in again with other answers: the newer hand-in replaced hers. */
  | { status: 'replaced'; name: string; label: string; round?: 2; route?: Route }
  /** Already in: the same participant with the same answers, or the same result. Nothing changed. */
  | { status: 'duplicate'; name: string; label?: string; round?: 2; route?: Route }
  /** A team file: its participants were added (`count`), those already in were not. */
  | { status: 'team'; name: string; count: number }
  /** No room: a series holds at most `max` moments. */
  | { status: 'full'; name: string; max: number }
  | { status: 'refused'; name: string; error: ImportError }

export type IntakeStatus = IntakeOutcome['status']

export const refusal = (name: string, error: ImportError): IntakeOutcome => ({ status: 'refused', name, error })

/** A refused or duplicate input must leave what is stored exactly as it was. */
export const changedSomething = (outcome: IntakeOutcome): boolean => ['added', 'replaced', 'team'].includes(outcome.status)

const failure = (error: ImportError): ReadOutcome => ({ ok: false, error })

/** The text of a file (JSON or an HTML report): its envelope read once, then the kind it says it is. */
export function readFileText(text: string, maxTeamBytes = MAX_TEAM_FILE_BYTES): ReadOutcome {
  const envelope = readEnvelope(text, maxTeamBytes)
  if (!envelope.ok) return envelope
  const { raw } = envelope
  if (raw.kind === 'meetreeks') {
    const series = seriesFromEnvelope(raw)
    return series.ok ? { ok: true, received: { kind: 'series', series: series.series } } : series
  }
  if (raw.kind === 'verzameling') {
    const collection = collectionFromEnvelope(raw)
    return collection.ok ? { ok: true, received: { kind: 'collection', collection: collection.collection } } : collection
  }
  const result = resultFromEnvelope(raw, text)
  return result.ok ? { ok: true, received: { kind: 'result', result: result.result } } : result
}

/** A file as read from the device: too large, unreadable, or its text. */
export function readFileInput(input: ReadFile, maxTeamBytes = MAX_TEAM_FILE_BYTES): ReadOutcome {
  const read = readText(input)
  return read.ok ? readFileText(read.text, maxTeamBytes) : failure(read.error)
}

/** The text of a QR code (camera, photo) or a short link: a participant's hand-in, or why not. */
export function readCode(text: string, q: Questionnaire): ReadOutcome {
  const fragment = shareFragmentOf(text)
  const read = fragment === null ? decodeHandinCode(q, text.trim()) : decodeShortShareFragment(q, fragment)
  if (read.ok) return { ok: true, received: { kind: 'result', result: handInResult(read.value), session: read.value.session } }
  // The workshop's own invitation shown to the camera, or pasted: say what it is.
  if (read.error === 'geen-code' && decodeInvitation(q, text).ok) return failure(importErrorOf('uitnodiging'))
  return failure(importErrorOf(read.error))
}

/** A pasted text: a link of either format, the bare text of a hand-in code, or a whole file's text. */
export async function readPasted(text: unknown, q: Questionnaire): Promise<ReadOutcome> {
  if (typeof text !== 'string') return failure({ code: 'ongeldige-link' })
  const trimmed = text.trim()
  if (trimmed.startsWith('{') || trimmed.startsWith('<')) return readFileText(trimmed)
  const fragment = shareFragmentOf(trimmed)
  if (fragment?.startsWith(SHARE_PREFIX)) {
    const read = await decodeShareFragment(fragment)
    return read.ok ? { ok: true, received: { kind: 'result', result: read.result } } : read
  }
  const read = readCode(trimmed, q)
  // Text that is neither a link nor a code is told as a link that does not work: that is what was pasted.
  return !read.ok && read.error.code === 'ongeldige-link' && read.error.detail === 'geen-code' ? failure({ code: 'ongeldige-link' }) : read
}

/** For a page that opens one result (a shared link, a comparison side, the start page): the result, or why not. */
export function asResult(read: ReadOutcome): ImportOutcome {
  if (!read.ok) return read
  return read.received.kind === 'result' ? { ok: true, result: read.received.result } : { ok: false, error: { code: 'ander-bestand', detail: read.received.kind } }
}
