import type { ResultFile } from '../model'

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
