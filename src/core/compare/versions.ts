/**
 * Like with like across questionnaire versions: which factors ask other statements in one version
 * than in another. A comparison or series whose results were made with different versions compares
 * those factors' scores only with that said (src/content/statementHistory.ts holds the mapping).
 */
import type { Questionnaire } from '../model'

/** The statement ids per factor that `version` asked; null for a version this questionnaire has no record of. */
export function statementIdsOf(q: Questionnaire, version: string): Record<string, readonly string[]> | null {
  if (version === q.version) return Object.fromEntries(q.factors.map((f) => [f.id, f.statements.map((s) => s.id)]))
  return q.statementHistory.find((entry) => entry.version === version)?.statementIds ?? null
}

/**
 * Factor ids (in questionnaire order) whose statements differ between the two versions: added,
 * dropped or reworded under a new id. Empty for equal versions, and for a version without a record
 * (nothing is known to differ).
 */
export function factorsChangedBetween(q: Questionnaire, a: string, b: string): string[] {
  if (a === b) return []
  const idsA = statementIdsOf(q, a)
  const idsB = statementIdsOf(q, b)
  if (idsA === null || idsB === null) return []
  const same = (x: readonly string[] = [], y: readonly string[] = []) => x.length === y.length && x.every((id) => y.includes(id))
  return q.factors.filter((f) => !same(idsA[f.id], idsB[f.id])).map((f) => f.id)
}

/** Factors changed between any two of the versions, in questionnaire order. */
export function factorsChangedAcross(q: Questionnaire, versions: readonly string[]): string[] {
  const changed = new Set(versions.flatMap((a) => versions.flatMap((b) => factorsChangedBetween(q, a, b))))
  return q.factors.filter((f) => changed.has(f.id)).map((f) => f.id)
}
