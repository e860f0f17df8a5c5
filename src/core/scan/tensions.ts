/**
 * Tensions the sources name (002 l. 158–180, 2285–2310; 000 and 004, see the content file), e.g.
 * room for the professional vs strong steering on results. The Inspectie presents them as inherent
 * ("niet altijd eenvoudig om de juiste balans te vinden", 002 l. 160): they exist whether or not a
 * team's scores diverge. So every tension is always listed; the score gap between the two factors
 * of a pair only orders the list and marks the pairs that diverge clearly.
 */
import type { Questionnaire, Tension } from '../model'
import type { FactorScore } from './scoring'
import { atLeast } from '../util/stats'

/**
 * Score difference (1–5 scale) from which a pair counts as clearly diverging: one and a half scale
 * points, i.e. more than one answer category apart, so "klopt voor een deel" next to "klopt
 * grotendeels" alone is not marked.
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

/** One tension in the ordered list: always present, with the scores of its pair where both are known. */
export interface TensionRow {
  tension: Tension
  scoreA: number | null
  scoreB: number | null
  /**
   * |scoreA − scoreB|, or null when either side has no score (not asked, out of scope, all unknown)
   * or when the pair does not measure the tension's two sides (`measured` false).
   */
  gap: number | null
  /** Whether the two factors' scores measure the tension's two sides (content: `measured`). */
  measured: boolean
  /** Which side scores higher; null without a gap or when both are equal. */
  higher: 'A' | 'B' | null
  /** The gap is at least TENSION_GAP: one side may be bought at the cost of the other. */
  diverging: boolean
}

function scoreMap(factorScores: readonly FactorScore[]): Map<string, number | null> {
  return new Map(factorScores.map((f) => [f.factorId, f.score]))
}

/** Tensions whose two factor scores diverge clearly, largest gap first (questionnaire order for equal gaps). */
export function detectTensions(q: Questionnaire, factorScores: readonly FactorScore[]): FlaggedTension[] {
  return orderTensions(q, factorScores).flatMap((row) =>
    row.diverging && row.scoreA !== null && row.scoreB !== null && row.gap !== null && row.higher !== null
      ? [{ tension: row.tension, scoreA: row.scoreA, scoreB: row.scoreB, gap: row.gap, higher: row.higher }]
      : [],
  )
}

/**
 * Every tension of the questionnaire, ordered for the conversation: largest gap first, then the
 * tensions without a gap (one side unscored), then the pairs whose scores do not measure the
 * tension's sides: ordering those by a gap would rank them by something unrelated (content review 2
 * on eigen regie × informatie delen and inwoner centraal × regie). Each group in questionnaire order.
 */
export function orderTensions(q: Questionnaire, factorScores: readonly FactorScore[]): TensionRow[] {
  const scores = scoreMap(factorScores)
  const rows = q.tensions.map((tension): TensionRow => {
    const scoreA = scores.get(tension.factorA) ?? null
    const scoreB = scores.get(tension.factorB) ?? null
    const measured = tension.measured !== false
    if (!measured || scoreA === null || scoreB === null) return { tension, scoreA, scoreB, gap: null, measured, higher: null, diverging: false }
    const gap = Math.abs(scoreA - scoreB)
    const higher = scoreA === scoreB ? null : scoreA > scoreB ? 'A' : 'B'
    return { tension, scoreA, scoreB, gap, measured, higher, diverging: atLeast(gap, TENSION_GAP) }
  })
  // Array.prototype.sort is stable, so equal keys keep questionnaire order.
  const rank = (row: TensionRow): number => (row.gap ?? (row.measured ? -1 : -2))
  return rows.sort((x, y) => rank(y) - rank(x))
}
