/**
 * Where each answer sits in a compact code, derived from the questionnaire itself (its ordered ids
 * and its version) rather than written down by hand: when statements or ladder indicators are added,
 * renamed or reordered, the layout and its hash change with them, and a code made with another
 * questionnaire is refused instead of being read into the wrong answers.
 */
import type { Questionnaire } from '../model'
import { roleGroupIds } from '../model'
import { crc32, crc32OfText } from './bits'
import { legacyLayoutLists } from './legacyLayouts'

/** The ordered lists a code's bits follow; the data of a layout, so that earlier ones can be written down. */
export interface LayoutLists {
  questionnaireVersion: string
  /** Every statement of every factor, in questionnaire order (the client module included). */
  statementIds: string[]
  factorIds: string[]
  themeIds: string[]
  indicatorIds: string[]
  accessIds: string[]
  rungIds: string[]
  /** Role a participant may hand in with her answers (never her name). */
  roles: { id: string; label: string }[]
  /** Code format 2 on: the organisation questions (KPMG forms, place, direction, domains) and role groups. */
  formIds: string[]
  placeIds: string[]
  directionIds: string[]
  domainIds: string[]
  roleGroups: string[]
}

export interface CodeLayout extends LayoutLists {
  /** CRC-32 over the version and the lists of format 1: invitations and format-1 hand-in codes carry it. */
  hash: number
  /** CRC-32 over `hash` and the lists format 2 added: format-2 hand-in codes carry it. */
  handinHash: number
}

function layoutOf(lists: LayoutLists): CodeLayout {
  const { questionnaireVersion, statementIds, factorIds, themeIds, indicatorIds, accessIds, rungIds, roles } = lists
  // Exactly the JSON that format 1 hashed (key order included), so codes already out there keep their hash.
  const hash = crc32OfText(JSON.stringify([questionnaireVersion, { statementIds, factorIds, themeIds, indicatorIds, accessIds, rungIds, roles }]))
  const { formIds, placeIds, directionIds, domainIds, roleGroups } = lists
  const handinHash = crc32OfText(JSON.stringify([hash, { formIds, placeIds, directionIds, domainIds, roleGroups }]))
  return { ...lists, hash, handinHash }
}

const layouts = new WeakMap<Questionnaire, CodeLayout>()

export function codeLayout(q: Questionnaire): CodeLayout {
  const cached = layouts.get(q)
  if (cached) return cached
  const layout = layoutOf({
    questionnaireVersion: q.version,
    statementIds: q.factors.flatMap((factor) => factor.statements.map((statement) => statement.id)),
    factorIds: q.factors.map((factor) => factor.id),
    themeIds: q.themes.map((theme) => theme.id),
    indicatorIds: q.ladderIndicators.map((indicator) => indicator.id),
    accessIds: q.accessQuestion.options.map((option) => option.id),
    rungIds: q.rungs.map((rung) => rung.id),
    roles: q.roles.map(({ id, label }) => ({ id, label })),
    formIds: q.organisation.forms.options.map((option) => option.id),
    placeIds: q.organisation.place.options.map((option) => option.id),
    directionIds: q.organisation.direction.options.map((option) => option.id),
    domainIds: q.organisation.domains.options.map((option) => option.id),
    roleGroups: [...roleGroupIds],
  })
  layouts.set(q, layout)
  return layout
}

// Hashed on first use, when a code is read: not while the questionnaire's view is being loaded, where
// this module is evaluated before the first question is shown (issue #27).
let legacyLayouts: readonly CodeLayout[] | undefined

/** "2026.1" → [2026, 1]; null for a version that is not of that form (a test questionnaire's). */
function versionParts(version: string): [number, number] | null {
  const match = /^(\d{4})\.(\d+)$/.exec(version)
  return match ? [Number(match[1]), Number(match[2])] : null
}

/** Not later than `than`: the same version counts, since its content may have changed before the version moved on. */
function isNotLater(version: string, than: string): boolean {
  const a = versionParts(version)
  const b = versionParts(than)
  return a !== null && b !== null && (a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]))
}

/**
 * The layout a code was made with: this questionnaire's own, or an earlier version of it (written down
 * in legacyLayouts.ts), found by the hash the code carries. Undefined: a questionnaire this app never had.
 */
export function layoutForHash(q: Questionnaire, hash: number, which: 'hash' | 'handinHash'): CodeLayout | undefined {
  const own = codeLayout(q)
  if (own[which] === hash) return own
  legacyLayouts ??= legacyLayoutLists.map(layoutOf)
  return legacyLayouts.find((layout) => layout[which] === hash && isNotLater(layout.questionnaireVersion, own.questionnaireVersion))
}

/* ---------- the envelope every compact code shares ---------- */

/** First byte of every code: "I" for Integraalscan. A QR code that starts otherwise is not ours. */
export const CODE_MAGIC = 0x49
/**
 * Bumped when the bit layout changes in a way an older app cannot read. 2: hand-in codes carry the
 * organisation answers, the role group and the hand-in id; invitations are still written as 1.
 */
export const CODE_FORMAT_VERSION = 2

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
export function sealCode(kind: CodeKind, body: Uint8Array, version: number = CODE_FORMAT_VERSION): Uint8Array {
  const out = new Uint8Array(HEADER_BYTES + body.length + CRC_BYTES)
  out[0] = CODE_MAGIC
  out[1] = (codeKinds[kind] << 4) | version
  out.set(body, HEADER_BYTES)
  const crc = crc32(out.subarray(0, HEADER_BYTES + body.length))
  new DataView(out.buffer).setUint32(HEADER_BYTES + body.length, crc)
  return out
}

/**
 * The body of a sealed code, or why not. The CRC is checked before the version, so only an intact
 * code is called "newer"; a later format keeps magic, kind/version byte and trailing CRC-32 in place.
 */
export function openCode(bytes: Uint8Array, kind: CodeKind): CodeOutcome<{ body: Uint8Array; version: number }> {
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
  return { ok: true, value: { body: bytes.slice(HEADER_BYTES, end), version } }
}
