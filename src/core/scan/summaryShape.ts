/**
 * The shape of a result summary and how it is put together from factor scores. Shared by the
 * participant summary (summary.ts) and the team summary (aggregate.ts); a separate file so that
 * neither of those has to import the other.
 */
import type { Questionnaire } from '../model'
import type { LadderPlacement } from './ladder'
import type { Completeness, FactorScore, GroupScore, Priority } from './scoring'
import { groupScores, knelpunten, priorities, strongest, unknownHotspots } from './scoring'
import type { TensionRow } from './tensions'
import type { AdviceItem } from './advice'
import { adviceItems } from './advice'
import { orderTensions } from './tensions'

export interface ResultSummary {
  factors: FactorScore[]
  themes: GroupScore[]
  levels: GroupScore[]
  completeness: Completeness
  ladder: LadderPlacement
  priorities: Priority[]
  strongest: FactorScore[]
  knelpunten: FactorScore[]
  /** Factors whose "wat werkt" the result shows: knelpunten, aandachtspunten and factors marked important. */
  advice: AdviceItem[]
  /** Every tension the sources name, largest score gap first: always all of them. */
  tensions: TensionRow[]
  unknownHotspots: FactorScore[]
}

export function composeSummary(
  q: Questionnaire,
  factors: FactorScore[],
  completeness: Completeness,
  ladder: LadderPlacement,
): ResultSummary {
  return {
    factors,
    themes: groupScores(q, factors, 'theme'),
    levels: groupScores(q, factors, 'level'),
    completeness,
    ladder,
    priorities: priorities(factors),
    strongest: strongest(factors),
    knelpunten: knelpunten(factors),
    advice: adviceItems(factors),
    tensions: orderTensions(q, factors),
    unknownHotspots: unknownHotspots(factors),
  }
}
