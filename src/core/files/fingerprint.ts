/**
 * A fingerprint to notice that the same result was added twice to a workshop or a comparison.
 * Only for de-duplication on this device: it is never written into a file and is no security
 * measure, so a small non-cryptographic hash is enough (and needs no async crypto API).
 */
import type { Answers, ResultFile } from '../model'
import { anonymised, toParticipantResult } from './newResult'

/** Fields that change on every save without changing the content. */
const VOLATILE_KEYS: ReadonlySet<string> = new Set(['savedAt', 'lastStep'])

/** JSON with object keys sorted at every level, so key order in the file does not matter. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`
  if (value !== null && typeof value === 'object') {
    // Keys of one object are unique, so the comparison never needs to return 0.
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/** cyrb53: a fast 53-bit string hash with good spread (public domain, bryc). */
function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed
  let h2 = 0x41c6ce57 ^ seed
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}

/**
 * Stable across saves of the same content: everything except the save time and the step to
 * resume at. Two hashes with different seeds make an accidental collision practically impossible.
 */
export function resultFingerprint(r: ResultFile): string {
  const content = Object.fromEntries(Object.entries(r).filter(([k]) => !VOLATILE_KEYS.has(k)))
  const text = canonicalJson(content)
  return `${cyrb53(text).toString(36)}-${cyrb53(text, 1).toString(36)}-${text.length.toString(36)}`
}

/**
 * The fingerprint of what a participant answered, without their profile and notes (the same
 * anonymising a team file applies): the same scan saved twice, or once as file and once as link,
 * gives the same fingerprint.
 */
export function answersFingerprint(answers: Answers): string {
  return resultFingerprint(toParticipantResult(anonymised(answers), { questionnaireVersion: '', actions: [], savedAt: '' }))
}
