import { describe, expect, it } from 'vitest'

import { defaultSelection, prepareDataset, selectionFromSearch, selectionToSearch } from '../shared/statistics/explorer'
import { COUNTIES, COUNTRY } from '../shared/statistics/regions'
import {
  formatShare,
  segmentLabel,
  stackColours,
  stackedBars,
  stackedCsv,
  summarizeStacked,
  textColourOn,
  STACK_COLOURS,
} from '../shared/statistics/survey'
import type { DatasetForChart, Observation } from '../shared/statistics/types'

/** Survey results as 100 % stacked bars: every answer of each chosen region for one year. */
const regions = [COUNTRY, ...COUNTIES]
const survey = (observations: Observation[], extra: Partial<DatasetForChart> = {}) =>
  prepareDataset(
    {
      slug: 'enkat',
      title: 'Enkät',
      indicator: 'Andel svarande',
      unit: 'procent',
      decimals: 1,
      kind: 'survey',
      regionLevel: 'county',
      countryReference: 'data',
      source: { name: 'Test' },
      observations,
      ...extra,
    },
    regions,
  )
const answers = (region: string, year: number, shares: Record<string, number>): Observation[] =>
  Object.entries(shares).map(([category, value]) => ({ region, year, value, category }))

const ORDERED = ['Mycket bra', 'Ganska bra', 'Ganska dåligt', 'Mycket dåligt', 'Vet inte']

const cases: {
  name: string
  observations: Observation[]
  regions: string[]
  year: number
  categories: string[]
  /** Per region in the bars' order: its name and its shares rounded to one decimal. */
  bars: [string, number[]][]
}[] = [
  {
    name: 'categories in the order they first appear, not alphabetical',
    observations: [
      ...answers('13', 2024, { 'Mycket bra': 20, 'Ganska bra': 34, 'Ganska dåligt': 26, 'Mycket dåligt': 10, 'Vet inte': 10 }),
      ...answers('25', 2024, { 'Vet inte': 5, 'Mycket dåligt': 5, 'Ganska dåligt': 20, 'Ganska bra': 40, 'Mycket bra': 30 }),
    ],
    regions: ['13', '25'],
    year: 2024,
    categories: ORDERED,
    bars: [
      ['Hallands län', [20, 34, 26, 10, 10]],
      ['Norrbottens län', [30, 40, 20, 5, 5]],
    ],
  },
  {
    name: 'shares that do not sum to 100 are normalised per region',
    observations: [
      ...answers('13', 2024, { Ja: 30, Nej: 30, 'Vet inte': 15 }),
      ...answers('23', 2024, { Ja: 50.2, Nej: 49.9, 'Vet inte': 0 }),
    ],
    regions: ['13', '23'],
    year: 2024,
    categories: ['Ja', 'Nej', 'Vet inte'],
    bars: [
      ['Hallands län', [40, 40, 20]],
      ['Jämtlands län', [50.1, 49.9, 0]],
    ],
  },
  {
    name: 'a category a region lacks is a segment of 0',
    observations: [...answers('01', 2024, { Ja: 60, Nej: 30, 'Vet inte': 10 }), ...answers('13', 2024, { Ja: 70, 'Vet inte': 30 })],
    regions: ['13', '01'],
    year: 2024,
    categories: ['Ja', 'Nej', 'Vet inte'],
    bars: [
      ['Hallands län', [70, 0, 30]],
      ['Stockholms län', [60, 30, 10]],
    ],
  },
  {
    name: 'regions in the order of the selection, the whole country too when the data has it',
    observations: [
      ...answers('00', 2024, { Ja: 55, Nej: 45 }),
      ...answers('01', 2024, { Ja: 60, Nej: 40 }),
      ...answers('25', 2024, { Ja: 40, Nej: 60 }),
      ...answers('13', 2024, { Ja: 50, Nej: 50 }),
    ],
    regions: ['25', '00', '01'],
    year: 2024,
    categories: ['Ja', 'Nej'],
    bars: [
      ['Norrbottens län', [40, 60]],
      ['Riket', [55, 45]],
      ['Stockholms län', [60, 40]],
    ],
  },
  {
    name: 'only the chosen year; a region without answers that year has an empty bar',
    observations: [
      ...answers('13', 2023, { Ja: 10, Nej: 90 }),
      ...answers('13', 2024, { Ja: 80, Nej: 20 }),
      ...answers('01', 2023, { Ja: 50, Nej: 50 }),
    ],
    regions: ['13', '01'],
    year: 2024,
    categories: ['Ja', 'Nej'],
    bars: [
      ['Hallands län', [80, 20]],
      ['Stockholms län', [0, 0]],
    ],
  },
]

