import { describe, expect, it } from 'vitest'

import { medianPerKey, percentile, round, summary } from '../scripts/bench/stats'

describe('benchmark statistics', () => {
  // Nearest rank: the smallest value with at least p % of the samples at or below it, never an interpolation.
  it.each([
    { xs: [3, 1, 2], p: 50, expected: 2 },
    { xs: [4, 1, 3, 2], p: 50, expected: 2 },
    { xs: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], p: 95, expected: 10 },
    { xs: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], p: 90, expected: 9 },
    { xs: Array.from({ length: 20 }, (_, i) => i + 1), p: 95, expected: 19 },
    { xs: [7], p: 95, expected: 7 },
    { xs: [5, 9], p: 0, expected: 5 },
    { xs: [10, 2, 33], p: 100, expected: 33 },
  ])('percentile $p of $xs is $expected', ({ xs, p, expected }) => {
    expect(percentile(xs, p)).toBe(expected)
  })

  it('leaves the samples in their order', () => {
    const xs = [3, 1, 2]
    percentile(xs, 50)
    expect(xs).toEqual([3, 1, 2])
  })

  it.each([
    { x: 1.23456, digits: undefined, expected: 1.235 },
    { x: 16.04, digits: 1, expected: 16 },
    { x: 0.5, digits: 2, expected: 0.5 },
  ])('rounds $x to $digits digits', ({ x, digits, expected }) => {
    expect(round(x, digits)).toBe(expected)
  })

  it.each([
    { xs: [0.7412, 1.3801, 0.9], expected: { p50: 0.9, p95: 1.38, max: 1.38, samples: 3 } },
    { xs: [2.5], expected: { p50: 2.5, p95: 2.5, max: 2.5, samples: 1 } },
  ])('summarises $xs', ({ xs, expected }) => {
    expect(summary(xs)).toEqual(expected)
  })

  it.each([
    { samples: [], expected: {} },
    { samples: [{ render: 90, write: 5 }], expected: { render: 90, write: 5 } },
    {
      samples: [
        { render: 90, write: 5 },
        { render: 300, write: 7 },
        { render: 100, write: 4 },
      ],
      expected: { render: 100, write: 5 },
    },
  ])('takes the median of each phase over $samples.length samples', ({ samples, expected }) => {
    expect(medianPerKey(samples)).toEqual(expected)
  })
})
