import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseResultFile } from '../../../src/core/files/fileFormat'
import type { ParticipantResult } from '../../../src/core/model'

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures')

export function participantFiles(prefix: string): string[] {
  const folder = join(FIXTURES, 'participants')
  return readdirSync(folder)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.json'))
    .sort()
    .map((name) => join(folder, name))
}

export function readParticipant(path: string): ParticipantResult {
  const outcome = parseResultFile(readFileSync(path, 'utf8'))
  if (!outcome.ok || outcome.result.kind !== 'deelnemer') throw new Error(`${path} is not a participant file`)
  return outcome.result
}

/**
 * `count` different participants made from one: five answers spell the index in base 5, so none
 * is a duplicate of another (up to 3,125), as in a real room where answers differ.
 */
export function variedParticipants(base: ParticipantResult, count: number): ParticipantResult[] {
  const ids = Object.keys(base.answers)
  return Array.from({ length: count }, (_, index) => {
    const answers = { ...base.answers }
    for (let digit = 0, rest = index; digit < 5; digit += 1, rest = Math.floor(rest / 5)) answers[ids[digit]!] = ((rest % 5) + 1) as 1
    return { ...base, answers, profile: {} }
  })
}

/** Writes a file for one test into a fresh temporary folder and returns its path. */
export function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'integraalscan-')), name)
  writeFileSync(path, content)
  return path
}

export const dutch = (value: number | null) =>
  value === null ? '–' : value.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 })

/** A difference as the app writes it: "+1,5", "−0,5" with a real minus sign. */
export const signedDutch = (value: number | null) =>
  value === null ? '–' : `${value > 0 ? '+' : value < 0 ? '−' : ''}${dutch(Math.abs(value))}`
