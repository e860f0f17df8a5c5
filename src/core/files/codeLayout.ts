/**
 * Where each answer sits in a compact code, derived from the questionnaire itself (its ordered ids
 * and its version) rather than written down by hand: when statements or ladder indicators are added,
 * renamed or reordered, the layout and its hash change with them, and a code made with another
 * questionnaire is refused instead of being read into the wrong answers.
 */
import type { Questionnaire } from '../model'
import { crc32, crc32OfText } from './bits'

export interface CodeLayout {
  questionnaireVersion: string
  /** Every statement of every factor, in questionnaire order (the client module included). */
  statementIds: string[]
  factorIds: string[]
  themeIds: string[]
  indicatorIds: string[]
  accessIds: string[]
  rungIds: string[]
  /** Role groups a participant may hand in with her answers (never her name). */
  roles: { id: string; label: string }[]
  /** CRC-32 over the version and every list above: equal hashes mean the same questionnaire. */
  hash: number
}

const layouts = new WeakMap<Questionnaire, CodeLayout>()

export function codeLayout(q: Questionnaire): CodeLayout {
  const cached = layouts.get(q)
  if (cached) return cached
  const lists = {
    statementIds: q.factors.flatMap((factor) => factor.statements.map((statement) => statement.id)),
    factorIds: q.factors.map((factor) => factor.id),
    themeIds: q.themes.map((theme) => theme.id),
    indicatorIds: q.ladderIndicators.map((indicator) => indicator.id),
    accessIds: q.accessQuestion.options.map((option) => option.id),
    rungIds: q.rungs.map((rung) => rung.id),
    roles: q.roles.map(({ id, label }) => ({ id, label })),
  }
  const hash = crc32OfText(JSON.stringify([q.version, lists]))
  const layout: CodeLayout = { questionnaireVersion: q.version, ...lists, hash }
  layouts.set(q, layout)
  return layout
}

/* ---------- the envelope every compact code shares ---------- */

/** First byte of every code: "I" for Integraalscan. A QR code that starts otherwise is not ours. */
export const CODE_MAGIC = 0x49
/** Bumped when the bit layout changes in a way an older app cannot read. */
export const CODE_FORMAT_VERSION = 1

export const codeKinds = { inlevering: 1, uitnodiging: 2 } as const
export type CodeKind = keyof typeof codeKinds

/** Why a code was refused; the UI explains each in one Dutch sentence. */
export type CodeError =
  | 'geen-code'
  | 'beschadigd'
  | 'nieuwere-versie'
  | 'andere-vragenlijst'
  | 'uitnodiging'
  | 'inlevering'
  | 'andere-sessie'

export type CodeOutcome<T> = { ok: true; value: T } | { ok: false; error: CodeError }

export const codeFailure = (error: CodeError): { ok: false; error: CodeError } => ({ ok: false, error })

const HEADER_BYTES = 2
const CRC_BYTES = 4

/** Magic, kind and version in front, CRC-32 of everything before it at the end. */
export function sealCode(kind: CodeKind, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(HEADER_BYTES + body.length + CRC_BYTES)
  out[0] = CODE_MAGIC
  out[1] = (codeKinds[kind] << 4) | CODE_FORMAT_VERSION
  out.set(body, HEADER_BYTES)
  const crc = crc32(out.subarray(0, HEADER_BYTES + body.length))
  new DataView(out.buffer).setUint32(HEADER_BYTES + body.length, crc)
  return out
}

/**
 * The body of a sealed code, or why not. The CRC is checked before the version, so only an intact
 * code is called "newer"; a later format keeps magic, kind/version byte and trailing CRC-32 in place.
 */
export function openCode(bytes: Uint8Array, kind: CodeKind): CodeOutcome<Uint8Array> {
  if (bytes.length < HEADER_BYTES + CRC_BYTES || bytes[0] !== CODE_MAGIC) return codeFailure('geen-code')
  const end = bytes.length - CRC_BYTES
  const stored = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(end)
  if (crc32(bytes.subarray(0, end)) !== stored) return codeFailure('beschadigd')
  const kindByte = (bytes[1] ?? 0) >> 4
  const version = (bytes[1] ?? 0) & 0x0f
  if (version > CODE_FORMAT_VERSION) return codeFailure('nieuwere-versie')
  if (version === 0) return codeFailure('geen-code')
  if (kindByte !== codeKinds[kind]) {
    const other = (Object.keys(codeKinds) as CodeKind[]).find((name) => codeKinds[name] === kindByte)
    return codeFailure(other ?? 'geen-code')
  }
  return { ok: true, value: bytes.slice(HEADER_BYTES, end) }
}
