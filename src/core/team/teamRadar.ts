/**
 * Radar data for a team (median with its spread as a band) and for two results side by side.
 */
import type { Questionnaire } from '../model'
import { questionnaireIndex } from '../util/lookups'
import type { TeamSummary } from './aggregate'
import type { FactorScore } from '../scan/scoring'
import type { RadarData } from '../scan/radar'

export interface TeamRadarLabels {
  caption: string
  median: string
  band: string
}

/** The team's median per factor, with the lowest to highest participant score as a band. */
export function teamRadar(q: Questionnaire, team: TeamSummary, labels: TeamRadarLabels): RadarData {
  const { factorTitle, themeTitle } = questionnaireIndex(q)
  const shown = team.factors.filter((factor) => factor.spread !== null || factor.median !== null)
  return {
    caption: labels.caption,
    labels: shown.map((factor) => factorTitle(factor.factorId)),
    groups: shown.map((factor) => themeTitle(factor.themeId)),
    series: [{ label: labels.median, values: shown.map((factor) => factor.median), variant: 'a' }],
    band: {
      label: labels.band,
      low: shown.map((factor) => factor.spread?.min ?? null),
      high: shown.map((factor) => factor.spread?.max ?? null),
    },
  }
}

/** Two results on one radar, over the factors either of them scored. */
export function comparisonRadar(
  q: Questionnaire,
  a: readonly FactorScore[],
  b: readonly FactorScore[],
  names: { caption: string; a: string; b: string },
): RadarData {
  const ids = q.factors
    .map((factor) => factor.id)
    .filter((id) => [...a, ...b].some((score) => score.factorId === id && score.status !== 'buiten-scope'))
  const scoreIn = (scores: readonly FactorScore[], id: string) => scores.find((score) => score.factorId === id)?.score ?? null
  const { factorById, factorTitle, themeTitle } = questionnaireIndex(q)
  return {
    caption: names.caption,
    labels: ids.map(factorTitle),
    groups: ids.map((id) => themeTitle(factorById(id)?.themeId ?? '')),
    series: [
      { label: names.a, values: ids.map((id) => scoreIn(a, id)), variant: 'a' },
      { label: names.b, values: ids.map((id) => scoreIn(b, id)), variant: 'b' },
    ],
  }
}
