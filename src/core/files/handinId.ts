/**
 * The hand-in id: a random number made on the participant's device when she starts a scan, carried in
 * her hand-in code, her short link and her file, so the workshop recognises her second hand-in (by
 * another route, or after changing an answer) as the same participant. It says nothing about her: it
 * is random, made anew for every scan, and whoever holds her file holds the same answers anyway.
 */

/** 48 bits: among a thousand hand-ins the chance that two draw the same id is below one in 500 million. */
export const HANDIN_ID_BITS = 48
const HEX_DIGITS = HANDIN_ID_BITS / 4

export const HANDIN_ID_PATTERN = /^[0-9a-f]{12}$/

/** A fresh id; `random` is replaceable for tests. Never all zeros (0 means "no id" in a code). */
export function newHandinId(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  for (;;) {
    const id = [...random(new Uint8Array(new ArrayBuffer(HEX_DIGITS / 2)))].map((byte) => byte.toString(16).padStart(2, '0')).join('')
    if (/[1-9a-f]/.test(id)) return id
  }
}

/** The id as the number a code carries; 0 for none (or for anything that is not an id). */
export function numberOfHandinId(id: string | undefined): number {
  return id !== undefined && HANDIN_ID_PATTERN.test(id) ? Number.parseInt(id, 16) : 0
}

export function handinIdOfNumber(value: number): string | undefined {
  return value === 0 ? undefined : value.toString(16).padStart(HEX_DIGITS, '0')
}
