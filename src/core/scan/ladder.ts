/**
 * Placement on the KPMG (2013) ladder of the degree of integration, as the Inspectie SZW (2016)
 * summarises it (002 l. 1017–1049) and its appendix table repeats it (002 l. 2578–3184):
 * geen → beperkt → gedeeltelijk → volledig.
 *
 * The rule, and why (line numbers into seed 002; each rule has a case in tests/unit/ladderCases.spec.ts):
 * - Each rung has defining indicators, the features its appendix cell names (l. 2765–2787,
 *   2933–2963, 3087–3123), and optional ones, which the main text introduces with "kan" and the
 *   cell leaves out or qualifies (src/content/ladder.ts says which is which). Optional indicators add
 *   evidence but never decide whether a rung is in place.
 * - A rung is known absent ("niet-aanwezig") as soon as one defining indicator is "nee": KPMG
 *   defines volledige integratie as integration of personeel, budgetten, technologie,
 *   dienstverlening and case management (l. 1043–1049, 3087–3123), so none of them may be missing.
 * - Otherwise a rung is in place when at most one defining indicator is unknown and the known ones
 *   average at least 2/3 (ja 1, deels ½). "Weet ik niet" and no answer are missing knowledge, not
 *   "nee". With more than one unknown, or when the one unknown answer decides, the rung is "nog niet
 *   bekend".
 * - The placement is the highest rung in place with no known-absent rung below it. KPMG's ladder is
 *   a continuum (l. 1009–1013), so an unknown lower rung does not block a higher one; a known-absent
 *   one does: a rung above it is never the placement. Such a profile is irregular, its trede cannot be
 *   established (`known` false), and the evidence on every rung stays visible.
 * - "Geen integratie" is placed only on what is known: the lowest rung known absent. When nothing is
 *   known, the placement is not yet known and the result names the answers that would settle it.
 */
import type { AccessAnswer, Answers, LadderAnswer, LadderIndicator, OwnGuessAnswer, Questionnaire, Rung, RungId } from '../model'
import { rungIds } from '../model'
import { ownValue } from '../util/records'
import { questionnaireIndex } from '../util/lookups'
import { atLeast } from '../util/stats'

/** Evidence value of a known answer; "weet ik niet" is not a value but missing knowledge. */
export const LADDER_VALUES: Readonly<Record<Exclude<LadderAnswer, 'weet-niet'>, number>> = { ja: 1, deels: 0.5, nee: 0 }

/**
 * With no defining indicator "nee", a rung is in place when its known defining indicators average at
 * least 2/3: "ja" on a rung of one, two "ja" and the rest "deels" on a rung of four or five. Most of
 * the rung's defining practice must be fully there; "deels" everywhere is not yet the rung.
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
  /** The highest rung in place with no known-absent rung below; 0 when none is (then see `known`). */
  rung: RungNumber
  rungId: RungId
  /**
   * False when the trede cannot be named: no rung is in place while the lowest is not yet known, or
   * the profile is irregular.
   */
  known: boolean
  /** False when a rung above the placement (and below any known-absent rung) is not yet known: the placement may be higher. */
  settled: boolean
  /** A rung is in place above a rung known to be absent: the trede cannot be established (`known` is false). */
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

/**
 * Status of one rung from the states of its indicators: absent as soon as a defining one is "nee",
 * in place when at most one is unknown and the known ones average at least 2/3, otherwise open.
 */
export function assessRung(indicators: readonly IndicatorAssessment[]): Pick<RungAssessment, 'status' | 'share' | 'definingTotal' | 'definingKnown'> {
  let total = 0
  let known = 0
  let sum = 0
  let absent = false
  for (const indicator of indicators) {
    if (indicator.optional) continue
    total += 1
    if (indicator.state === 'onbekend') continue
    known += 1
    if (indicator.state === 'nee') absent = true
    sum += LADDER_VALUES[indicator.state]
  }
  const share = known === 0 ? null : sum / known
  const unknown = total - known
  let status: RungStatus
  if (total === 0 || absent) status = 'niet-aanwezig'
  else if (share === null || unknown > 1) status = 'onbekend'
  // The one unknown answer as "ja" is the best case: if even that stays below, the rung is absent.
  else if (!atLeast((sum + unknown) / total, LADDER_RUNG_THRESHOLD)) status = 'niet-aanwezig'
  else status = atLeast(share, LADDER_RUNG_THRESHOLD) ? 'aanwezig' : 'onbekend'
  return { status, share, definingTotal: total, definingKnown: known }
}

/**
 * The placed rung from the statuses of rungs 1, 2 and 3: the highest in place below the first
 * known-absent rung. A rung in place above a known-absent one makes the profile irregular and its
 * trede unknown; rungs above the first known-absent one never unsettle the placement.
 */
export function placeFromStatuses(statuses: readonly RungStatus[]): { rung: RungNumber; known: boolean; settled: boolean; irregular: boolean } {
  const firstAbsent = statuses.indexOf('niet-aanwezig') + 1 || statuses.length + 1
  let rung: RungNumber = 0
  statuses.forEach((status, k) => {
    if (status === 'aanwezig' && k + 1 < firstAbsent) rung = (k + 1) as RungNumber
  })
  const irregular = statuses.some((status, k) => k + 1 > firstAbsent && status === 'aanwezig')
  const settled = !irregular && statuses.every((status, k) => k + 1 <= rung || k + 1 >= firstAbsent || status !== 'onbekend')
  return { rung, known: !irregular && (rung > 0 || settled), settled, irregular }
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

/**
 * An irregular profile's two rungs: the lowest rung known to be absent, and the highest rung in
 * place above it (002 l. 1017–1049). The screen's placement sentence and the report's first page
 * both name them from here. Null when no rung in place stands above an absent one.
 */
export function irregularRungs(placement: Pick<LadderPlacement, 'perRung'>): { inPlace: RungAssessment; absent: RungAssessment } | null {
  const absent = placement.perRung.find((r) => r.status === 'niet-aanwezig')
  if (absent === undefined) return null
  const inPlace = placement.perRung.filter((r) => r.status === 'aanwezig' && r.rung > absent.rung).at(-1)
  return inPlace === undefined ? null : { inPlace, absent }
}
