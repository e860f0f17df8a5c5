/**
 * The compact hand-in code: one participant's answers, markers, ladder answers and role group,
 * packed in bits with the questionnaire's layout hash, the workshop session's fingerprint and a
 * CRC-32. Never a name, a free-text note or an action: those stay on the participant's device
 * unless she sends her file. Base45 text of it fits a QR code's alphanumeric mode; base64url of it
 * makes a short link.
 */
import type { AccessType, Answers, LadderAnswer, Questionnaire, RungId, ScaleAnswer } from '../model'
import { ladderAnswers } from '../model'
import { BitReader, BitWriter, bitsFor, fromBase45, toBase45 } from './bits'
import { codeFailure, codeLayout, openCode, sealCode, type CodeLayout, type CodeOutcome } from './codeLayout'

/** No workshop session: a code made outside a workshop (a share link, a hand-in without invitation). */
export const NO_SESSION = 0

/** Longest text we try to read as a code: far above a real one, small enough to reject at once. */
export const MAX_CODE_CHARS = 2000

export interface HandIn {
  answers: Answers
  /** The workshop session the participant was invited to, or NO_SESSION. */
  session: number
}

const ANSWER_BITS = 3 // 0 unanswered, 1–5, 6 "weet ik niet"
const LADDER_BITS = 3 // 0 unanswered, then ja, deels, nee, weet-niet
const CHOICE_BITS = 3 // access (0, five types, weet-niet) and own guess (0, four rungs, weet-niet)
const UNKNOWN_SCALE = 6

function scaleCode(answer: ScaleAnswer | undefined): number {
  if (answer === undefined) return 0
  return answer === 'weet-niet' ? UNKNOWN_SCALE : answer
}

function scaleAnswer(code: number): ScaleAnswer | undefined | null {
  if (code === 0) return undefined
  if (code === UNKNOWN_SCALE) return 'weet-niet'
  return code >= 1 && code <= 5 ? (code as 1 | 2 | 3 | 4 | 5) : null
}

/** Position + 1 of `value` in `options`, 0 when absent; "weet-niet" comes right after the options. */
function choiceCode(options: readonly string[], value: string | undefined): number {
  if (value === undefined) return 0
  if (value === 'weet-niet') return options.length + 1
  const index = options.indexOf(value)
  return index === -1 ? 0 : index + 1
}

function choiceValue(options: readonly string[], code: number): string | undefined | null {
  if (code === 0) return undefined
  if (code === options.length + 1) return 'weet-niet'
  return options[code - 1] ?? null
}

function own<V>(record: Record<string, V>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined
}

function roleCode(layout: CodeLayout, role: string | undefined): number {
  if (role === undefined) return 0
  const index = layout.roles.findIndex((option) => option.label === role || option.id === role)
  return index + 1
}

/** The packed bytes, sealed with magic, version and CRC-32. */
export function encodeHandinBytes(q: Questionnaire, answers: Answers, session: number = NO_SESSION): Uint8Array {
  const layout = codeLayout(q)
  const w = new BitWriter()
  w.write(layout.hash, 32)
  w.write(session >>> 0, 32)
  w.write(answers.mode === 'kort' ? 1 : 0, 1)
  w.write(answers.includeClientModule ? 1 : 0, 1)
  w.write(roleCode(layout, answers.profile.role), bitsFor(layout.roles.length + 1))
  for (const id of layout.statementIds) w.write(scaleCode(own(answers.answers, id)), ANSWER_BITS)
  for (const id of layout.factorIds) w.write(answers.important.includes(id) ? 1 : 0, 1)
  for (const id of [...layout.factorIds, ...layout.themeIds]) w.write(answers.outOfScope.includes(id) ? 1 : 0, 1)
  for (const id of layout.indicatorIds) w.write(choiceCode(ladderAnswers.slice(0, 3), own(answers.ladder, id)), LADDER_BITS)
  w.write(choiceCode(layout.accessIds, answers.access), CHOICE_BITS)
  w.write(choiceCode(layout.rungIds, answers.ownGuess), CHOICE_BITS)
  return sealCode('inlevering', w.toBytes())
}

