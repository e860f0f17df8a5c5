/**
 * Real change or noise. Between two moments a team's median for a factor moves a little almost
 * always: a different mix of people, a different day. A change counts as real only when it is
 * larger than the team's own spread at both moments, measured as the interquartile range (the
 * middle half of the participants' factor scores, Tukey hinges as in the workshop's agreement rule).
 * Otherwise the change is "binnen de spreiding". A single participant has no spread, so for a
 * participant result no such test is possible.
 */
import { iqr, SCORE_EPSILON } from '../util/stats'
import type { Spread } from '../util/stats'

/** Fewest participants whose scores have a spread at all. */
export const REAL_CHANGE_MIN_PARTICIPANTS = 2

export type RealChangeVerdict = 'hoger' | 'lager' | 'binnen-de-spreiding' | 'niet-te-toetsen'

/**
 * Why a change could not be tested:
 * - 'deelnemer': one side is a single participant's result, which has no spread;
 * - 'te-weinig-deelnemers': a team side with fewer than two scores for this factor;
 * - 'geen-score': the factor has no score at one of the moments;
 * - 'andere-vragen': the two moments' questionnaire versions ask other statements for the factor.
 */
export type NotTestableReason = 'deelnemer' | 'te-weinig-deelnemers' | 'geen-score' | 'andere-vragen'

/** One moment's picture of a factor: the median and the spread of the participants' scores. */
export interface RealChangeSide {
  /** false for a single participant's result. */
  team: boolean
  median: number | null
  spread: Spread | null
}

export interface RealChange {
  verdict: RealChangeVerdict
  /** after − before (medians); null when either is missing. */
  difference: number | null
  /** The larger of the two interquartile ranges; null when not testable. */
  threshold: number | null
  reason?: NotTestableReason
}

export function notTestable(reason: NotTestableReason, difference: number | null): RealChange {
  return { verdict: 'niet-te-toetsen', difference, threshold: null, reason }
}

/** The rule: |after − before| > max(IQR before, IQR after) → real; else within the spread. */
export function realChange(before: RealChangeSide, after: RealChangeSide): RealChange {
  const difference = before.median === null || after.median === null ? null : after.median - before.median
  if (difference === null) return notTestable('geen-score', null)
  if (!before.team || !after.team) return notTestable('deelnemer', difference)
  const tooFew = (side: RealChangeSide) => side.spread === null || side.spread.n < REAL_CHANGE_MIN_PARTICIPANTS
  if (tooFew(before) || tooFew(after)) return notTestable('te-weinig-deelnemers', difference)
  const threshold = Math.max(iqr(before.spread), iqr(after.spread))
  if (Math.abs(difference) <= threshold + SCORE_EPSILON) return { verdict: 'binnen-de-spreiding', difference, threshold }
  return { verdict: difference > 0 ? 'hoger' : 'lager', difference, threshold }
}
