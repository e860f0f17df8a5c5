/**
 * Whether a room agrees on a factor or a statement, by a rule that can be said in one sentence.
 *
 * The rule follows the consensus rule of the Delphi study on the SCIROCCO maturity tool
 * (IJIC, doi 10.5334/ijic.7747): a panel is split when four or more of its twelve members (a third)
 * rate outside a three-point region that holds the median. On the 1–5 scale that region is the
 * median ± 1 point. An interquartile rule alone hides a split room: with scores 1, 1, 3, 3, 3, 3, 3,
 * 5, 5 the middle half is one point wide, while four of the nine sit two points from the median.
 *
 * Three outcomes:
 * - onzeker: fewer than MIN_SCORES participants gave a score, or half or more of the answers were
 *   "weet ik niet" (the numbers then speak for too few people to call anything);
 * - verdeeld: a third or more of the participants with a score sit more than AGREEMENT_BAND from
 *   the median;
 * - eens: otherwise.
 */
import { atLeast, medianOfSorted, SCORE_EPSILON } from '../util/stats'

export type Agreement = 'eens' | 'verdeeld' | 'onzeker'

/** Distance from the median (scale points) beyond which a score counts as far. */
export const AGREEMENT_BAND = 1
/** Share of participants far from the median from which a room is split. */
export const SPLIT_SHARE = 1 / 3
/** Fewer scores than this and the outcome is "onzeker". */
export const MIN_SCORES = 3
/** Share of "weet ik niet" among all answers from which the outcome is "onzeker". */
export const UNKNOWN_SHARE = 0.5

/** Participants (or answers) per whole scale point 1–5: index 0 holds the 1s, index 4 the 5s. */
export type ScoreCounts = [number, number, number, number, number]

export interface AgreementReading {
  agreement: Agreement | null
  /** Participants with a score. */
  scored: number
  /** Of those, how many sit more than AGREEMENT_BAND from the median. */
  far: number
  /** "Weet ik niet" answers as a share of all answers (0 when there are none). */
  unknownShare: number
}

/** The scale point a score is drawn at: rounded to a whole point, halves up (2,5 → 3). */
export function scalePoint(score: number): 1 | 2 | 3 | 4 | 5 {
  const point = Math.floor(score + 0.5 + SCORE_EPSILON)
  return Math.min(5, Math.max(1, point)) as 1 | 2 | 3 | 4 | 5
}

export function emptyCounts(): ScoreCounts {
  return [0, 0, 0, 0, 0]
}

/** Counts one more answer on a whole scale point (1–5). */
export function addToCounts(counts: ScoreCounts, point: 1 | 2 | 3 | 4 | 5): void {
  counts[point - 1] = (counts[point - 1] ?? 0) + 1
}

/** How many scores fall on each whole scale point (see scalePoint). */
export function countsOf(scores: ArrayLike<number>): ScoreCounts {
  const counts = emptyCounts()
  for (let i = 0; i < scores.length; i += 1) addToCounts(counts, scalePoint(scores[i] as number))
  return counts
}

/** Scores in an ascending list that lie more than AGREEMENT_BAND from `median`. */
export function farFromMedian(sorted: ArrayLike<number>, median: number): number {
  let far = 0
  for (let i = 0; i < sorted.length; i += 1) {
    if (Math.abs((sorted[i] as number) - median) > AGREEMENT_BAND + SCORE_EPSILON) far += 1
  }
  return far
}

/**
 * The verdict from its ingredients. `unknownAnswers` and `numericAnswers` count answers (a
 * participant scoring a factor of four statements gives four); `scored` and `far` count participants.
 * Null when there is nothing at all: no score and no "weet ik niet".
 */
export function agreementVerdict(scored: number, far: number, unknownAnswers: number, numericAnswers: number): AgreementReading {
  const answers = unknownAnswers + numericAnswers
  const unknownShare = answers === 0 ? 0 : unknownAnswers / answers
  let agreement: Agreement | null
  if (scored === 0 && unknownAnswers === 0) agreement = null
  else if (scored < MIN_SCORES || atLeast(unknownShare, UNKNOWN_SHARE)) agreement = 'onzeker'
  else agreement = atLeast(far / scored, SPLIT_SHARE) ? 'verdeeld' : 'eens'
  return { agreement, scored, far, unknownShare }
}

/**
 * The rule applied to a list of scores. `sorted` is ascending (one score per participant);
 * `numericAnswers` defaults to one answer per score, as for a single statement.
 */
export function agreementOf(sorted: readonly number[], unknownAnswers: number, numericAnswers = sorted.length): AgreementReading {
  const median = medianOfSorted(sorted)
  const far = median === null ? 0 : farFromMedian(sorted, median)
  return agreementVerdict(sorted.length, far, unknownAnswers, numericAnswers)
}

/** The median of whole-point answers from their counts (no list needed). */
export function medianOfCounts(counts: ScoreCounts): number | null {
  const n = counts.reduce((total, count) => total + count, 0)
  if (n === 0) return null
  const at = (index: number): number => {
    let seen = 0
    for (let point = 0; point < 5; point += 1) {
      seen += counts[point] as number
      if (index < seen) return point + 1
    }
    return 5
  }
  return n % 2 === 1 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2
}

/** The rule applied to whole-point answers given as counts, e.g. one statement's answers. */
export function agreementOfCounts(counts: ScoreCounts, unknownAnswers: number): AgreementReading {
  const median = medianOfCounts(counts)
  let scored = 0
  let far = 0
  counts.forEach((count, index) => {
    scored += count
    if (median !== null && Math.abs(index + 1 - median) > AGREEMENT_BAND + SCORE_EPSILON) far += count
  })
  return agreementVerdict(scored, far, unknownAnswers, scored)
}
