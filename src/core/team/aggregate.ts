/**
 * The team's combined picture in a workshop: each participant scores alone, then the group looks
 * at medians and at where they disagree. Participants are anonymous here: nothing below refers to
 * a participant's profile. Linear in the number of participants (plus one sort per item).
 */
import type { Agreed, Answers, LadderAnswer, Questionnaire, SteeringLevel, ThemeId } from '../model'
import { accessTypeIds, rungIds } from '../model'
import { composeSummary } from '../scan/summaryShape'
import type { ResultSummary } from '../scan/summaryShape'
import { placeOnLadder } from '../scan/ladder'
import { summarizeOrganisation } from '../scan/organisation'
import type { LadderPlacement } from '../scan/ladder'
import { ownValue, required } from '../util/records'
import { statusFor } from '../scan/scoring'
import type { FactorScore, FactorStatus } from '../scan/scoring'
import { tallyTeam } from './teamTally'
import type { LadderCountKey, PlacementKey, TeamTally } from './teamTally'
import { atLeast, iqr, medianOfSorted, range, sortedCopy, spreadOfSorted } from '../util/stats'
import type { Spread } from '../util/stats'
import { agreementOf, agreementOfCounts, countsOf } from './agreement'
import type { Agreement, ScoreCounts } from './agreement'

/**
 * The team's answer per ladder indicator, from the median of the evidence values of the
 * participants who know (ja 1, deels 0.5, nee 0): median ≥ 0.75 → ja, ≥ 0.25 → deels, else nee.
 * The cut points lie halfway between the answer values, so a median is mapped to the nearest answer.
 * "Weet ik niet" and no answer are missing knowledge, not "nee" (as in the ladder rule): when more
 * participants do not know than know, the team's answer is "weet ik niet".
 */
export const TEAM_LADDER_JA = 0.75
export const TEAM_LADDER_DEELS = 0.25

/** A factor counts as "belangrijk" for the team when at least half of those who had it in their scan marked it. */
export const TEAM_IMPORTANT_SHARE = 0.5

export type { Agreement, ScoreCounts } from './agreement'

export interface StatementAggregate {
  factorId: string
  median: number | null
  spread: Spread | null
  agreement: Agreement | null
  /** Number of "weet ik niet" answers. */
  unknown: number
}

export interface StatementCounts {
  counts: ScoreCounts
  /** Answers more than one point from the statement's median. */
  far: number
}

export interface FactorAggregate {
  factorId: string
  themeId: ThemeId
  steeringLevel: SteeringLevel
  /** Median of the participants' factor scores. */
  median: number | null
  spread: Spread | null
  agreement: Agreement | null
  /** Total "weet ik niet" answers over all participants. */
  unknown: number
  /** The individual factor scores, ascending. */
  values: number[]
  /** Participants per whole scale point, each factor score rounded (see scalePoint). */
  counts: ScoreCounts
  /** Participants more than one point from the median (the agreement rule's count). */
  far: number
  /** "Weet ik niet" as a share of all answers to the factor's statements. */
  unknownShare: number
  agreedScore?: number
  /** agreedScore ?? median. */
  score: number | null
  status: FactorStatus
}

export type { LadderCountKey, PlacementKey } from './teamTally'

export interface IndicatorAggregate {
  /** Median evidence value (0..1) of those who know; null when nobody does. */
  median: number | null
  /** The team's answer derived from the median (see TEAM_LADDER_JA), or weet-niet when most do not know. */
  answer: LadderAnswer
  counts: Record<LadderCountKey, number>
}

export interface TeamSummary {
  participantCount: number
  /** Per statement id asked to at least one participant. */
  statements: Record<string, StatementAggregate>
  /** Per statement id: answers per scale point and how many sit far from the median. */
  statementCounts: Record<string, StatementCounts>
  factors: FactorAggregate[]
  /** Per ladder indicator id. */
  ladderIndicators: Record<string, IndicatorAggregate>
  /** How many participants are placed on each rung individually, or not yet known. */
  placements: Record<PlacementKey, number>
  /** The team's placement, from the team answers per indicator. */
  placement: LadderPlacement
  /** Factor ids with numeric data, most disagreement first (share far from the median, then IQR, then range). */
  agenda: string[]
  summary: ResultSummary
}

/** Most frequent value; ties go to the earlier one in `order`. */
function mostCommon<T extends string>(values: readonly (T | undefined)[], order: readonly T[]): T | undefined {
  let best: T | undefined
  let bestCount = 0
  for (const candidate of order) {
    const count = values.filter((v) => v === candidate).length
    if (count > bestCount) [best, bestCount] = [candidate, count]
  }
  return best
}

function farShare(factor: FactorAggregate): number {
  return factor.values.length === 0 ? 0 : factor.far / factor.values.length
}

function teamAnswer(medianValue: number | null, known: number, participants: number): IndicatorAggregate['answer'] {
  if (medianValue === null || participants - known > known) return 'weet-niet'
  if (atLeast(medianValue, TEAM_LADDER_JA)) return 'ja'
  return atLeast(medianValue, TEAM_LADDER_DEELS) ? 'deels' : 'nee'
}

