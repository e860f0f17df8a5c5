/**
 * Which factors get their "wat werkt" advice in the result: knelpunten, aandachtspunten and every
 * factor the respondent or team marked "belangrijk voor ons". Not only knelpunten: an
 * aandachtspunt is where a factor can still tip, and the team's own weighting counts because most
 * studies give no ranking of the factors (002 l. 154–158).
 */
import type { FactorScore, FactorStatus } from './scoring'

export type AdviceReason = 'knelpunt' | 'aandachtspunt' | 'belangrijk'

export interface AdviceItem {
  factorId: string
  score: number | null
  status: FactorStatus
  /** Why the advice is shown; a knelpunt or aandachtspunt that is also marked important says so in `important`. */
  reason: AdviceReason
  important: boolean
}

const order: Record<AdviceReason, number> = { knelpunt: 0, aandachtspunt: 1, belangrijk: 2 }

function reasonOf(f: FactorScore): AdviceReason | null {
  if (f.status === 'knelpunt' || f.status === 'aandachtspunt') return f.status
  return f.important ? 'belangrijk' : null
}

/** Knelpunten first, then aandachtspunten, then other factors marked important; lowest score first within each. */
export function adviceItems(factorScores: readonly FactorScore[]): AdviceItem[] {
  return factorScores
    .filter((f) => f.status !== 'buiten-scope')
    .flatMap((f): AdviceItem[] => {
      const reason = reasonOf(f)
      return reason === null ? [] : [{ factorId: f.factorId, score: f.score, status: f.status, reason, important: f.important }]
    })
    .sort((a, b) => order[a.reason] - order[b.reason] || (a.score ?? 6) - (b.score ?? 6))
}
