/**
 * Scores per success/failure factor (Inspectie SZW 2016, ch. 6) for one respondent, and what
 * follows from them: scores per theme or steering level, completeness, priorities.
 * A factor's score is the mean of its answered statements on the 1–5 scale; "weet ik niet" is an
 * answer but never a number (it is not a middle point of the scale).
 */
import type { Answers, Questionnaire, SteeringLevel, Statement, ThemeId } from '../model'
import { askedStatements, factorInScan, isOutOfScope, scoredValue, statementsFor } from './scope'
import { steeringLevels, themeIds } from '../model'
import { ownValue } from '../util/records'
import { atLeast, mean } from '../util/stats'

/**
 * Score boundaries on the 1–5 scale. Below 2.5 the average answer leans to "oneens": the factor
 * works as a failure factor (knelpunt). From 3.5 it leans to "eens": a success factor. In between
 * (around the neutral 3) it needs attention. The Inspectie's point that each success factor mirrors
 * a failure factor (002 l. 1827) is why one scale carries both.
 */
export const FACTOR_STATUS_THRESHOLDS = {
  /** score < 2.5 → knelpunt */
  aandachtspunt: 2.5,
  /** score ≥ 3.5 → succesfactor */
  succesfactor: 3.5,
} as const

/**
 * 'te-weinig': the factor has a score, but too few of its statements were answered with a number
 * for a verdict (see hasBase); 'onbekend': no numeric answer at all.
 */
export type FactorStatus = 'knelpunt' | 'aandachtspunt' | 'succesfactor' | 'te-weinig' | 'onbekend' | 'buiten-scope'

/**
 * Whether enough statements carry a number for the factor to get a verdict (content review 2: one
 * answered statement out of four, the rest "weet ik niet", gave a factor its status). At least half
 * of the statements asked, and at least two once two or more are asked. The korte scan asks one
 * key statement per factor by design ("voor een eerste indruk"), so there one answer is the base.
 */
export function hasBase(answered: number, asked: number): boolean {
  return answered >= Math.max(Math.min(2, asked), Math.ceil(asked / 2))
}

/** Status of a scored factor; null (no numeric answer) is 'onbekend'. Out of scope is decided elsewhere. */
export function statusFor(score: number | null): Exclude<FactorStatus, 'buiten-scope'> {
  if (score === null) return 'onbekend'
  if (atLeast(score, FACTOR_STATUS_THRESHOLDS.succesfactor)) return 'succesfactor'
  if (atLeast(score, FACTOR_STATUS_THRESHOLDS.aandachtspunt)) return 'aandachtspunt'
  return 'knelpunt'
}

export interface FactorScore {
  factorId: string
  themeId: ThemeId
  steeringLevel: SteeringLevel
  /** Mean of the numeric answers (1–5, knelpunt statements turned round); null when none. */
  score: number | null
  /** Number of numeric answers. */
  answered: number
  /** Number of "weet ik niet" answers. */
  unknown: number
  /** Number of statements asked. */
  asked: number
  status: FactorStatus
  /** Marked "belangrijk voor ons". */
  important: boolean
}

/**
 * One score per factor in the scan, in questionnaire order. Out-of-scope factors are listed with
 * status 'buiten-scope' and no numbers; client factors are left out unless the module is included.
 */
export function scoreFactors(q: Questionnaire, a: Answers): FactorScore[] {
  const important = new Set(a.important)
  // Object literals without spread: spreading is several times slower, and a team of 1,000
  // participants scores every factor 1,000 times.
  return q.factors
    .filter((f) => factorInScan(f, a))
    .map((f): FactorScore => {
      const { id: factorId, themeId, steeringLevel } = f
      const marked = important.has(factorId)
      if (isOutOfScope(f, a)) {
        return { factorId, themeId, steeringLevel, score: null, answered: 0, unknown: 0, asked: 0, status: 'buiten-scope', important: marked }
      }
      const asked = statementsFor(f, a.mode, a.roleGroup)
      let total = 0
      let answered = 0
      let unknown = 0
      for (const s of asked) {
        const answer = ownValue(a.answers, s.id)
        if (answer === 'weet-niet') unknown += 1
        else if (answer !== undefined) {
          total += scoredValue(s, answer)
          answered += 1
        }
      }
      const score = answered === 0 ? null : total / answered
      const status = score !== null && !hasBase(answered, asked.length) ? 'te-weinig' : statusFor(score)
      return { factorId, themeId, steeringLevel, score, answered, unknown, asked: asked.length, status, important: marked }
    })
}

export interface GroupScore {
  /** Theme id or steering level. */
  id: string
  /** Mean of the scored factors in the group; null when none is scored. */
  score: number | null
  scored: number
  knelpunten: number
}

