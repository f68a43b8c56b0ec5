import { describe, expect, it } from 'vitest'

import { chartTitle, defaultSelection, prepareDataset, rankingFor, selectionCsv, summarize } from '../shared/statistics/explorer'
import { groupByCounty, searchable } from '../shared/statistics/region-search'
import { COUNTIES, COUNTRY, MUNICIPALITIES } from '../shared/statistics/regions'
import { stackedTitle, summarizeStacked } from '../shared/statistics/survey'
import { chartDataset } from './helpers/statistics-data'

/**
 * Municipality datasets: the picker's search and grouping, and the explorer's words and sums at municipality level.
 * The demo has no real municipality series (the provided data are county-level), so the figures here are generated.
 */
const names = (groups: ReturnType<typeof groupByCounty>) => groups.map((g) => [g.county.name, g.regions.map((r) => r.name)])

describe('the municipality picker’s list', () => {
  it('groups all 290 municipalities under their 21 counties, in the counties’ order', () => {
    const groups = groupByCounty(MUNICIPALITIES, COUNTIES)
    expect(groups.map((g) => g.county.code)).toEqual(COUNTIES.map((c) => c.code))
    expect(groups.flatMap((g) => g.regions)).toHaveLength(290)
    expect(groups.find((g) => g.county.name === 'Gotlands län')!.regions.map((r) => r.name)).toEqual(['Gotland'])
  })

  it.each([
    { query: 'malmö', expected: [['Skåne län', ['Malmö']]] },
    { query: 'Malmo', expected: [['Skåne län', ['Malmö']]] },
    { query: '  OSTERSUND ', expected: [['Jämtlands län', ['Östersund']]] },
    { query: 'upplands', expected: [['Stockholms län', ['Upplands Väsby', 'Upplands-Bro']]] },
    { query: 'upplands bro', expected: [['Stockholms län', ['Upplands-Bro']]] },
    {
      query: 'jämtland',
      expected: [['Jämtlands län', ['Ragunda', 'Bräcke', 'Krokom', 'Strömsund', 'Åre', 'Berg', 'Härjedalen', 'Östersund']]],
    },
    { query: 'xyz', expected: [] },
  ])('“$query” shows $expected', ({ query, expected }) => {
    expect(names(groupByCounty(MUNICIPALITIES, COUNTIES, query))).toEqual(expected)
  })

  it('finds names typed without å, ä and ö, in any case', () => {
    expect(searchable('Åre ÄLVDALEN Öckerö')).toBe('are alvdalen ockero')
  })
})

describe('the explorer at municipality level', () => {
  // Generated figures: every municipality, two years.
  const data = prepareDataset(
    chartDataset({
      slug: 'kommuner',
      regionLevel: 'municipality',
      source: { name: 'Genererade data' },
      observations: MUNICIPALITIES.flatMap((m, i) =>
        [2023, 2024].map((year) => ({ region: m.code, year, value: 1000 + i * 10 + (year - 2023) })),
      ),
    }),
    [COUNTRY, ...COUNTIES, ...MUNICIPALITIES],
  )
  const selection = defaultSelection(data, { regions: ['2584', '1280'] })

  it('has the municipalities with figures and the whole country as their sum, not the counties', () => {
    expect(data.regions).toHaveLength(291)
    expect(data.regions[0]).toEqual(COUNTRY)
    expect(data.regions.some((r) => r.level === 'county')).toBe(false)
    expect(data.value('00', 2023)).toBe(MUNICIPALITIES.reduce((sum, _, i) => sum + 1000 + i * 10, 0))
  })

  it('says “kommun” in titles and sentences', () => {
    expect(chartTitle(data, { ...selection, view: 'map' })).toBe('Folkmängd per kommun 2024')
    expect(chartTitle(data, { ...selection, view: 'bars' })).toBe('Folkmängd per kommun 2024')
    expect(summarize(data, { ...selection, regions: [] })).toBe('Välj minst en kommun för att se hur värdena har utvecklats.')
    expect(summarize(data, { ...selection, view: 'map' })).toMatch(
      /^År 2024 hade Kiruna högst folkmängd, 3\s\d{3} invånare, och Upplands Väsby lägst/u,
    )
    expect(summarizeStacked(data, { regions: [], year: 2024 })).toBe('Välj minst en kommun för att se hur svaren fördelar sig.')
    expect(stackedTitle(data, { year: 2024 })).toBe('Folkmängd per svarsalternativ och kommun 2024')
  })

  it('ranks all 290 and writes the chosen year’s CSV with the municipalities’ names', () => {
    const ranking = rankingFor(data, { ...selection, view: 'map' })
    expect(ranking).toHaveLength(290)
    expect(ranking.filter((r) => r.selected).map((r) => r.name)).toEqual(['Kiruna', 'Malmö'])
    const csv = selectionCsv(data, { ...selection, view: 'map' }).split(/\r?\n/)
    expect(csv[0]).toBe('\ufeffregion,region_name,year,value')
    expect(csv).toContainEqual(expect.stringMatching(/^2584,Kiruna,2024,/))
    expect(csv.filter(Boolean)).toHaveLength(291)
  })
})
