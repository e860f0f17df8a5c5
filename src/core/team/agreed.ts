/** What the group agreed on per factor in the workshop conversation: a score, a note, or both. */
import type { Agreed } from '../model'

/** The scores a room agrees on: whole and half points, 1 to 5 (a median of an even group lands on a half). */
export const agreedLevels: readonly number[] = [1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5]

/** Drops a blank note and a missing score, so "nothing agreed" is always the empty object. */
export function normalizeAgreed(value: Agreed): Agreed {
  return {
    ...(value.score === undefined ? {} : { score: value.score }),
    ...(value.note === undefined || value.note.trim() === '' ? {} : { note: value.note }),
  }
}

export function isAgreedEmpty(value: Agreed): boolean {
  const normal = normalizeAgreed(value)
  return normal.score === undefined && normal.note === undefined
}

/** The agreements with the factor's entry replaced; an empty agreement removes the entry. */
export function withAgreed(agreed: Readonly<Record<string, Agreed>>, factorId: string, value: Agreed): Record<string, Agreed> {
  const next = { ...agreed }
  if (isAgreedEmpty(value)) delete next[factorId]
  else next[factorId] = normalizeAgreed(value)
  return next
}