/** Scores per theme or per steering level; groups without any factor in the scan are left out. */
export function groupScores(q: Questionnaire, factorScores: readonly FactorScore[], by: 'theme' | 'level'): GroupScore[] {
  const keyOf = (f: FactorScore): string => (by === 'theme' ? f.themeId : f.steeringLevel)
  const order: string[] = by === 'theme' ? [...q.themes.map((t) => t.id), ...themeIds] : [...steeringLevels]
  return [...new Set(order)]
    .map((id) => ({ id, group: factorScores.filter((f) => keyOf(f) === id) }))
    .filter(({ group }) => group.length > 0)
    .map(({ id, group }) => {
      const scores = group.flatMap((f) => (f.score === null ? [] : [f.score]))
      return {
        id,
        score: mean(scores),
        scored: scores.length,
        knelpunten: group.filter((f) => f.status === 'knelpunt').length,
      }
    })
}

export interface Completeness {
  /** Items with any answer, "weet ik niet" included (it is an answer). */
  answered: number
  /** Items answered "weet ik niet". */
  unknown: number
  total: number
  /** answered / total, 0..1. */
  ratio: number
}

/** How much of the scan is filled in: asked statements, ladder indicators, access and own guess. */
export function completeness(q: Questionnaire, a: Answers): Completeness {
  return completenessOf(q, a, askedStatements(q, a))
}

/** completeness() with the asked statements already known (the team aggregation has them). */
export function completenessOf(q: Questionnaire, a: Answers, asked: readonly Statement[]): Completeness {
  let answered = 0
  let unknown = 0
  const count = (value: string | number | undefined): void => {
    if (value !== undefined) answered += 1
    if (value === 'weet-niet') unknown += 1
  }
  for (const s of asked) count(ownValue(a.answers, s.id))
  for (const i of q.ladderIndicators) count(ownValue(a.ladder, i.id))
  count(a.access)
  count(a.ownGuess)
  const total = asked.length + q.ladderIndicators.length + 2
  return { answered, unknown, total, ratio: answered / total }
}

/**
 * Why a factor is on the priority list:
 * - 'belangrijk-en-laag': marked important and scored below the succesfactor threshold;
 * - 'belangrijk': marked important, scored as a succesfactor or not scored (still on the agenda:
 *   the team said it matters);
 * - 'knelpunt': not marked, but scored as a knelpunt.
 */
export type PriorityReason = 'belangrijk-en-laag' | 'belangrijk' | 'knelpunt'

export interface Priority {
  factorId: string
  score: number | null
  status: FactorStatus
  reason: PriorityReason
}

/** Lowest score first, unscored last; the stable sort keeps questionnaire order for ties. */
function byLowestScore(a: FactorScore, b: FactorScore): number {
  if (a.score === null || b.score === null) return (a.score === null ? 1 : 0) - (b.score === null ? 1 : 0)
  return a.score - b.score
}

/**
 * What to work on first. The literature does not rank the factors (002 l. 154–157), so the team's
 * own "belangrijk" marks lead: marked factors by lowest score, then unmarked knelpunten by lowest score.
 */
export function priorities(factorScores: readonly FactorScore[]): Priority[] {
  const inScope = factorScores.filter((f) => f.status !== 'buiten-scope')
  const marked = inScope.filter((f) => f.important).sort(byLowestScore)
  const unmarked = inScope.filter((f) => !f.important && f.status === 'knelpunt').sort(byLowestScore)
  const reasonFor = (f: FactorScore): PriorityReason => {
    if (!f.important) return 'knelpunt'
    return f.status === 'knelpunt' || f.status === 'aandachtspunt' ? 'belangrijk-en-laag' : 'belangrijk'
  }
  return [...marked, ...unmarked].map((f) => ({ factorId: f.factorId, score: f.score, status: f.status, reason: reasonFor(f) }))
}

/** Highest score first, unscored last: the mirror of byLowestScore. */
function byHighestScore(a: FactorScore, b: FactorScore): number {
  if (a.score === null || b.score === null) return (a.score === null ? 1 : 0) - (b.score === null ? 1 : 0)
  return b.score - a.score
}

/** All succesfactoren, highest score first: the mirror of knelpunten(). */
export function succesfactoren(factorScores: readonly FactorScore[]): FactorScore[] {
  return factorScores.filter((f) => f.status === 'succesfactor').sort(byHighestScore)
}

/** All knelpunten, lowest score first. */
export function knelpunten(factorScores: readonly FactorScore[]): FactorScore[] {
  return factorScores.filter((f) => f.status === 'knelpunt').sort(byLowestScore)
}

/**
 * The n strongest factors for the summary: succesfactoren only, so a management summary never
 * presents a knelpunt as a strength just because everything else scores lower.
 */
export function strongest(factorScores: readonly FactorScore[], n = 3): FactorScore[] {
  return succesfactoren(factorScores).slice(0, n)
}

/** Factors with at least one "weet ik niet", most first: where the team lacks information. */
export function unknownHotspots(factorScores: readonly FactorScore[]): FactorScore[] {
  return factorScores.filter((f) => f.unknown > 0).sort((a, b) => b.unknown - a.unknown)
}
