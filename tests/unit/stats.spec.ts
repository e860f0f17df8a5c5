import { describe, expect, it } from 'vitest'
import { atLeast, iqr, mean, median, quartiles, range, round, roundOrNull, spreadOfSorted, SCORE_EPSILON } from '@/core/util/stats'

describe('mean and median', () => {
  it('returns null for no data, never 0', () => {
    expect(mean([])).toBeNull()
    expect(median([])).toBeNull()
  })

  it('computes the mean', () => {
    expect(mean([4, 5])).toBe(4.5)
    expect(mean([1, 2, 3, 4])).toBe(2.5)
  })

  it('takes the middle value (odd) or the mean of the two middle values (even)', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })

  it('sorts numerically and leaves the input alone', () => {
    const input = [10, 9, 1]
    expect(median(input)).toBe(9)
    expect(input).toEqual([10, 9, 1])
  })
})

describe("quartiles (Tukey's hinges)", () => {
  it.each([
    { values: [3], q1: 3, med: 3, q3: 3 },
    { values: [1, 2], q1: 1, med: 1.5, q3: 2 },
    // n odd: the median belongs to both halves: [1,2] and [2,4]
    { values: [1, 2, 4], q1: 1.5, med: 2, q3: 3 },
    { values: [1, 2, 3, 5], q1: 1.5, med: 2.5, q3: 4 },
    // [1,2,3] and [3,4,5]
    { values: [5, 4, 3, 2, 1], q1: 2, med: 3, q3: 4 },
    // [1,2,3] and [4,5,6]
    { values: [1, 2, 3, 4, 5, 6], q1: 2, med: 3.5, q3: 5 },
  ])('n = $values.length: $values', ({ values, q1, med, q3 }) => {
    expect(quartiles(values)).toEqual({ q1, median: med, q3 })
  })

  it('has no quartiles for no data', () => {
    expect(quartiles([])).toBeNull()
  })
})

describe('spread, iqr and range', () => {
  it('summarises a sorted list', () => {
    expect(spreadOfSorted([1, 2, 4, 5])).toEqual({ min: 1, max: 5, q1: 1.5, q3: 4.5, n: 4 })
    expect(spreadOfSorted([])).toBeNull()
  })

  it('measures the middle half and the whole width, 0 without data', () => {
    const s = spreadOfSorted([1, 2, 4, 5])
    expect(iqr(s)).toBe(3)
    expect(range(s)).toBe(4)
    expect(iqr(null)).toBe(0)
    expect(range(null)).toBe(0)
  })
})

describe('rounding and tolerant comparison', () => {
  it('rounds half away from zero, also where floats are stored just below', () => {
    expect(round(2.45)).toBe(2.5)
    expect(round(1.005, 2)).toBe(1.01)
    expect(round(-2.25)).toBe(-2.3)
    expect(round(4.333333, 2)).toBe(4.33)
    expect(round(3)).toBe(3)
  })

  it('passes null through', () => {
    expect(roundOrNull(null)).toBeNull()
    expect(roundOrNull(3.14159, 2)).toBe(3.14)
  })

  it('treats floating-point noise at a threshold as reaching it', () => {
    expect(atLeast(2.5 - SCORE_EPSILON / 10, 2.5)).toBe(true)
    expect(atLeast(2.49, 2.5)).toBe(false)
    expect(atLeast(2.5, 2.5)).toBe(true)
  })
})
