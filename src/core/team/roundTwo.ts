/**
 * A second round in a workshop: the factors the room called "verdeeld" are asked again after the
 * conversation, and the two rounds are shown side by side, so the group sees whether it has moved
 * closer together. The agreed score is offered from round 2.
 */
import type { Answers, Questionnaire } from '../model'
import { aggregateTeam, type Agreement, type TeamSummary } from './aggregate'
import type { Spread } from '../util/stats'

/** Factors whose participants' scores spread so far that the room counts as divided. */
export function dividedFactors(team: TeamSummary): string[] {
  return team.factors.filter((factor) => factor.agreement === 'verdeeld').map((factor) => factor.factorId)
}

export interface RoundPicture {
  /** Participants with a score for this factor. */
  n: number
  median: number | null
  spread: Spread | null
  agreement: Agreement | null
  /** How many factor scores fall nearest to 1, 2, 3, 4 and 5 (index 0 is score 1). */
  histogram: [number, number, number, number, number]
}

export interface RoundComparison {
  factorId: string
  first: RoundPicture
  second: RoundPicture
}

function pictureOf(team: TeamSummary | null, factorId: string): RoundPicture {
  const factor = team?.factors.find((item) => item.factorId === factorId)
  const histogram: RoundPicture['histogram'] = [0, 0, 0, 0, 0]
  for (const value of factor?.values ?? []) {
    const bin = Math.min(5, Math.max(1, Math.round(value))) - 1
    histogram[bin] = (histogram[bin] ?? 0) + 1
  }
  return {
    n: factor?.values.length ?? 0,
    median: factor?.median ?? null,
    spread: factor?.spread ?? null,
    agreement: factor?.agreement ?? null,
    histogram,
  }
}

/** Round 1 against round 2 for each factor asked again, in questionnaire order. */
export function compareRounds(q: Questionnaire, first: TeamSummary | null, secondAnswers: readonly Answers[], askOnly: readonly string[]): RoundComparison[] {
  const second = secondAnswers.length === 0 ? null : aggregateTeam(q, secondAnswers, {})
  return q.factors
    .filter((factor) => askOnly.includes(factor.id))
    .map((factor) => ({ factorId: factor.id, first: pictureOf(first, factor.id), second: pictureOf(second, factor.id) }))
}
