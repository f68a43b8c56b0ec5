/**
 * The statistics explorer's logic, free of React so it is tested on its own and shared by the static build and
 * the island: what a selection (regions, years, view) shows, how it is written in the address, the sentence
 * that sums it up, and the CSV of exactly that selection.
 */
import { observationsToCsv } from './csv-export'
import { SWEDISH, textsOf, type StatisticsTexts } from './texts'
import type { ChartView, DatasetForChart, Observation, Region } from './types'

export interface Selection {
  regions: string[]
  from: number
  to: number
  /** The year of the ranking (bars) and of the map. */
  year: number
  view: ChartView
  /** Survey results: the answer category shown. */
  category?: string
  /** Lines as an index (first year = 100), so regions of very different size can be compared. */
  index?: boolean
}

/** A dataset made ready for charts: the whole country added where it is the sum of the counties, lookups built. */
export interface PreparedDataset extends DatasetForChart {
  years: number[]
  /** Regions that have figures, the whole country first. */
  regions: Region[]
  categories: string[]
  value(region: string, year: number, category?: string): number | undefined
  /** The words and formats the explorer uses (texts.ts). */
  texts: StatisticsTexts
}

export const COUNTRY_CODE = '00'
const key = (region: string, year: number, category?: string) => `${region}|${year}|${category ?? ''}`

/** Adds the whole country as the sum of the counties for every year (and category) where all counties have a figure. */
function withCountrySums(observations: Observation[], countyCount: number): Observation[] {
  const groups = new Map<string, { year: number; category?: string; sum: number; count: number }>()
  for (const o of observations) {
    if (o.region === COUNTRY_CODE) return observations
    const k = key('', o.year, o.category)
    const group = groups.get(k) ?? { year: o.year, category: o.category, sum: 0, count: 0 }
    group.sum += o.value
    group.count++
    groups.set(k, group)
  }
  const sums = [...groups.values()]
    .filter((g) => g.count === countyCount)
    .map((g) =>
      g.category === undefined
        ? { region: COUNTRY_CODE, year: g.year, value: g.sum }
        : { region: COUNTRY_CODE, year: g.year, value: g.sum, category: g.category },
    )
  return [...observations, ...sums]
}

/**
 * `regions`: names of every region code the data may hold (the whole country, counties, municipalities);
 * `texts`: the language the explorer speaks.
 */
export function prepareDataset(dataset: DatasetForChart, regions: Region[], texts: StatisticsTexts = SWEDISH): PreparedDataset {
  const regionCount = regions.filter((r) => r.level === dataset.regionLevel).length
  const observations =
    dataset.countryReference === 'sum'
      ? withCountrySums(dataset.observations, regionCount)
      : dataset.countryReference === 'none'
        ? dataset.observations.filter((o) => o.region !== COUNTRY_CODE)
        : dataset.observations
  const values = new Map(observations.map((o) => [key(o.region, o.year, o.category), o.value]))
  const present = new Set(observations.map((o) => o.region))
  const categories = [...new Set(observations.map((o) => o.category).filter((c): c is string => c !== undefined))]
  return {
    ...dataset,
    observations,
    years: [...new Set(observations.map((o) => o.year))].sort((a, b) => a - b),
    regions: regions
      .filter((r) => present.has(r.code))
      .sort((a, b) => (a.code === COUNTRY_CODE ? -1 : b.code === COUNTRY_CODE ? 1 : a.code.localeCompare(b.code))),
    categories,
    value: (region, year, category) => values.get(key(region, year, category)),
    texts,
  }
}

export const hasCountry = (data: PreparedDataset) => data.regions.some((r) => r.code === COUNTRY_CODE)
export const nameOf = (data: PreparedDataset, code: string) => data.regions.find((r) => r.code === code)?.name ?? code

// ---- the address ----------------------------------------------------------------------------------------------

const VIEW_PARAMS: Record<ChartView, string> = {
  bars: 'rangordning',
  lines: 'utveckling',
  table: 'tabell',
  map: 'karta',
  stacked: 'alla-svar',
}

/** Whether the dataset can be shown so (every answer stacked needs answers). */
export const viewFits = (data: PreparedDataset, view: ChartView) => view !== 'stacked' || data.kind === 'survey'

/** Views that show every region for one year (the ranking's year), not the chosen regions over time. */
export const isOneYearView = (view: ChartView) => view === 'bars' || view === 'map'

