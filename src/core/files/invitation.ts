/**
 * The workshop invitation: the facilitator's set-up of a session (team or municipality, date, full or
 * quick scan, client module, what is out of scope, and for a second round the factors asked again),
 * packed like the hand-in code. Its fingerprint, the CRC-32 of the set-up including the questionnaire's
 * layout hash, travels in every hand-in code, so the workshop page can tell its own session's codes
 * from those of another session, round or questionnaire version.
 */
import type { Answers, Questionnaire, ScanMode } from '../model'
import { BitReader, BitWriter, crc32, fromBase64UrlOrNull, toBase64Url } from './bits'
import { codeFailure, codeLayout, layoutForHash, openCode, sealCode, type CodeLayout, type CodeOutcome } from './codeLayout'

/** Longest team or municipality name in an invitation (UTF-8 bytes); longer names are cut. */
export const MAX_INVITATION_NAME_BYTES = 60

export type WorkshopRound = 1 | 2

export interface WorkshopSetup {
  team?: string
  municipality?: string
  /** ISO date, YYYY-MM-DD. */
  date?: string
  mode: ScanMode
  includeClientModule: boolean
  /** Factor or theme ids the session leaves out of the scan. */
  outOfScope: string[]
  round: WorkshopRound
  /** Round 2: the factors asked again (those the room called "verdeeld"); empty in round 1. */
  askOnly: string[]
}

export interface Invitation {
  setup: WorkshopSetup
  /** Never 0 (0 means "no session" in a hand-in code). */
  fingerprint: number
}

/** Invitations kept the first format when hand-in codes moved to the second: their body did not change. */
const INVITATION_FORMAT_VERSION = 1

const DAY_MS = 86_400_000
const EPOCH = Date.UTC(2000, 0, 1)
const DATE_BITS = 16 // days since 2000-01-01, up to the year 2179; 0 = no date
const NAME_LENGTH_BITS = 6 // up to 63 bytes