/** Whole-point answers as an ascending list, for the spread (at most a few thousand numbers). */
function expand(counts: ScoreCounts): number[] {
  const sorted: number[] = []
  counts.forEach((count, index) => {
    for (let k = 0; k < count; k += 1) sorted.push(index + 1)
  })
  return sorted
}

function statementAggregates(q: Questionnaire, tally: TeamTally): Pick<TeamSummary, 'statements' | 'statementCounts'> {
  const statements: Record<string, StatementAggregate> = {}
  const statementCounts: Record<string, StatementCounts> = {}
  for (const f of q.factors) {
    for (const s of f.statements) {
      const st = tally.statements.get(s.id)
      if (st === undefined) continue
      const sorted = expand(st.counts)
      const reading = agreementOfCounts(st.counts, st.unknown)
      statements[s.id] = { factorId: f.id, median: medianOfSorted(sorted), spread: spreadOfSorted(sorted), agreement: reading.agreement, unknown: st.unknown }
      statementCounts[s.id] = { counts: [...st.counts], far: reading.far }
    }
  }
  return { statements, statementCounts }
}

function indicatorAggregates(q: Questionnaire, tally: TeamTally, participants: number): Record<string, IndicatorAggregate> {
  const result: Record<string, IndicatorAggregate> = {}
  for (const indicator of q.ladderIndicators) {
    const it = required(tally.indicators.get(indicator.id), `indicator ${indicator.id}`)
    const medianValue = medianOfSorted(sortedCopy(it.values))
    result[indicator.id] = { median: medianValue, answer: teamAnswer(medianValue, it.values.length, participants), counts: it.counts }
  }
  return result
}

/**
 * A team factor's verdict, on the same footing as a participant's (scoring.ts, hasBase): when fewer
 * than half of the participants' scores rest on enough answers, the median is shown without a
 * verdict, so a team of one says what its participant's own result says. A score the group agreed
 * on in the conversation carries its verdict.
 */
function teamStatus(score: number | null, based: number, scored: number, agreed: boolean): Exclude<FactorStatus, 'buiten-scope'> {
  if (score !== null && !agreed && 2 * based < scored) return 'te-weinig'
  return statusFor(score)
}

/**
 * Combine the participants' answers. `agreed` holds the scores the group settled on in the
 * conversation; an agreed score replaces the median as the factor's team score.
 */
export function aggregateTeam(
  q: Questionnaire,
  participants: readonly Answers[],
  agreed: Readonly<Record<string, Agreed>> = {},
): TeamSummary {
  const tally = tallyTeam(q, participants)
  const factors: FactorAggregate[] = []
  const factorScores: FactorScore[] = []
  for (const f of q.factors) {
    const ft = tally.factors.get(f.id)
    if (ft === undefined) continue
    const values = sortedCopy(ft.values)
    const spread = spreadOfSorted(values)
    const median = medianOfSorted(values)
    const agreedScore = ownValue(agreed, f.id)?.score
    const score = agreedScore ?? median
    const reading = agreementOf(values, ft.unknown, ft.answered)
    const status: FactorStatus = score === null && ft.outOfScope === ft.inScan ? 'buiten-scope' : teamStatus(score, ft.based, values.length, agreedScore !== undefined)
    const { id: factorId, themeId, steeringLevel } = f
    factors.push({
      factorId,
      themeId,
      steeringLevel,
      median,
      spread,
      agreement: reading.agreement,
      unknown: ft.unknown,
      values,
      counts: countsOf(values),
      far: reading.far,
      unknownShare: reading.unknownShare,
      ...(agreedScore === undefined ? {} : { agreedScore }),
      score,
      status,
    })
    factorScores.push({
      factorId,
      themeId,
      steeringLevel,
      score,
      answered: ft.answered,
      unknown: ft.unknown,
      asked: ft.asked,
      status,
      important: ft.important / ft.inScan >= TEAM_IMPORTANT_SHARE,
    })
  }

  const ladderIndicators = indicatorAggregates(q, tally, participants.length)
  const teamLadder = Object.fromEntries(Object.entries(ladderIndicators).map(([id, agg]) => [id, agg.answer]))
  const placement = placeOnLadder(q, {
    ladder: teamLadder,
    access: mostCommon(participants.map((p) => p.access), [...accessTypeIds, 'weet-niet'] as const),
    ownGuess: mostCommon(participants.map((p) => p.ownGuess), [...rungIds, 'weet-niet'] as const),
  })

  const agenda = factors
    .filter((f) => f.spread !== null)
    .sort((a, b) => farShare(b) - farShare(a) || iqr(b.spread) - iqr(a.spread) || range(b.spread) - range(a.spread))
    .map((f) => f.factorId)

  return {
    participantCount: participants.length,
    ...statementAggregates(q, tally),
    factors,
    ladderIndicators,
    placements: tally.placements,
    placement,
    agenda,
    summary: composeSummary(q, factorScores, tally.completeness, placement, summarizeOrganisation(q, participants)),
  }
}