/** The selection from the address (`?lan=23,25,00&fran=2010&till=2024&ar=2024&vy=utveckling`), each part checked against the data. */
export function selectionFromSearch(search: string, data: PreparedDataset, fallback: Selection): Selection {
  const params = new URLSearchParams(search)
  const year = (name: string, otherwise: number) => {
    const value = Number(params.get(name))
    return data.years.includes(value) ? value : otherwise
  }
  const codes = params.has('lan')
    ? (params.get('lan') ?? '').split(',').filter((code) => data.regions.some((r) => r.code === code))
    : fallback.regions
  const asked = (Object.keys(VIEW_PARAMS) as ChartView[]).find((v) => VIEW_PARAMS[v] === params.get('vy'))
  const view = asked && viewFits(data, asked) ? asked : fallback.view
  const category = params.get('svar')
  const index = params.has('skala') ? params.get('skala') === 'index' : fallback.index
  let [from, to] = [year('fran', fallback.from), year('till', fallback.to)]
  if (from > to) [from, to] = [to, from]
  return {
    regions: [...new Set(codes)],
    from,
    to,
    year: year('ar', fallback.year),
    view,
    index: Boolean(index),
    ...(data.categories.length > 0
      ? { category: category && data.categories.includes(category) ? category : (fallback.category ?? data.categories[0]) }
      : {}),
  }
}

export function selectionToSearch(selection: Selection): string {
  const params = new URLSearchParams({
    lan: selection.regions.join(','),
    fran: String(selection.from),
    till: String(selection.to),
    ar: String(selection.year),
    vy: VIEW_PARAMS[selection.view],
    skala: selection.index ? 'index' : 'varde',
    ...(selection.category ? { svar: selection.category } : {}),
  })
  return `?${params.toString().replaceAll('%2C', ',')}`
}

/** The default selection: what the editor chose, completed from the data (all years, latest year, first answer). */
export function defaultSelection(data: PreparedDataset, chosen: Partial<Selection> = {}): Selection {
  const first = data.years[0] ?? new Date().getFullYear()
  const last = data.years.at(-1) ?? first
  const inData = (y: number | undefined) => (y !== undefined && data.years.includes(y) ? y : undefined)
  const regions = (chosen.regions ?? []).filter((code) => data.regions.some((r) => r.code === code))
  return {
    regions: regions.length > 0 ? regions : data.regions.slice(0, hasCountry(data) ? 3 : 2).map((r) => r.code),
    from: inData(chosen.from) ?? first,
    to: inData(chosen.to) ?? last,
    year: inData(chosen.year) ?? last,
    view: chosen.view && viewFits(data, chosen.view) ? chosen.view : 'lines',
    // The whole country as a sum dwarfs every county: its lines are compared as an index unless the editor says otherwise.
    index: chosen.index ?? data.countryReference === 'sum',
    ...(data.categories.length > 0
      ? { category: chosen.category && data.categories.includes(chosen.category) ? chosen.category : data.categories[0] }
      : {}),
  }
}

// ---- what is shown ---------------------------------------------------------------------------------------------

export const yearsOf = (data: PreparedDataset, selection: Selection) => data.years.filter((y) => y >= selection.from && y <= selection.to)

/** Change in per cent from `a` to `b`; undefined when either is missing or `a` is zero. */
export function changePercent(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined || b === undefined || a === 0) return undefined
  return ((b - a) / Math.abs(a)) * 100
}

export interface Series {
  code: string
  name: string
  points: { year: number; value: number }[]
  change?: number
}

/** Lines and the table: each chosen region's figures over the chosen years, and its change from first to last year. */
export function seriesFor(data: PreparedDataset, selection: Selection): Series[] {
  const years = yearsOf(data, selection)
  return selection.regions.map((code) => {
    const points = years.flatMap((year) => {
      const value = data.value(code, year, selection.category)
      return value === undefined ? [] : [{ year, value }]
    })
    return {
      code,
      name: nameOf(data, code),
      points,
      change: changePercent(data.value(code, selection.from, selection.category), data.value(code, selection.to, selection.category)),
    }
  })
}

/**
 * The lines as drawn: the figures, or each region's figures as an index of the range's first year (= 100).
 * A region without a positive figure for that year has no index: its line is left out (the table still shows it).
 */
export function chartSeries(data: PreparedDataset, selection: Selection): Series[] {
  const series = seriesFor(data, selection)
  if (!selection.index) return series
  return series.map((s) => {
    const base = data.value(s.code, selection.from, selection.category)
    return { ...s, points: base !== undefined && base > 0 ? s.points.map((p) => ({ year: p.year, value: (p.value / base) * 100 })) : [] }
  })
}

export interface RankedRegion {
  code: string
  name: string
  value: number
  rank: number
  selected: boolean
}

/** Bars: every region (not the whole country) with a figure for the year, highest first. */
export function rankingFor(data: PreparedDataset, selection: Selection): RankedRegion[] {
  return data.regions
    .filter((r) => r.code !== COUNTRY_CODE)
    .flatMap((r) => {
      const value = data.value(r.code, selection.year, selection.category)
      return value === undefined ? [] : [{ code: r.code, name: r.name, value, selected: selection.regions.includes(r.code) }]
    })
    .sort((a, b) => b.value - a.value)
    .map((r, index) => ({ ...r, rank: index + 1 }))
}

