/** The benchmark's arithmetic: pure functions, unit-tested in test/bench-stats.unit.test.ts. */

/** The nearest-rank percentile (no interpolation): always one of the measured values. */
export function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(xs.length - 1, Math.max(0, Math.ceil((p / 100) * xs.length) - 1))]
}

export const round = (x: number, digits = 3) => Number(x.toFixed(digits))

export type Summary = { p50: number; p95: number; max: number; samples: number }

/** One class of edit's times, in seconds, as the results report them (never pooled across classes). */
export function summary(xs: number[]): Summary {
  return {
    p50: round(percentile(xs, 50)),
    p95: round(percentile(xs, 95)),
    max: round(Math.max(...xs)),
    samples: xs.length,
  }
}

/** The median of each key across samples; the first sample's keys are the ones reported (every publish logs the same phases). */
export function medianPerKey(samples: Record<string, number>[]): Record<string, number> {
  return Object.fromEntries(
    Object.keys(samples[0] ?? {}).map((key) => [
      key,
      percentile(
        samples.map((s) => s[key]),
        50,
      ),
    ]),
  )
}
