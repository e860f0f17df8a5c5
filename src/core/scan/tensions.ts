/**
 * Tensions the Inspectie names between factors (002 l. 158–180, 2285–2310), e.g. room for the
 * professional vs strong steering on results. A tension is worth discussing when one side of the
 * pair scores clearly higher than the other: the team may be buying one at the cost of the other.
 */
import type { Questionnaire, Tension } from '../model'
import type { FactorScore } from './scoring'
import { atLeast } from '../util/stats'

/**
 * Minimum score difference (1–5 scale) to flag a tension: one and a half scale points, i.e. more
 * than one answer category apart, so a difference between "neutraal" and "eens" alone does not flag.
 */
export const TENSION_GAP = 1.5

export interface FlaggedTension {
  tension: Tension
  scoreA: number
  scoreB: number
  /** |scoreA − scoreB|. */
  gap: number
  /** Which side of the pair scores higher. */
  higher: 'A' | 'B'
}

/** Flagged tensions, largest gap first (questionnaire order for equal gaps). */
export function detectTensions(q: Questionnaire, factorScores: readonly FactorScore[]): FlaggedTension[] {
  const scores = new Map(factorScores.map((f) => [f.factorId, f.score]))
  const flagged: FlaggedTension[] = []
  for (const tension of q.tensions) {
    const scoreA = scores.get(tension.factorA) ?? null
    const scoreB = scores.get(tension.factorB) ?? null
    if (scoreA === null || scoreB === null) continue
    const gap = Math.abs(scoreA - scoreB)
    if (!atLeast(gap, TENSION_GAP)) continue
    flagged.push({ tension, scoreA, scoreB, gap, higher: scoreA > scoreB ? 'A' : 'B' })
  }
  return flagged.sort((x, y) => y.gap - x.gap)
}
