import { describe, expect, it } from 'vitest'

import {
  chartSeries,
  defaultSelection,
  prepareDataset,
  rankingFor,
  selectionCsv,
  selectionFromSearch,
  selectionToSearch,
  seriesFor,
  summarize,
  type Selection,
} from '../shared/statistics/explorer'
import { COUNTIES, COUNTRY } from '../shared/statistics/regions'
import type { DatasetForChart, Observation } from '../shared/statistics/types'

/** The island's logic on its own: what a visitor's choice of counties, years and view shows. */
const regions = [COUNTRY, ...COUNTIES]
// Every county 100 + its code in 2010, growing by one per year; Jämtland (23) and Norrbotten (25) set apart.
const observations: Observation[] = COUNTIES.flatMap((c) =>
  [2010, 2011, 2012].map((year) => ({
    region: c.code,
    year,
    value:
      c.code === '23'
        ? [200, 210, 220][year - 2010]
        : c.code === '25'
          ? [400, 380, 360][year - 2010]
          : 100 + Number(c.code) + (year - 2010),
  })),
)
const base: DatasetForChart = {
  slug: 'test',
  title: 'Test',
  indicator: 'Folkmängd',
  unit: 'invånare',
  decimals: 0,
  kind: 'numeric',
  regionLevel: 'county',
  countryReference: 'sum',
  source: { name: 'Test' },
  observations,
}
const data = prepareDataset(base, regions)
const selection = (change: Partial<Selection> = {}): Selection => ({
  ...defaultSelection(data),
  regions: ['23', '25', '00'],
  from: 2010,
  to: 2012,
  index: false,
  ...change,
})

describe('the whole country', () => {
  it('is the sum of the counties where the dataset says so, and only where every county has a figure', () => {
    const sum2010 = observations.filter((o) => o.year === 2010).reduce((s, o) => s + o.value, 0)
    expect(data.value('00', 2010)).toBe(sum2010)
    const gap = prepareDataset({ ...base, observations: observations.filter((o) => !(o.region === '01' && o.year === 2012)) }, regions)
    expect(gap.value('00', 2011)).toBeDefined()
    expect(gap.value('00', 2012)).toBeUndefined()
  })

  it('is left out where it is not comparable', () => {
    const none = prepareDataset(
      { ...base, countryReference: 'none', observations: [...observations, { region: '00', year: 2010, value: 1 }] },
      regions,
    )
    expect(none.regions.map((r) => r.code)).not.toContain('00')
    expect(defaultSelection(none).regions).toEqual(['01', '03'])
  })
})

describe('a selection', () => {
  it('shows the chosen counties over the chosen years, with the change in per cent', () => {
    const series = seriesFor(data, selection({ from: 2011 }))
    expect(series.map((s) => [s.name, s.points.map((p) => p.value), s.change?.toFixed(2)])).toEqual([
      ['Jämtlands län', [210, 220], '4.76'],
      ['Norrbottens län', [380, 360], '-5.26'],
      [
        'Riket',
        [data.value('00', 2011), data.value('00', 2012)],
        ((data.value('00', 2012)! / data.value('00', 2011)! - 1) * 100).toFixed(2),
      ],
    ])
  })

  it('draws lines as an index of the first year when asked', () => {
    expect(chartSeries(data, selection({ index: true }))[0].points.map((p) => Number(p.value.toFixed(6)))).toEqual([100, 105, 110])
    expect(chartSeries(data, selection())[0].points.map((p) => p.value)).toEqual([200, 210, 220])
  })

  it('ranks the counties of one year, highest first, marking the chosen ones', () => {
    const ranking = rankingFor(data, selection({ view: 'bars', year: 2012 }))
    expect(ranking).toHaveLength(21)
    expect(ranking[0]).toMatchObject({ name: 'Norrbottens län', value: 360, rank: 1, selected: true })
    expect(ranking[1]).toMatchObject({ name: 'Jämtlands län', value: 220, rank: 2, selected: true })
    expect(ranking.at(-1)).toMatchObject({ name: 'Stockholms län', value: 103, rank: 21, selected: false })
  })

  it('is summed up in one Swedish sentence', () => {
    expect(summarize(data, selection({ regions: ['23', '25'] }))).toBe(
      'Folkmängd från 2010 till 2012: ökning med 10,0 % i Jämtlands län och minskning med 10,0 % i Norrbottens län.',
    )
    expect(summarize(data, selection({ view: 'bars', year: 2012, regions: ['23'] }))).toBe(
      'År 2012 hade Norrbottens län högst folkmängd, 360 invånare, och Stockholms län lägst, 103 invånare. Av de valda ligger Jämtlands län på plats 2 av 21.',
    )
    expect(summarize(data, selection({ regions: [] }))).toBe('Välj minst ett län för att se hur värdena har utvecklats.')
  })

  it('is written into the address and read back from it, unknown parts ignored', () => {
    const chosen = selection({ from: 2011, view: 'table', index: true })
    const search = selectionToSearch(chosen)
    expect(search).toBe('?lan=23,25,00&fran=2011&till=2012&ar=2012&vy=tabell&skala=index')
    expect(selectionFromSearch(search, data, defaultSelection(data))).toEqual(chosen)
    const odd = selectionFromSearch('?lan=23,99,<script>&fran=1800&till=2011&vy=konstig', data, selection())
    expect(odd).toMatchObject({ regions: ['23'], from: 2010, to: 2011, view: 'lines' })
    expect(selectionFromSearch('?fran=2012&till=2010', data, selection())).toMatchObject({ from: 2010, to: 2012 })
  })

  it('downloads as CSV exactly what is shown', () => {
    const csv = selectionCsv(data, selection({ regions: ['23', '25'], from: 2011 }))
    expect(csv).toBe(
      '\uFEFFregion,region_name,year,value\n23,Jämtlands län,2011,210\n23,Jämtlands län,2012,220\n25,Norrbottens län,2011,380\n25,Norrbottens län,2012,360\n',
    )
    const bars = selectionCsv(data, selection({ view: 'bars', year: 2010 }))
    expect(bars.trim().split('\n')).toHaveLength(22)
  })

  it('shows one answer of survey results at a time', () => {
    const survey = prepareDataset(
      {
        ...base,
        kind: 'survey',
        indicator: 'Andel svarande',
        unit: 'procent',
        countryReference: 'none',
        decimals: 1,
        observations: [
          { region: '23', year: 2024, value: 40.5, category: 'Bra' },
          { region: '23', year: 2024, value: 59.5, category: 'Dåligt' },
          { region: '25', year: 2024, value: 30, category: 'Bra' },
          { region: '25', year: 2024, value: 70, category: 'Dåligt' },
        ],
      },
      regions,
    )
    const chosen = selectionFromSearch('?vy=rangordning&svar=D%C3%A5ligt', survey, defaultSelection(survey))
    expect(chosen.category).toBe('Dåligt')
    expect(rankingFor(survey, chosen).map((r) => [r.name, r.value])).toEqual([
      ['Norrbottens län', 70],
      ['Jämtlands län', 59.5],
    ])
    expect(summarize(survey, chosen)).toBe(
      'År 2024 hade Norrbottens län högst andel svarande (svaret ”Dåligt”), 70,0 procent, och Jämtlands län lägst, 59,5 procent. Av de valda ligger Norrbottens län på plats 1 och Jämtlands län på plats 2 av 2.',
    )
    expect(selectionCsv(survey, chosen).split('\n')[1]).toBe('25,Norrbottens län,2024,Dåligt,70')
  })
})
