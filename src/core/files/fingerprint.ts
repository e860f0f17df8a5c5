/**
 * A fingerprint to notice that the same result was added twice to a workshop or a comparison.
 * Only for de-duplication on this device: it is never written into a file and is no security
 * measure, so a small non-cryptographic hash is enough (and needs no async crypto API).
 */
import type { Answers, ResultFile } from '../model'
import { anonymised, toParticipantResult } from './newResult'

/** Fields that change on every save without changing the content. */
const VOLATILE_KEYS: ReadonlySet<string> = new Set(['savedAt', 'lastStep'])

/**
 * JSON with object keys sorted at every level, so key order in the file does not matter.
 * Built by appending to one string (no entry arrays, no joins): a workshop fingerprints every
 * participant it adds, a thousand at a time.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    let out = '['
    for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + canonicalJson(value[i])
    return `${out}]`
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>
    // Keys of one object are unique, so the default (code unit) order is a total order.
    const keys = Object.keys(record).sort()
    let out = '{'
    let first = true
    for (const key of keys) {
      const item = record[key]
      if (item === undefined) continue
      out += `${first ? '' : ','}${JSON.stringify(key)}:${canonicalJson(item)}`
      first = false
    }
    return `${out}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/** The end of cyrb53: mixes its two 32-bit lanes into one 53-bit number. */
function finish53(h1: number, h2: number): number {
  const a = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  const b = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909)
  return 4294967296 * (2097151 & b) + (a >>> 0)
}

/**
 * cyrb53 (a fast 53-bit string hash with good spread; public domain, bryc) with seeds 0 and 1,
 * in one pass over the text: the same two numbers as two separate runs, at about half the cost.
 */
function cyrb53Twice(text: string): [number, number] {
  let a1 = 0xdeadbeef
  let a2 = 0x41c6ce57
  let b1 = 0xdeadbeef ^ 1
  let b2 = 0x41c6ce57 ^ 1
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    a1 = Math.imul(a1 ^ ch, 2654435761)
    a2 = Math.imul(a2 ^ ch, 1597334677)
    b1 = Math.imul(b1 ^ ch, 2654435761)
    b2 = Math.imul(b2 ^ ch, 1597334677)
  }
  return [finish53(a1, a2), finish53(b1, b2)]
}

/**
 * Stable across saves of the same content: everything except the save time and the step to
 * resume at. Two hashes with different seeds make an accidental collision practically impossible.
 */
export function resultFingerprint(r: ResultFile): string {
  const content = Object.fromEntries(Object.entries(r).filter(([k]) => !VOLATILE_KEYS.has(k)))
  const text = canonicalJson(content)
  const [first, second] = cyrb53Twice(text)
  return `${first.toString(36)}-${second.toString(36)}-${text.length.toString(36)}`
}

/**
 * The fingerprint of what a participant answered, without their profile and notes (the same
 * anonymising a team file applies) and without the hand-in id: the same scan saved twice, or once as
 * file and once as link, gives the same fingerprint, with or without an id.
 */
export function answersFingerprint(answers: Answers): string {
  const content: Answers = { ...anonymised(answers) }
  delete content.handinId
  return resultFingerprint(toParticipantResult(content, { questionnaireVersion: '', actions: [], savedAt: '' }))
}
