/**
 * The client-perspective module (Movisie 2018) beside the Inspectie's themes: how the respondent
 * scores the client's experience against the mean of the other themes.
 */
import { mean } from '../util/stats'
import { CLIENT_THEME } from './scope'
import type { FactorScore, GroupScore } from './scoring'

export interface ClientPerspective {
  /** The client factors in the scan, in questionnaire order; empty when the module was left out. */
  factors: FactorScore[]
  /** Mean of the scored Inspectie themes (every theme but the client module). */
  inspectieMean: number | null
  /** The client theme's own score. */
  clientMean: number | null
}

export function clientPerspective(summary: { themes: readonly GroupScore[]; factors: readonly FactorScore[] }): ClientPerspective {
  const otherThemes = summary.themes.filter((theme) => theme.id !== CLIENT_THEME)
  return {
    factors: summary.factors.filter((factor) => factor.themeId === CLIENT_THEME),
    inspectieMean: mean(otherThemes.flatMap((theme) => (theme.score === null ? [] : [theme.score]))),
    clientMean: summary.themes.find((theme) => theme.id === CLIENT_THEME)?.score ?? null,
  }
}
