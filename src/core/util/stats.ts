/**
 * Small descriptive statistics for scores on the 1–5 scale.
 * Every function takes plain numbers, never mutates its input and returns null for "no data"
 * so that callers cannot mistake an empty set for a score of 0.
 */

/**
 * Tolerance for comparing a computed score with a threshold. Means and medians of fractions
 * (e.g. (7/3 + 8/3) / 2) can land a hair below a boundary in floating point; without this a
 * score that is 2.5 on paper could be classed as 2.4999999.
 */
export const SCORE_EPSILON = 1e-9

/** `value ≥ threshold`, forgiving floating-point noise (see SCORE_EPSILON). */
export function atLeast(value: number, threshold: number): boolean {
  return value >= threshold - SCORE_EPSILON
}

export function sum(values: readonly number[]): number {
  let total = 0
  for (const v of values) total += v
  return total
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : sum(values) / values.length
}

/**
 * Ascending copy. A typed array sorts numerically without a comparator callback (Array's default
 * sort compares strings), several times faster for the thousands of values of a large workshop.
 */
export function sortedCopy(values: readonly number[]): number[] {
  const sorted = new Float64Array(values).sort()
  // A plain loop: Array.from on a typed array goes through the iterator protocol, slower than the sort.
  const copy = new Array<number>(sorted.length)
  for (let i = 0; i < sorted.length; i += 1) copy[i] = sorted[i] as number
  return copy
}

/** Median of an already ascending list. */
export function medianOfSorted(sorted: readonly number[]): number | null {
  const n = sorted.length
  if (n === 0) return null
  const mid = Math.floor(n / 2)
  // Index access is safe: 0 ≤ mid < n, and mid - 1 ≥ 0 whenever n is even and > 0.
  return n % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

export function median(values: readonly number[]): number | null {
  return medianOfSorted(sortedCopy(values))
}

export interface Quartiles {
  q1: number
  median: number
  q3: number
}

/**
 * Tukey's hinges on an ascending list: Q1 is the median of the lower half and Q3 of the upper half;
 * with an odd count the median belongs to both halves. Chosen over interpolating methods because
 * a workshop group is small and hinges are easy to explain ("the middle of the lower half").
 */
export function quartilesOfSorted(sorted: readonly number[]): Quartiles | null {
  const n = sorted.length
  if (n === 0) return null
  const half = Math.ceil(n / 2)
  return {
    q1: medianOfSorted(sorted.slice(0, half)) as number,
    median: medianOfSorted(sorted) as number,
    q3: medianOfSorted(sorted.slice(n - half)) as number,
  }
}

export function quartiles(values: readonly number[]): Quartiles | null {
  return quartilesOfSorted(sortedCopy(values))
}

/** How the answers of a group spread out; n is the number of numeric values. */
export interface Spread {
  min: number
  max: number
  q1: number
  q3: number
  n: number
}

export function spreadOfSorted(sorted: readonly number[]): Spread | null {
  const quart = quartilesOfSorted(sorted)
  if (quart === null) return null
  return {
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
    q1: quart.q1,
    q3: quart.q3,
    n: sorted.length,
  }
}

/** Interquartile range (Tukey hinges); 0 for an empty spread keeps sorting code simple. */
export function iqr(spread: Spread | null): number {
  return spread === null ? 0 : spread.q3 - spread.q1
}

export function range(spread: Spread | null): number {
  return spread === null ? 0 : spread.max - spread.min
}

/**
 * Round half away from zero to `decimals` places. The tiny relative nudge makes 1.005 → 1.01
 * (plain Math.round(1.005 * 100) gives 100 because 1.005 is stored as 1.00499…).
 */
export function round(value: number, decimals = 1): number {
  const factor = 10 ** decimals
  const rounded = Math.round(Math.abs(value) * factor * (1 + Number.EPSILON)) / factor
  return value < 0 ? -rounded : rounded
}

export function roundOrNull(value: number | null, decimals = 1): number | null {
  return value === null ? null : round(value, decimals)
}