// ---- words and numbers -------------------------------------------------------------------------------------------

type WithTexts = { texts?: StatisticsTexts }

/** A figure in the language's format with the dataset's decimals: "10 587 710" (sv), "10,587,710" (en); "–" for none. */
export const formatValue = (data: Pick<DatasetForChart, 'decimals'> & WithTexts, value: number | undefined) =>
  value === undefined
    ? '–'
    : new Intl.NumberFormat(textsOf(data).numberLocale, {
        minimumFractionDigits: data.decimals,
        maximumFractionDigits: data.decimals,
      }).format(value)

/** "4,9 %", "4.9%" */
const formatPercent = (data: WithTexts, value: number) => {
  const t = textsOf(data)
  return t.percent(new Intl.NumberFormat(t.numberLocale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value))
}

/** "+4,9 %", "−0,7 %": a change, with its sign. */
export const formatChange = (data: WithTexts, change: number | undefined) =>
  change === undefined ? '–' : `${change > 0 ? '+' : ''}${formatPercent(data, change)}`

/** "A, B och C", "A, B and C" */
export const listOf = (data: WithTexts, items: string[]) =>
  new Intl.ListFormat(textsOf(data).listLocale, { style: 'long', type: 'conjunction' }).format(items)

/** What the indicator is, for a sentence: "folkmängd", or with the survey answer. */
function measure(data: PreparedDataset, selection: Selection) {
  const indicator = data.indicator.charAt(0).toLowerCase() + data.indicator.slice(1)
  return selection.category ? data.texts.answerInSentence(indicator, selection.category) : indicator
}

/** The chart's title. */
export function chartTitle(data: PreparedDataset, selection: Selection): string {
  const t = data.texts
  const answer = selection.category ? t.answerInTitle(selection.category) : ''
  return isOneYearView(selection.view)
    ? t.perRegion(data.indicator, answer, t.words[data.regionLevel].one, selection.year)
    : `${data.indicator}${answer} ${selection.from}–${selection.to}`
}

/** The unit of what the chart shows. */
export const chartUnit = (data: PreparedDataset, selection: Selection) =>
  selection.view === 'lines' && selection.index ? data.texts.indexUnit(selection.from) : data.unit

/** One sentence saying what the chart shows, for everyone and for screen readers. */
export function summarize(data: PreparedDataset, selection: Selection): string {
  const t = data.texts
  const unit = data.unit ? ` ${data.unit}` : ''
  if (isOneYearView(selection.view)) {
    const ranking = rankingFor(data, selection)
    if (ranking.length === 0) return t.noValues(selection.year)
    const top = ranking[0]
    const bottom = ranking.at(-1)!
    const chosen = ranking.filter((r) => r.selected).map((r) => t.place(r.name, r.rank))
    const place = chosen.length > 0 ? t.chosenPlaces(listOf(data, chosen), ranking.length) : ''
    const value = (v: number) => `${formatValue(data, v)}${unit}`
    return `${t.ranked(selection.year, top.name, measure(data, selection), value(top.value), bottom.name, value(bottom.value))}${place}`
  }
  if (selection.regions.length === 0) return `${t.words[data.regionLevel].atLeastOne} ${t.over}`
  const parts = seriesFor(data, selection).map((s) => {
    const start = data.value(s.code, selection.from, selection.category)
    if (start === 0 && data.value(s.code, selection.to, selection.category) !== undefined) return t.noPercentChange(s.name, selection.from)
    if (s.change === undefined) return t.missingFor(s.name)
    if (Math.abs(s.change) < 0.05) return t.unchanged(s.name)
    return t.changed(s.change > 0, formatPercent(data, Math.abs(s.change)), s.name)
  })
  const what = measure(data, selection)
  return t.developed(what.charAt(0).toUpperCase() + what.slice(1), selection.from, selection.to, listOf(data, parts))
}

/** The observations of the current selection, as CSV: the ranking's year for bars and the map, the chosen regions and years otherwise. */
export function selectionCsv(data: PreparedDataset, selection: Selection): string {
  const rows: Observation[] = isOneYearView(selection.view)
    ? rankingFor(data, selection).map((r) => ({ region: r.code, year: selection.year, value: r.value, category: selection.category }))
    : seriesFor(data, selection).flatMap((s) =>
        s.points.map((p) => ({ region: s.code, year: p.year, value: p.value, category: selection.category })),
      )
  return observationsToCsv(
    rows.map(({ category, ...rest }) => (category === undefined ? rest : { ...rest, category })),
    (code) => nameOf(data, code),
  )
}
