/**
 * What a user types, once, on the way in: every field's limits (the same as the file format's, so
 * nothing saved can fail to open again) and one normalisation every writer (Word, HTML, CSV, codes)
 * can trust. Pure: the components check a field with it before they emit, the stores before they save.
 */
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../resultModel'

export { LONG_TEXT_MAX, SHORT_TEXT_MAX }

/** The number of inhabitants a municipality can have (the file format's range). */
export const INHABITANTS_MIN = 0
export const INHABITANTS_MAX = 10_000_000

/** A scan, workshop or series moment is dated within this window (a date picker accepts a year 20245). */
export const DATE_MIN = '1990-01-01'
export const DATE_MAX = '2100-12-31'

/**
 * Removed from every typed text: control characters other than tab and line breaks, Unicode
 * noncharacters and lone surrogates (a Word file with one will not open), and bidirectional
 * controls (an override in a team name turns the app's own sentence around).
 */
const UNWANTED =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** The text with everything in UNWANTED removed; NFC, so the same word typed twice is the same text. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(UNWANTED, '')
}

export type FieldRefusal = 'te-lang' | 'geen-getal' | 'buiten-bereik' | 'geen-datum'
export type FieldCheck<T> = { ok: true; value: T } | { ok: false; refusal: FieldRefusal }

/** A typed text, cleaned and trimmed; refused when longer than `max` (never cut off unseen). */
export function checkText(typed: string, max: number): FieldCheck<string> {
  const value = cleanText(typed).trim()
  return value.length > max ? { ok: false, refusal: 'te-lang' } : { ok: true, value }
}

/** A whole number within [min, max]; blank is "not given" (undefined). */
export function checkWholeNumber(typed: string, min: number, max: number): FieldCheck<number | undefined> {
  const trimmed = typed.trim()
  if (trimmed === '') return { ok: true, value: undefined }
  if (!/^\d+$/.test(trimmed)) return { ok: false, refusal: 'geen-getal' }
  const value = Number(trimmed)
  return value < min || value > max ? { ok: false, refusal: 'buiten-bereik' } : { ok: true, value }
}

/** An ISO date (YYYY-MM-DD) that exists and lies within the window; blank is "not given". */
export function checkDate(typed: string): FieldCheck<string | undefined> {
  const trimmed = typed.trim()
  if (trimmed === '') return { ok: true, value: undefined }
  const match = /^(\d{4,6})-(\d{2})-(\d{2})$/.exec(trimmed)
  if (!match) return { ok: false, refusal: 'geen-datum' }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return { ok: false, refusal: 'geen-datum' }
  // The window runs from 1 January to 31 December, so the year decides (as a number: "20245" sorts before "2100").
  return year < Number(DATE_MIN.slice(0, 4)) || year > Number(DATE_MAX.slice(0, 4)) ? { ok: false, refusal: 'buiten-bereik' } : { ok: true, value: trimmed }
}

/** A name given by a program, not typed (a dropped file's name): cleaned and cut to fit, never refused. */
export function fittedName(name: string, max: number = SHORT_TEXT_MAX): string {
  const clean = cleanText(name).trim()
  if (clean.length <= max) return clean
  // Cut before a surrogate pair's second half, so the cut leaves no lone surrogate behind.
  const cut = clean.slice(0, max)
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut
}
