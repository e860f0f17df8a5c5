/**
 * Placement on the KPMG (2013) ladder of the degree of integration (Inspectie SZW 2016,
 * l. 977–1050): geen → beperkt → gedeeltelijk → volledig. The ladder is cumulative: a rung counts
 * only when every rung below it is reached too, so the placement is the highest unbroken rung.
 */
import type { AccessAnswer, Answers, LadderAnswer, OwnGuessAnswer, Questionnaire, Rung, RungId } from '../model'
import { rungIds } from '../model'
import { ownValue } from '../util/records'
import { questionnaireIndex } from '../util/lookups'
import { atLeast, mean } from '../util/stats'

/**
 * Evidence value of an indicator answer. "Weet ik niet" and no answer count as 0: not knowing
 * whether something is in place is no evidence that it is.
 */
export const LADDER_VALUES: Readonly<Record<LadderAnswer, number>> = { ja: 1, deels: 0.5, nee: 0, 'weet-niet': 0 }

/**
 * A rung is reached when its indicators average at least 2/3, e.g. two of three answered "ja",
 * or all "deels" plus one "ja" out of three. Two thirds asks for most of the rung's practice to be
 * in place without letting one missing indicator block the rung.
 */
export const LADDER_RUNG_THRESHOLD = 2 / 3

export type RungNumber = 0 | 1 | 2 | 3

/** Position of a rung on the ladder: geen 0 … volledig 3. */
export function rungIndex(rungId: RungId): RungNumber {
  return rungIds.indexOf(rungId) as RungNumber
}

export interface RungShare {
  rung: 1 | 2 | 3
  rungId: RungId
  /** Mean evidence value of the rung's indicators, 0..1 (0 when the rung has no indicators). */
  share: number
  /** The rung's own indicators pass the threshold, regardless of the rungs below. */
  meetsThreshold: boolean
  /** Cumulative: meets the threshold and every rung below is reached. */
  reached: boolean
}

export interface LadderPlacement {
  rung: RungNumber
  rungId: RungId
  perRung: RungShare[]
  /** Indicator ids answered ja or deels on the reached rungs. */
  evidence: string[]
  /** Indicator ids of the next rung not answered "ja"; empty at the top. */
  missing: string[]
  nextRungId: RungId | null
  access: AccessAnswer | null
  ownGuess: OwnGuessAnswer | null
  /** Own guess minus the calculated rung (positive: the team thought it was further). */
  guessDifference: number | null
  /** The reached rung's comparable levels on other ladders. */
  comparable: Rung['comparable']
}

export type LadderInput = Pick<Answers, 'ladder' | 'access' | 'ownGuess'>

/** Evidence value of one answer; no answer counts as 0. */
export function ladderValue(answer: LadderAnswer | undefined): number {
  return answer === undefined ? 0 : LADDER_VALUES[answer]
}

function valueOf(ladder: LadderInput['ladder'], indicatorId: string): number {
  return ladderValue(ownValue(ladder, indicatorId))
}

/** Whether a rung's share passes the threshold; a rung without indicators (share null) never does. */
export function meetsRung(share: number | null): boolean {
  return share !== null && atLeast(share, LADDER_RUNG_THRESHOLD)
}

/** The highest unbroken rung, from the shares of rungs 1, 2 and 3 (null: no indicators). */
export function climb(shares: readonly (number | null)[]): RungNumber {
  let rung: RungNumber = 0
  while (rung < 3 && meetsRung(shares[rung] ?? null)) rung = (rung + 1) as RungNumber
  return rung
}

export function placeOnLadder(q: Questionnaire, answers: LadderInput): LadderPlacement {
  const shares = ([1, 2, 3] as const).map((r) =>
    mean(q.ladderIndicators.filter((i) => i.rung === r).map((i) => valueOf(answers.ladder, i.id))),
  )
  const rung = climb(shares)
  const perRung: RungShare[] = ([1, 2, 3] as const).map((r) => {
    const share = shares[r - 1] ?? null
    return { rung: r, rungId: rungIds[r], share: share ?? 0, meetsThreshold: meetsRung(share), reached: r <= rung }
  })
  const rungId = rungIds[rung]
  const evidence = q.ladderIndicators
    .filter((i) => i.rung <= rung && valueOf(answers.ladder, i.id) > 0)
    .map((i) => i.id)
  const missing = q.ladderIndicators
    .filter((i) => i.rung === rung + 1 && ownValue(answers.ladder, i.id) !== 'ja')
    .map((i) => i.id)
  const guess = answers.ownGuess
  return {
    rung,
    rungId,
    perRung,
    evidence,
    missing,
    nextRungId: rung < 3 ? (rungIds[rung + 1] as RungId) : null,
    access: answers.access ?? null,
    ownGuess: guess ?? null,
    guessDifference: guess === undefined || guess === 'weet-niet' ? null : rungIndex(guess) - rung,
    comparable: questionnaireIndex(q).rungById(rungId)?.comparable ?? [],
  }
}
