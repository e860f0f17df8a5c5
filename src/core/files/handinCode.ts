/**
 * The compact hand-in code: one participant's answers, markers, ladder and organisation answers, role
 * and role group and her hand-in id, packed in bits (handinBody.ts) with the questionnaire's layout
 * hash, the workshop session's fingerprint and a CRC-32. Never a name, a free-text note or an action:
 * those stay on the participant's device unless she sends her file. Base45 text of it fits a QR code's
 * alphanumeric mode; base64url of it makes a short link. Codes of format 1, and codes made with an
 * earlier questionnaire version (legacyLayouts.ts), keep opening.
 */
import type { Answers, Questionnaire } from '../model'
import { BitReader, BitWriter, fromBase45, toBase45 } from './bits'
import { CODE_FORMAT_VERSION, codeFailure, codeLayout, layoutForHash, openCode, sealCode, type CodeLayout, type CodeOutcome } from './codeLayout'
import { readBody, writeBody, type HandIn } from './handinBody'

export type { HandIn } from './handinBody'

/** No workshop session: a code made outside a workshop (a share link, a hand-in without invitation). */
export const NO_SESSION = 0

/** Longest text we try to read as a code: far above a real one, small enough to reject at once. */
export const MAX_CODE_CHARS = 2000

/** The packed bytes (format 2), sealed with magic, version and CRC-32. */
export function encodeHandinBytes(q: Questionnaire, answers: Answers, session: number = NO_SESSION): Uint8Array {
  return encodeWithLayout(codeLayout(q), answers, session)
}

/** The same with a given layout: an earlier questionnaire's, for tests of codes made before the content moved on. */
export function encodeWithLayout(layout: CodeLayout, answers: Answers, session: number): Uint8Array {
  const w = new BitWriter()
  w.write(layout.handinHash, 32)
  writeBody(layout, answers, session, w)
  return sealCode('inlevering', w.toBytes(), CODE_FORMAT_VERSION)
}

/** The text in the participant's QR code: Base45, QR alphanumeric mode. */
export function encodeHandinCode(q: Questionnaire, answers: Answers, session: number = NO_SESSION): string {
  return toBase45(encodeHandinBytes(q, answers, session))
}

/** Reads packed bytes of either format. Never throws: anything but an intact code of a known questionnaire is refused. */
export function decodeHandinBytes(q: Questionnaire, bytes: Uint8Array): CodeOutcome<HandIn> {
  try {
    const opened = openCode(bytes, 'inlevering')
    if (!opened.ok) return opened
    const { body, version } = opened.value
    const r = new BitReader(body)
    const hash = r.read(32)
    if (hash === null) return codeFailure('beschadigd')
    // Format 1 carried the hash of the lists it knew; format 2 the hash that covers its additions too.
    const layout = layoutForHash(q, hash, version === 1 ? 'hash' : 'handinHash')
    if (layout === undefined) return codeFailure('andere-vragenlijst')
    const read = readBody(layout, r, version)
    return read === null || !r.atCleanEnd() ? codeFailure('beschadigd') : { ok: true, value: { ...read, questionnaireVersion: layout.questionnaireVersion } }
  } catch {
    return codeFailure('beschadigd')
  }
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
