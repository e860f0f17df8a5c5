/**
 * Where the ladder answers and the factor scores do not sit together easily, e.g. "één gezamenlijk
 * klantdossier" answered ja while the ICT factor is a knelpunt. The pairs are content
 * (src/content/contradictions.ts); this is only the check. A contradiction is a point for
 * discussion, not an error: both answers are self-reports and either may be the better picture.
 */
import type { Questionnaire } from '../model'
import type { IndicatorState, LadderPlacement } from './ladder'
import type { FactorScore, FactorStatus } from './scoring'

export interface Contradiction {
  pairId: string
  indicatorId: string
  indicatorState: Exclude<IndicatorState, 'onbekend'>
  factorId: string
  factorStatus: FactorStatus
  score: number | null
}

export function detectContradictions(
  q: Questionnaire,
  placement: Pick<LadderPlacement, 'perRung'>,
  factors: readonly FactorScore[],
): Contradiction[] {
  const states = new Map(placement.perRung.flatMap((r) => r.indicators.map((i) => [i.id, i.state] as const)))
  const scores = new Map(factors.map((f) => [f.factorId, f]))
  const found: Contradiction[] = []
  for (const pair of q.contradictions) {
    const state = states.get(pair.indicatorId)
    const factor = scores.get(pair.factorId)
    if (state === undefined || state === 'onbekend' || factor === undefined) continue
    if (!pair.indicatorAnswers.includes(state)) continue
    if (!(pair.factorStatuses as readonly FactorStatus[]).includes(factor.status)) continue
    found.push({ pairId: pair.id, indicatorId: pair.indicatorId, indicatorState: state, factorId: pair.factorId, factorStatus: factor.status, score: factor.score })
  }
  return found
}
