/**
 * Placement on the KPMG (2013) ladder of the degree of integration, as the Inspectie SZW (2016)
 * summarises it (002 l. 1019–1050) and its appendix table repeats it (002 l. 2578–3184):
 * geen → beperkt → gedeeltelijk → volledig.
 *
 * The rule, and why (line numbers into seed 002):
 * - Each rung has defining indicators and optional ones. KPMG writes that a rung "kan" come with a
 *   shared location and overhead (l. 1029) or a new service (l. 1049): those add evidence but never
 *   decide whether a rung is in place. Only the defining indicators count towards the rung.
 * - A rung is in place when the defining indicators that are known average at least 2/3
 *   (ja 1, deels ½, nee 0). "Weet ik niet" and no answer are missing knowledge, not "nee":
 *   they are left out of the share. A rung whose defining indicators are mostly unknown (more
 *   unknown than known) is "nog niet bekend".
 * - The placement is the highest rung that is in place. KPMG calls integration "a continuum of
 *   organizational relationships" with "no universal approach" (l. 1009–1013), so a gap on a lower
 *   rung does not erase the evidence of a higher one: it is reported as an irregular profile.
 * - When no rung is in place and some rung is not yet known, the placement itself is not yet known:
 *   the result names the answers that would settle it instead of saying "geen".
 */
import type { AccessAnswer, Answers, LadderAnswer, LadderIndicator, OwnGuessAnswer, Questionnaire, Rung, RungId } from '../model'
import { rungIds } from '../model'
import { ownValue } from '../util/records'
import { questionnaireIndex } from '../util/lookups'
import { atLeast } from '../util/stats'

/** Evidence value of a known answer; "weet ik niet" is not a value but missing knowledge. */
export const LADDER_VALUES: Readonly<Record<Exclude<LadderAnswer, 'weet-niet'>, number>> = { ja: 1, deels: 0.5, nee: 0 }

/**
 * A rung is in place when its known defining indicators average at least 2/3: e.g. two of three
 * "ja", or "ja" and "deels" of two. Most of the rung's defining practice must be there, while one
 * indicator answered "deels" or "nee" cannot on its own block a rung with three or more.
 */
export const LADDER_RUNG_THRESHOLD = 2 / 3

export type RungNumber = 0 | 1 | 2 | 3

/** Position of a rung on the ladder: geen 0 … volledig 3. */
export function rungIndex(rungId: RungId): RungNumber {
  return rungIds.indexOf(rungId) as RungNumber
}

/** What an answer tells: in place, partly, not, or not known (weet ik niet / no answer). */
export type IndicatorState = 'ja' | 'deels' | 'nee' | 'onbekend'

export function indicatorState(answer: LadderAnswer | undefined): IndicatorState {
  return answer === undefined || answer === 'weet-niet' ? 'onbekend' : answer
}

/** Whether moving from `current` to `next` is a step towards "ja" on known answers, or gaining a "ja". */
export function isTowardsJa(current: LadderAnswer | undefined, next: LadderAnswer): boolean {
  if (next === 'weet-niet') return false
  const known = indicatorState(current)
  return known === 'onbekend' ? next === 'ja' : LADDER_VALUES[next] >= LADDER_VALUES[known]
}

export type RungStatus = 'aanwezig' | 'niet-aanwezig' | 'onbekend'

export interface IndicatorAssessment {
  id: string
  optional: boolean
  state: IndicatorState
}

export interface RungAssessment {
  rung: 1 | 2 | 3
  rungId: RungId
  status: RungStatus
  /** Mean value of the known defining indicators, 0..1; null when none is known. */
  share: number | null
  definingTotal: number
  definingKnown: number
  indicators: IndicatorAssessment[]
}

export interface LadderPlacement {
  /** The highest rung in place; 0 when none is (then see `known`). */
  rung: RungNumber
  rungId: RungId
  /** False when no rung is in place while some rung is not yet known: the placement is open. */
  known: boolean
  /** False when a rung above the placement is not yet known: the placement may be higher. */
  settled: boolean
  /** A rung below the placement is known not to be in place: an irregular profile. */
  irregular: boolean
  perRung: RungAssessment[]
  /** Indicator ids answered ja or deels on the placed rung and below. */
  evidence: string[]
  /** Indicator ids answered ja or deels on rungs above the placement: evidence that is kept. */
  above: string[]
  /** Indicator ids on the placed rung and below that are not "ja" (defining and optional). */
  gaps: string[]
  /** Defining indicator ids still unknown on any rung that is not yet known: the answers that would settle it. */
  toSettle: string[]
  /** Indicator ids of the next rung not answered "ja": what that rung would ask; empty at the top. */
  missing: string[]
  nextRungId: RungId | null
  access: AccessAnswer | null
  ownGuess: OwnGuessAnswer | null
  /** Own guess minus the rung that follows from the answers; null when either is unknown. */
  guessDifference: number | null
  /** The placed rung's levels on other ladders, as the appendix puts them beside it. */
  comparable: Rung['comparable']
}

