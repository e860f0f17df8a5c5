/**
 * Two results side by side: two teams, or the same team at two moments. Differences are b − a, so
 * with "before" as a and "after" as b a positive difference is an improvement.
 */
import type { Questionnaire } from '../model'
import type { LadderPlacement } from '../scan/ladder'
import type { FactorScore, FactorStatus } from '../scan/scoring'
import type { ResultSummary } from '../scan/summary'
import { factorsChangedBetween } from './versions'

export interface FactorComparison {
  factorId: string
  a: number | null
  b: number | null
  statusA: FactorStatus | null
  statusB: FactorStatus | null
  /** b − a; null when either side has no score. */
  difference: number | null
}

export interface ThemeComparison {
  id: string
  a: number | null
  b: number | null
  difference: number | null
}

export interface Comparison {
  /** Largest |difference| first, factors without a difference last. */
  factors: FactorComparison[]
  /** Knelpunt in both. */
  sharedKnelpunten: string[]
  /** Succesfactor in A while B scores it as knelpunt or aandachtspunt: B can learn from A. */
  learnFromA: string[]
  /** Vice versa. */
  learnFromB: string[]
  ladder: { a: LadderPlacement; b: LadderPlacement }
  themes: ThemeComparison[]
  /**
   * Factors whose statements differ between the two sides' questionnaire versions: their scores are
   * shown, but no difference is computed, since unlike is not compared with unlike (issue #26).
   */
  notComparable: string[]
}

function difference(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : b - a
}

function byLargestDifference(x: { difference: number | null }, y: { difference: number | null }): number {
  if (x.difference === null || y.difference === null) return (x.difference === null ? 1 : 0) - (y.difference === null ? 1 : 0)
  return Math.abs(y.difference) - Math.abs(x.difference)
}

const isLow = (status: FactorStatus | null): boolean => status === 'knelpunt' || status === 'aandachtspunt'

/** `versions`: the questionnaire versions the two results were made with, when known. */
export function compareResults(q: Questionnaire, a: ResultSummary, b: ResultSummary, versions?: { a: string; b: string }): Comparison {
  const notComparable = versions ? factorsChangedBetween(q, versions.a, versions.b) : []
  const byIdA = new Map<string, FactorScore>(a.factors.map((f) => [f.factorId, f]))
  const byIdB = new Map<string, FactorScore>(b.factors.map((f) => [f.factorId, f]))
  const factors: FactorComparison[] = q.factors
    .filter((f) => byIdA.has(f.id) || byIdB.has(f.id))
    .map((f) => {
      const fa = byIdA.get(f.id)
      const fb = byIdB.get(f.id)
      const scoreA = fa?.score ?? null
      const scoreB = fb?.score ?? null
      return {
        factorId: f.id,
        a: scoreA,
        b: scoreB,
        statusA: fa?.status ?? null,
        statusB: fb?.status ?? null,
        difference: notComparable.includes(f.id) ? null : difference(scoreA, scoreB),
      }
    })
  const ids = (keep: (f: FactorComparison) => boolean): string[] =>
    factors.filter((f) => !notComparable.includes(f.factorId) && keep(f)).map((f) => f.factorId)

  const themesA = new Map(a.themes.map((t) => [t.id, t.score]))
  const themesB = new Map(b.themes.map((t) => [t.id, t.score]))
  const themeOrder = [...new Set([...q.themes.map((t) => t.id), ...themesA.keys(), ...themesB.keys()])]
  const themes = themeOrder
    .filter((id) => themesA.has(id) || themesB.has(id))
    .map((id) => {
      const scoreA = themesA.get(id) ?? null
      const scoreB = themesB.get(id) ?? null
      return { id, a: scoreA, b: scoreB, difference: difference(scoreA, scoreB) }
    })

  return {
    sharedKnelpunten: ids((f) => f.statusA === 'knelpunt' && f.statusB === 'knelpunt'),
    learnFromA: ids((f) => f.statusA === 'succesfactor' && isLow(f.statusB)),
    learnFromB: ids((f) => f.statusB === 'succesfactor' && isLow(f.statusA)),
    factors: [...factors].sort(byLargestDifference),
    ladder: { a: a.ladder, b: b.ladder },
    themes,
    notComparable,
  }
}
