import type { ResultFile } from '../model'
import type { ResultSummary } from '../scan/summary'

export type Side = 'a' | 'b'

/** One side of a comparison: a result under the name it was chosen by, with its summary. */
export interface CompareSide {
  name: string
  result: ResultFile
  summary: ResultSummary
}

function dayOf(result: ResultFile): string {
  return result.profile.date ?? result.savedAt.slice(0, 10)
}

/**
 * The same team (same team name and municipality) at two different dates: the comparison then
 * shows development over time rather than two teams.
 */
export function isSameTeamTwoMoments(a: ResultFile, b: ResultFile): boolean {
  const sameName = (x?: string, y?: string) => (x ?? '').trim().toLowerCase() === (y ?? '').trim().toLowerCase()
  const named = (a.profile.team ?? '').trim() !== ''
  return named && sameName(a.profile.team, b.profile.team) && sameName(a.profile.municipality, b.profile.municipality) && dayOf(a) !== dayOf(b)
}

/** Older first, so a development reads from then to now. */
export function olderFirst<T extends { result: ResultFile }>(x: T, y: T): [T, T] {
  return dayOf(x.result) <= dayOf(y.result) ? [x, y] : [y, x]
}

/**
 * What a side of a comparison is called: its team (else its municipality, else the name it was
 * opened under) and its date. A file name says little on a slide or on paper; a team and a date do.
 */
export function sideLabel(result: ResultFile, fallback: string): { name: string; date: string | null } {
  const team = result.profile.team?.trim() || result.profile.municipality?.trim()
  const day = dayOf(result)
  return { name: team || fallback, date: /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null }
}