describe('stacked bars of survey answers', () => {
  it.each(cases)('$name', ({ observations, regions: chosen, year, categories, bars }) => {
    const data = survey(observations)
    expect(data.categories).toEqual(categories)
    const stacked = stackedBars(data, { regions: chosen, year })
    expect(stacked.map((b) => [b.name, b.segments.map((s) => Math.round(s.share * 10) / 10)])).toEqual(bars)
    for (const bar of stacked) {
      expect(bar.segments.map((s) => s.category)).toEqual(categories)
      const sum = bar.segments.reduce((total, s) => total + s.share, 0)
      if (bar.total > 0) expect(sum).toBeCloseTo(100, 9)
      else expect(sum).toBe(0)
      // Each segment starts where the one before it ends.
      bar.segments.forEach((s, i) => expect(s.start).toBeCloseTo(i === 0 ? 0 : bar.segments[i - 1].start + bar.segments[i - 1].share, 9))
    }
  })

  it('names each segment with its region, answer and share', () => {
    const data = survey(answers('13', 2024, { 'Mycket bra': 20, 'Ganska bra': 34, 'Ganska dåligt': 46 }))
    const [bar] = stackedBars(data, { regions: ['13'], year: 2024 })
    expect(bar.segments.map((s) => segmentLabel(bar, s))).toEqual([
      'Hallands län: Mycket bra 20 %',
      'Hallands län: Ganska bra 34 %',
      'Hallands län: Ganska dåligt 46 %',
    ])
    expect(formatShare(33.333)).toBe('33,3 %')
    expect(summarizeStacked(data, { regions: ['13'], year: 2024 })).toBe(
      'År 2024 var det vanligaste svaret ”Ganska dåligt” i Hallands län (46 %). Staplarna visar alla 3 svarsalternativ som andelar av 100 %.',
    )
    const several = survey([
      ...answers('01', 2024, { Ja: 60, Nej: 40 }),
      ...answers('13', 2024, { Ja: 45, Nej: 55 }),
      ...answers('25', 2024, { Ja: 70, Nej: 30 }),
      ...answers('23', 2023, { Ja: 50, Nej: 50 }),
    ])
    expect(summarizeStacked(several, { regions: ['01', '13', '25', '23'], year: 2024 })).toBe(
      'År 2024 var det vanligaste svaret ”Ja” i Stockholms län (60 %) och Norrbottens län (70 %); ”Nej” i Hallands län (55 %). Svar saknas för Jämtlands län. Staplarna visar alla 2 svarsalternativ som andelar av 100 %.',
    )
    expect(stackedCsv(data, { regions: ['13'], year: 2024 }).split('\n')[2]).toBe('13,Hallands län,2024,Ganska bra,34')
  })

  it.each([1, 2, 3, 5, 9, 12])('gives %i answers distinct colours in order of rising lightness (greyscale keeps them apart)', (count) => {
    const colours = stackColours(count)
    expect(colours).toHaveLength(count)
    if (count <= STACK_COLOURS.length) {
      expect(new Set(colours).size).toBe(count)
      const indexes = colours.map((c) => STACK_COLOURS.indexOf(c as (typeof STACK_COLOURS)[number]))
      expect(indexes).toEqual([...indexes].sort((a, b) => a - b))
    }
  })

  it.each([
    ['#440154', '#ffffff'],
    ['#21918c', '#000000'],
    ['#fde725', '#000000'],
  ])('writes a share on %s in %s', (background, text) => {
    expect(textColourOn(background)).toBe(text)
  })

  it('keeps the view in the address, and offers it for survey results only', () => {
    const data = survey(answers('13', 2024, { Ja: 50, Nej: 50 }))
    const chosen = selectionFromSearch('?lan=13&ar=2024&vy=alla-svar', data, defaultSelection(data))
    expect(chosen.view).toBe('stacked')
    expect(selectionToSearch(chosen)).toContain('vy=alla-svar')
    const numeric = survey([{ region: '13', year: 2024, value: 5 }], { kind: 'numeric' })
    expect(selectionFromSearch('?vy=alla-svar', numeric, defaultSelection(numeric)).view).toBe('lines')
    expect(defaultSelection(numeric, { view: 'stacked' }).view).toBe('lines')
    expect(defaultSelection(data, { view: 'stacked' }).view).toBe('stacked')
  })
})
