/**
 * The map's classes, colours and legend: which of about five colours each region gets for the chosen year.
 * Pure and small, since the island carries it (the projection, with d3-geo, runs only at build time: map-geometry.ts).
 *
 * Why quantiles (and not equal intervals): regional figures are skewed. With equal intervals three big counties
 * (Stockholm, Västra Götaland, Skåne) take the upper classes and the other eighteen share one colour, so the map
 * says nothing about them. Quantiles put about as many regions in each class, so every colour is used and
 * neighbours can be told apart; each limit is the roundest number between the values it separates, so the legend
 * stays readable and still says how wide each class is.
 * Data on both sides of zero (changes, balances) get equal intervals symmetric around zero instead, with a
 * diverging scheme whose middle class holds zero, so "up" and "down" are two colours, not two shades of one.
 */
import { formatValue } from './explorer'
import type { StatisticsTexts } from './texts'

/** ColorBrewer "Blues", 5 classes: colour-blind safe, and light to dark so it reads in greyscale and print too. */
export const SEQUENTIAL_COLOURS = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] as const
/** ColorBrewer "RdBu", 5 classes (colour-blind safe): red below zero, blue above, near-white around zero. */
export const DIVERGING_COLOURS = ['#ca0020', '#f4a582', '#f7f7f7', '#92c5de', '#0571b0'] as const
/** Regions without a figure: white, with a hatch in the map and the legend. */
export const MISSING_COLOUR = '#ffffff'

export interface MapClass {
  /** Lowest value in the class (the first class starts at the smallest value). */
  from: number
  /** Values below this are in the class; the last class ends at (and includes) the largest value. */
  below?: number
  /** The largest value of the last class. */
  to?: number
  colour: string
  /** "100 000–249 999" */
  label: string
}

export interface MapClasses {
  kind: 'sequential' | 'diverging'
  classes: MapClass[]
  /** The class index of a value (rounded to the dataset's decimals first, as it is shown). */
  classOf(value: number): number
}

/** The roundest number in (a, b]: the fewest significant figures, never finer than the dataset's decimals. */
function roundestBetween(a: number, b: number, decimals: number): number {
  const top = Math.floor(Math.log10(Math.max(Math.abs(a), Math.abs(b), 10 ** -decimals)))
  for (let power = top + 1; power >= -decimals; power--) {
    const step = 10 ** power
    const candidate = roundTo((Math.floor(a / step + 1e-9) + 1) * step, Math.max(decimals, 0))
    if (candidate > a && candidate <= b) return candidate
  }
  return b
}

const roundTo = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals

/** A "nice" step (1, 2, 2,5 or 5 × 10ⁿ) at least `value`. */
function niceStep(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value))
  return ([1, 2, 2.5, 5, 10].find((m) => m * power >= value - 1e-12) ?? 10) * power
}

/**
 * Quantile limits of sorted values: the split after every `n / count` values, each placed at the roundest number
 * between the two values on either side of it (so the legend reads "210 000", not "207 312"). No split between equal values.
 */
function quantileLimits(sorted: number[], count: number, decimals: number): number[] {
  return Array.from({ length: count - 1 }, (_, i) => Math.round(((i + 1) * sorted.length) / count)).flatMap((k) =>
    k > 0 && k < sorted.length && sorted[k - 1] < sorted[k] ? [roundestBetween(sorted[k - 1], sorted[k], decimals)] : [],
  )
}

/**
 * Splits `values` (one per region, for one year) into at most `count` classes that together cover every value,
 * with legend labels in the number format of `texts` (Swedish when not given).
 */
export function mapClasses(values: number[], decimals: number, count = 5, texts?: StatisticsTexts): MapClasses {
  const shown = values.map((v) => roundTo(v, decimals)).sort((a, b) => a - b)
  const format = (v: number) => formatValue({ decimals, texts }, v)
  const unitStep = 10 ** -decimals
  if (shown.length === 0) return { kind: 'sequential', classes: [], classOf: () => -1 }
  const min = shown[0]
  const max = shown.at(-1)!
  const diverging = min < 0 && max > 0

  let limits: number[]
  // Diverging: which of the five colours the first class gets (classes below the data are left out).
  let firstColour = 0
  if (diverging) {
    // Five classes of equal width s around zero: the middle one is [−s/2, s/2), so zero sits in its centre.
    const reach = Math.max(-min, max)
    const step = Math.max(niceStep((2 * reach) / DIVERGING_COLOURS.length), 2 * unitStep)
    limits = [-1.5, -0.5, 0.5, 1.5].map((k) => roundTo(k * step, decimals + 1))
    firstColour = limits.filter((l) => l <= min).length
  } else {
    limits = quantileLimits(shown, Math.min(count, SEQUENTIAL_COLOURS.length), decimals)
  }
  // Keep limits inside the data and increasing, so that no class is empty at either end.
  limits = [...new Set(limits)].filter((l) => l > min && l <= max).sort((a, b) => a - b)

  const palette = diverging ? DIVERGING_COLOURS : SEQUENTIAL_COLOURS
  const bounds = [min, ...limits]
  const classes: MapClass[] = bounds.map((from, i) => {
    const below = limits[i]
    // A diverging scheme keeps zero in the middle colour whatever classes the data leave out; a sequential one
    // spreads fewer classes over the whole light-to-dark range.
    const colour = diverging
      ? palette[firstColour + i]
      : palette[bounds.length === 1 ? Math.floor(palette.length / 2) : Math.round((i * (palette.length - 1)) / (bounds.length - 1))]
    if (below === undefined) {
      return { from, to: max, colour, label: from === max ? format(max) : `${format(from)}–${format(max)}` }
    }
    const last = roundTo(below - unitStep, decimals)
    return { from, below, colour, label: last <= from ? format(from) : `${format(from)}–${format(last)}` }
  })
  return {
    kind: diverging ? 'diverging' : 'sequential',
    classes,
    classOf(value) {
      const v = roundTo(value, decimals)
      const index = limits.findIndex((l) => v < l)
      return index === -1 ? limits.length : index
    },
  }
}