export type LadderInput = Pick<Answers, 'ladder' | 'access' | 'ownGuess'>

/** Status of one rung from the states of its indicators. */
export function assessRung(indicators: readonly IndicatorAssessment[]): Pick<RungAssessment, 'status' | 'share' | 'definingTotal' | 'definingKnown'> {
  let total = 0
  let known = 0
  let sum = 0
  for (const indicator of indicators) {
    if (indicator.optional) continue
    total += 1
    if (indicator.state === 'onbekend') continue
    known += 1
    sum += LADDER_VALUES[indicator.state]
  }
  const share = known === 0 ? null : sum / known
  let status: RungStatus
  if (total === 0) status = 'niet-aanwezig'
  else if (total - known > known) status = 'onbekend'
  else status = share !== null && atLeast(share, LADDER_RUNG_THRESHOLD) ? 'aanwezig' : 'niet-aanwezig'
  return { status, share, definingTotal: total, definingKnown: known }
}

/** The placed rung and whether it is known, from the statuses of rungs 1, 2 and 3. */
export function placeFromStatuses(statuses: readonly RungStatus[]): { rung: RungNumber; known: boolean; settled: boolean; irregular: boolean } {
  let rung: RungNumber = 0
  statuses.forEach((status, k) => {
    if (status === 'aanwezig') rung = (k + 1) as RungNumber
  })
  const settled = statuses.every((status, k) => k + 1 <= rung || status !== 'onbekend')
  const irregular = statuses.some((status, k) => k + 1 < rung && status === 'niet-aanwezig')
  return { rung, known: rung > 0 || settled, settled, irregular }
}

function indicatorsOf(q: Questionnaire, rung: 1 | 2 | 3): LadderIndicator[] {
  return q.ladderIndicators.filter((i) => i.rung === rung)
}

export function placeOnLadder(q: Questionnaire, answers: LadderInput): LadderPlacement {
  const perRung: RungAssessment[] = ([1, 2, 3] as const).map((r) => {
    const indicators = indicatorsOf(q, r).map((i) => ({
      id: i.id,
      optional: i.optional === true,
      state: indicatorState(ownValue(answers.ladder, i.id)),
    }))
    return { rung: r, rungId: rungIds[r], ...assessRung(indicators), indicators }
  })
  const { rung, known, settled, irregular } = placeFromStatuses(perRung.map((r) => r.status))
  const rungId = rungIds[rung]
  const inPlace = (i: IndicatorAssessment) => i.state === 'ja' || i.state === 'deels'
  const upTo = perRung.filter((r) => r.rung <= rung).flatMap((r) => r.indicators)
  const higher = perRung.filter((r) => r.rung > rung)
  const guess = answers.ownGuess
  return {
    rung,
    rungId,
    known,
    settled,
    irregular,
    perRung,
    evidence: upTo.filter(inPlace).map((i) => i.id),
    above: higher.flatMap((r) => r.indicators).filter(inPlace).map((i) => i.id),
    gaps: upTo.filter((i) => i.state !== 'ja').map((i) => i.id),
    toSettle: perRung
      .filter((r) => r.status === 'onbekend')
      .flatMap((r) => r.indicators)
      .filter((i) => !i.optional && i.state === 'onbekend')
      .map((i) => i.id),
    missing: (perRung.find((r) => r.rung === rung + 1)?.indicators ?? []).filter((i) => i.state !== 'ja').map((i) => i.id),
    nextRungId: rung < 3 ? (rungIds[rung + 1] as RungId) : null,
    access: answers.access ?? null,
    ownGuess: guess ?? null,
    guessDifference: guess === undefined || guess === 'weet-niet' || !known ? null : rungIndex(guess) - rung,
    comparable: questionnaireIndex(q).rungById(rungId)?.comparable ?? [],
  }
}

/**
 * The rung alone, for counting many participants quickly (team tally). The same rule as
 * placeOnLadder; null when the placement is not yet known.
 */
export function rungOnly(q: Questionnaire, ladder: Answers['ladder']): RungNumber | null {
  const statuses = ([1, 2, 3] as const).map(
    (r) =>
      assessRung(
        indicatorsOf(q, r).map((i) => ({ id: i.id, optional: i.optional === true, state: indicatorState(ownValue(ladder, i.id)) })),
      ).status,
  )
  const { rung, known } = placeFromStatuses(statuses)
  return known ? rung : null
}