/** The text in the participant's QR code: Base45, QR alphanumeric mode. */
export function encodeHandinCode(q: Questionnaire, answers: Answers, session: number = NO_SESSION): string {
  return toBase45(encodeHandinBytes(q, answers, session))
}

/** Reads packed bytes. Never throws: anything but an intact code of this questionnaire is refused. */
export function decodeHandinBytes(q: Questionnaire, bytes: Uint8Array): CodeOutcome<HandIn> {
  try {
    const opened = openCode(bytes, 'inlevering')
    if (!opened.ok) return opened
    const layout = codeLayout(q)
    const r = new BitReader(opened.value)
    if (r.read(32) !== layout.hash) return codeFailure('andere-vragenlijst')
    const handIn = readBody(layout, r)
    return handIn === null || !r.atCleanEnd() ? codeFailure('beschadigd') : { ok: true, value: handIn }
  } catch {
    return codeFailure('beschadigd')
  }
}

function readBody(layout: CodeLayout, r: BitReader): HandIn | null {
  const session = r.read(32)
  const mode = r.read(1)
  const client = r.read(1)
  const role = r.read(bitsFor(layout.roles.length + 1))
  if (session === null || mode === null || client === null || role === null || role > layout.roles.length) return null
  const answers: Answers = {
    mode: mode === 1 ? 'kort' : 'volledig',
    includeClientModule: client === 1,
    profile: role === 0 ? {} : { role: layout.roles[role - 1]?.label ?? '' },
    answers: {},
    important: [],
    notes: {},
    outOfScope: [],
    ladder: {},
  }
  for (const id of layout.statementIds) {
    const code = r.read(ANSWER_BITS)
    const value = code === null ? null : scaleAnswer(code)
    if (value === null) return null
    if (value !== undefined) answers.answers[id] = value
  }
  for (const id of layout.factorIds) {
    const bit = r.read(1)
    if (bit === null) return null
    if (bit === 1) answers.important.push(id)
  }
  for (const id of [...layout.factorIds, ...layout.themeIds]) {
    const bit = r.read(1)
    if (bit === null) return null
    if (bit === 1) answers.outOfScope.push(id)
  }
  for (const id of layout.indicatorIds) {
    const code = r.read(LADDER_BITS)
    const value = code === null ? null : choiceValue(ladderAnswers.slice(0, 3), code)
    if (value === null) return null
    if (value !== undefined) answers.ladder[id] = value as LadderAnswer
  }
  const accessCode = r.read(CHOICE_BITS)
  const guessCode = r.read(CHOICE_BITS)
  const access = accessCode === null ? null : choiceValue(layout.accessIds, accessCode)
  const ownGuess = guessCode === null ? null : choiceValue(layout.rungIds, guessCode)
  if (access === null || ownGuess === null) return null
  if (access !== undefined) answers.access = access as AccessType | 'weet-niet'
  if (ownGuess !== undefined) answers.ownGuess = ownGuess as RungId | 'weet-niet'
  return { answers, session: session >>> 0 }
}

/**
 * Reads the text of a QR code (Base45). Never throws. A code pasted from an e-mail or chat often
 * gains line breaks and spaces around it; Base45 has a space of its own, so the text is read as it is
 * first and only then without them (the checksum tells a right reading from a wrong one).
 */
export function decodeHandinCode(q: Questionnaire, text: unknown): CodeOutcome<HandIn> {
  const exact = decodeExactCode(q, text)
  if (exact.ok || typeof text !== 'string') return exact
  const pasted = text.replace(/[\r\n\t]/g, '').trim()
  return pasted === text ? exact : decodeExactCode(q, pasted)
}

function decodeExactCode(q: Questionnaire, text: unknown): CodeOutcome<HandIn> {
  if (typeof text !== 'string' || text.length === 0 || text.length > MAX_CODE_CHARS) return codeFailure('geen-code')
  const bytes = fromBase45(text)
  return bytes === null ? codeFailure('geen-code') : decodeHandinBytes(q, bytes)
}
