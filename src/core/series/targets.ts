/**
 * Targets per factor and the priority list that follows from them. A team sets the level it wants
 * to reach per factor (1–5); the gap between score and target, together with the team's own
 * "belangrijk voor ons" mark, decides what to work on first. The literature does not rank the
 * factors (002 l. 154–157), so the ranking is the team's own: its targets and its marks.
 */
import type { Questionnaire } from '../model'
import type { RadarData } from '../scan/radar'
import type { FactorScore, PriorityReason } from '../scan/scoring'
import { priorities } from '../scan/scoring'
import { factorTitle, themeTitle } from '../util/lookups'
import { ownValue } from '../util/records'
import { SCORE_EPSILON } from '../util/stats'

/** factor id → target level on the 1–5 scale. */
export type Targets = Readonly<Record<string, number>>

/** A factor marked "belangrijk voor ons" counts its gap this many times. */
export const IMPORTANT_WEIGHT = 2

export type TargetReason = 'doel-en-belangrijk' | 'doel' | PriorityReason

export interface TargetPriority {
  factorId: string
  score: number | null
  target: number | null
  /** target − score, only when both are known and the score is below the target. */
  gap: number | null
  important: boolean
  /** gap × IMPORTANT_WEIGHT when important, else gap; 0 for factors without a target. */
  weight: number
  reason: TargetReason
}

export function targetFor(targets: Targets, factorId: string): number | null {
  const value = ownValue(targets, factorId)
  return typeof value === 'number' ? value : null
}

/** True when the factor has a target and a score at or above it. */
export function targetReached(score: number | null, target: number | null): boolean {
  return score !== null && target !== null && score >= target - SCORE_EPSILON
}

/**
 * What to work on first, with targets: factors that score below their target, largest weighted gap
 * first (ties: the marked factor, then the lower score, then questionnaire order); then the factors
 * without a target that the plain priority rule lists (marked, or a knelpunt). Factors that reached
 * their target, and factors out of scope, are not on the list.
 */
export function targetPriorities(factors: readonly FactorScore[], targets: Targets): TargetPriority[] {
  const inScope = factors.filter((f) => f.status !== 'buiten-scope')
  const withGap: TargetPriority[] = []
  for (const f of inScope) {
    const target = targetFor(targets, f.factorId)
    if (target === null || f.score === null || targetReached(f.score, target)) continue
    const gap = target - f.score
    withGap.push({
      factorId: f.factorId,
      score: f.score,
      target,
      gap,
      important: f.important,
      weight: gap * (f.important ? IMPORTANT_WEIGHT : 1),
      reason: f.important ? 'doel-en-belangrijk' : 'doel',
    })
  }
  withGap.sort(
    (a, b) =>
      b.weight - a.weight || Number(b.important) - Number(a.important) || (a.score as number) - (b.score as number),
  )
  const untargeted = inScope.filter((f) => targetFor(targets, f.factorId) === null)
  const rest: TargetPriority[] = priorities(untargeted).map((p) => ({
    factorId: p.factorId,
    score: p.score,
    target: null,
    gap: null,
    important: p.reason !== 'knelpunt',
    weight: 0,
    reason: p.reason,
  }))
  return [...withGap, ...rest]
}

/** The scores and, as a second ring, the targets, over the factors in scope. */
export function targetRadar(
  q: Questionnaire,
  factors: readonly FactorScore[],
  targets: Targets,
  labels: { caption: string; score: string; target: string },
): RadarData {
  const shown = factors.filter((f) => f.status !== 'buiten-scope')
  return {
    caption: labels.caption,
    labels: shown.map((f) => factorTitle(q, f.factorId)),
    groups: shown.map((f) => themeTitle(q, f.themeId)),
    series: [
      { label: labels.score, values: shown.map((f) => f.score), variant: 'a' },
      { label: labels.target, values: shown.map((f) => targetFor(targets, f.factorId)), variant: 'b' },
    ],
  }
}