function dayNumber(date: string | undefined): number {
  if (date === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return 0
  const ms = Date.parse(`${date}T00:00:00Z`)
  const days = Math.round((ms - EPOCH) / DAY_MS) + 1
  return Number.isFinite(days) && days > 0 && days < 2 ** DATE_BITS ? days : 0
}

function dateOf(days: number): string | undefined {
  return days === 0 ? undefined : new Date(EPOCH + (days - 1) * DAY_MS).toISOString().slice(0, 10)
}

/** UTF-8 bytes of a name, cut at a character boundary to fit. */
function nameBytes(name: string | undefined): Uint8Array {
  const encoder = new TextEncoder()
  let text = (name ?? '').trim()
  let bytes = encoder.encode(text)
  while (bytes.length > MAX_INVITATION_NAME_BYTES) {
    text = [...text].slice(0, -1).join('')
    bytes = encoder.encode(text)
  }
  return bytes
}

function setupBody(q: Questionnaire, setup: WorkshopSetup): Uint8Array {
  const layout = codeLayout(q)
  const w = new BitWriter()
  w.write(layout.hash, 32)
  w.write(setup.round, 2)
  w.write(setup.mode === 'kort' ? 1 : 0, 1)
  w.write(setup.includeClientModule ? 1 : 0, 1)
  w.write(dayNumber(setup.date), DATE_BITS)
  for (const id of [...layout.factorIds, ...layout.themeIds]) w.write(setup.outOfScope.includes(id) ? 1 : 0, 1)
  for (const id of layout.factorIds) w.write(setup.round === 2 && setup.askOnly.includes(id) ? 1 : 0, 1)
  for (const name of [setup.team, setup.municipality]) {
    const bytes = nameBytes(name)
    w.write(bytes.length, NAME_LENGTH_BITS)
    w.writeBytes(bytes)
  }
  return w.toBytes()
}

function fingerprintOfBody(body: Uint8Array): number {
  return crc32(body) || 1
}

/** The set-up as the invitation will carry it (names cut to size, unknown ids dropped). */
export function makeInvitation(q: Questionnaire, setup: WorkshopSetup): Invitation {
  const body = setupBody(q, setup)
  const read = readSetup(codeLayout(q), body)
  // readSetup cannot fail on a body we just wrote; fall back to the input to keep the type simple.
  return { setup: read ?? setup, fingerprint: fingerprintOfBody(body) }
}

/** The part after "#/uitnodiging/" in the invitation link. */
export function encodeInvitation(q: Questionnaire, setup: WorkshopSetup): string {
  return toBase64Url(sealCode('uitnodiging', setupBody(q, setup), INVITATION_FORMAT_VERSION))
}

function readSetup(layout: CodeLayout, body: Uint8Array): WorkshopSetup | null {
  const r = new BitReader(body)
  if (r.read(32) !== layout.hash) return null
  const round = r.read(2)
  const mode = r.read(1)
  const client = r.read(1)
  const days = r.read(DATE_BITS)
  if (round === null || (round !== 1 && round !== 2) || mode === null || client === null || days === null) return null
  const outOfScope: string[] = []
  for (const id of [...layout.factorIds, ...layout.themeIds]) {
    const bit = r.read(1)
    if (bit === null) return null
    if (bit === 1) outOfScope.push(id)
  }
  const askOnly: string[] = []
  for (const id of layout.factorIds) {
    const bit = r.read(1)
    if (bit === null) return null
    if (bit === 1) askOnly.push(id)
  }
  if ((round === 2) !== askOnly.length > 0) return null
  const names: (string | undefined)[] = []
  const decoder = new TextDecoder('utf-8', { fatal: true })
  for (let i = 0; i < 2; i++) {
    const length = r.read(NAME_LENGTH_BITS)
    if (length === null || length > MAX_INVITATION_NAME_BYTES) return null
    const bytes = new Uint8Array(length)
    for (let k = 0; k < length; k++) {
      const byte = r.read(8)
      if (byte === null) return null
      bytes[k] = byte
    }
    names.push(length === 0 ? undefined : decoder.decode(bytes))
  }
  if (!r.atCleanEnd()) return null
  const [team, municipality] = names
  const date = dateOf(days)
  return {
    ...(team === undefined ? {} : { team }),
    ...(municipality === undefined ? {} : { municipality }),
    ...(date === undefined ? {} : { date }),
    mode: mode === 1 ? 'kort' : 'volledig',
    includeClientModule: client === 1,
    outOfScope,
    round,
    askOnly,
  }
}

/** Reads an invitation link's code (with or without what comes before it). Never throws. */
export function decodeInvitation(q: Questionnaire, text: unknown): CodeOutcome<Invitation> {
  try {
    if (typeof text !== 'string' || text.length > 1000) return codeFailure('geen-code')
    // A link pasted from an e-mail may be broken over lines or carry spaces: a URL has none of its own.
    const code = text.replace(/\s+/g, '').split('/').pop() ?? ''
    const bytes = fromBase64UrlOrNull(code)
    if (bytes === null) return codeFailure('geen-code')
    const opened = openCode(bytes, 'uitnodiging')
    if (!opened.ok) return opened
    const { body } = opened.value
    // An invitation of an earlier questionnaire version (written down in legacyLayouts.ts) still opens.
    const layout = body.length < 4 ? undefined : layoutForHash(q, new DataView(body.buffer).getUint32(0), 'hash')
    if (layout === undefined) return codeFailure(body.length < 4 ? 'beschadigd' : 'andere-vragenlijst')
    const setup = readSetup(layout, body)
    return setup === null ? codeFailure('beschadigd') : { ok: true, value: { setup, fingerprint: fingerprintOfBody(body) } }
  } catch {
    return codeFailure('beschadigd')
  }
}

/** The answers a participant starts with when she opens an invitation (round 1). */
export function answersForSetup(setup: WorkshopSetup, base: Answers): Answers {
  return {
    ...base,
    mode: setup.mode,
    includeClientModule: setup.includeClientModule,
    outOfScope: [...setup.outOfScope],
    profile: {
      ...base.profile,
      ...(setup.team === undefined ? {} : { team: setup.team }),
      ...(setup.municipality === undefined ? {} : { municipality: setup.municipality }),
      ...(setup.date === undefined ? {} : { date: setup.date }),
    },
  }
}

/**
 * Round 2: the participant's answers for the factors asked again are cleared (she answers them anew
 * after the conversation); everything else stays as it was.
 */
export function answersForRoundTwo(q: Questionnaire, setup: WorkshopSetup, base: Answers): Answers {
  const again = new Set(setup.askOnly)
  const cleared = new Set(q.factors.filter((factor) => again.has(factor.id)).flatMap((factor) => factor.statements.map((s) => s.id)))
  return {
    ...answersForSetup({ ...setup, outOfScope: base.outOfScope.filter((id) => !again.has(id)) }, base),
    answers: Object.fromEntries(Object.entries(base.answers).filter(([id]) => !cleared.has(id))),
  }
}
