/**
 * Survey results as 100 % stacked bars: for one year, one bar per chosen region, split into every answer category
 * in the dataset's order (the order categories first appear in the figures, which is the imported CSV's row order).
 * Free of React, so the static build, the island and the unit tests share it.
 */
import { observationsToCsv } from './csv-export'
import { listOf, nameOf, type PreparedDataset, type Selection } from './explorer'
import { SWEDISH, type StatisticsTexts } from './texts'
import type { Observation } from './types'

export interface StackedSegment {
  category: string
  /** The figure as given in the data; undefined when the region has no figure for this answer. */
  value: number | undefined
  /** Its share of the region's answers, normalised so a region's shares sum to 100. */
  share: number
  /** Where the segment starts, 0–100 (the sum of the shares before it). */
  start: number
}

export interface StackedBar {
  code: string
  name: string
  /** Every category of the dataset, in its order; a missing answer is a segment of share 0. */
  segments: StackedSegment[]
  /** The sum of the figures as given (100 when the data adds up); 0 when the region has no figure that year. */
  total: number
}

/** The stacked bars of the chosen year: the chosen regions in the order of the selection. */
export function stackedBars(data: PreparedDataset, selection: Pick<Selection, 'regions' | 'year'>): StackedBar[] {
  return selection.regions.map((code) => {
    const values = data.categories.map((category) => data.value(code, selection.year, category))
    const total = values.reduce<number>((sum, v) => sum + Math.max(0, v ?? 0), 0)
    let start = 0
    const segments = data.categories.map((category, i) => {
      const value = values[i]
      const share = total > 0 ? (Math.max(0, value ?? 0) / total) * 100 : 0
      const segment = { category, value, share, start }
      start += share
      return segment
    })
    return { code, name: nameOf(data, code), segments, total }
  })
}

/**
 * Colours for ordered answers, first to last: a sequential scale (viridis) whose lightness rises step by step, so
 * neighbouring answers stay apart for colour-blind readers and in greyscale. Fewer answers take evenly spaced steps.
 */
export const STACK_COLOURS = ['#440154', '#472d7b', '#3b528b', '#2c728e', '#21918c', '#28ae80', '#5ec962', '#addc30', '#fde725'] as const

export function stackColours(count: number): string[] {
  if (count <= 1) return [STACK_COLOURS[2]]
  if (count > STACK_COLOURS.length) return Array.from({ length: count }, (_, i) => STACK_COLOURS[i % STACK_COLOURS.length])
  return Array.from({ length: count }, (_, i) => STACK_COLOURS[Math.round((i * (STACK_COLOURS.length - 1)) / (count - 1))])
}

/** Black or white, whichever reads better on the colour (WCAG relative luminance). */
export function textColourOn(hex: string): '#000000' | '#ffffff' {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)
  // Contrast with black (L + 0.05) / 0.05 against white 1.05 / (L + 0.05): equal at L ≈ 0.179.
  return luminance > 0.179 ? '#000000' : '#ffffff'
}

/** "34 %", "4,5 %" ("34%", "4.5%" in English): a share as the chart's labels show it (one decimal only when it is not whole). */
export const formatShare = (share: number, t: StatisticsTexts = SWEDISH) => {
  return t.percent(new Intl.NumberFormat(t.numberLocale, { maximumFractionDigits: 1 }).format(Math.round(share * 10) / 10))
}

/** A segment's accessible name: "Hallands län: Ganska bra 34 %". */
export const segmentLabel = (bar: StackedBar, segment: StackedSegment, t: StatisticsTexts = SWEDISH) =>
  `${bar.name}: ${segment.category} ${formatShare(segment.share, t)}`

export const stackedTitle = (data: PreparedDataset, selection: Pick<Selection, 'year'>) => {
  const t = data.texts
  return t.perAnswer(data.indicator, t.words[data.regionLevel].one, selection.year)
}

/** One sentence: the most common answer in each chosen region, regions with the same answer together. */
export function summarizeStacked(data: PreparedDataset, selection: Pick<Selection, 'regions' | 'year'>): string {
  const t = data.texts
  if (selection.regions.length === 0) return `${t.words[data.regionLevel].atLeastOne} ${t.spreadOver}`
  const list = (items: string[]) => listOf(data, items)
  const byAnswer = new Map<string, string[]>()
  const missing: string[] = []
  for (const bar of stackedBars(data, selection)) {
    if (bar.total === 0) {
      missing.push(bar.name)
      continue
    }
    const top = bar.segments.reduce((a, b) => (b.share > a.share ? b : a))
    byAnswer.set(top.category, [...(byAnswer.get(top.category) ?? []), `${bar.name} (${formatShare(top.share, data.texts)})`])
  }
  const parts = [...byAnswer].map(([answer, regions]) => t.answerIn(answer, list(regions)))
  const most = parts.length > 0 ? t.mostCommon(selection.year, parts.join('; ')) : t.noAnswers(selection.year)
  const without = missing.length > 0 && parts.length > 0 ? t.answersMissing(list(missing)) : ''
  return `${most}${without}${t.allAnswers(data.categories.length)}`
}

/** The figures behind the stacked bars, as CSV: every answer of the chosen regions in the chosen year. */
export function stackedCsv(data: PreparedDataset, selection: Pick<Selection, 'regions' | 'year'>): string {
  const rows: Observation[] = stackedBars(data, selection).flatMap((bar) =>
    bar.segments.flatMap((s) =>
      s.value === undefined ? [] : [{ region: bar.code, year: selection.year, value: s.value, category: s.category }],
    ),
  )
  return observationsToCsv(rows, (code) => nameOf(data, code))
}
