import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { chartTitle, defaultSelection, formatChange, formatValue, prepareDataset, summarize } from '../shared/statistics/explorer'
import { mapClasses } from '../shared/statistics/map-classes'
import { COUNTIES, COUNTRY, englishName } from '../shared/statistics/regions'
import { SWEDISH } from '../shared/statistics/texts'
import { ENGLISH } from '../shared/statistics/texts-en'
import { formatShare, stackedTitle } from '../shared/statistics/survey'
import type { DatasetForChart } from '../shared/statistics/types'
import StatisticsExplorer from '../site/components/statistics/StatisticsExplorer'
import StatisticsExplorerEnglish from '../site/components/statistics/StatisticsExplorerEnglish'
import { chartDataset } from './helpers/statistics-data'

/**
 * The statistics explorer in English, for the English site (issue 15): numbers, titles and sentences in English
 * formats and words, and the island's first view as rendered at build time. Swedish stays as it was (the other
 * statistics suites assert its exact words).
 */
const nbsp = '\u00a0'
const dataset = (): DatasetForChart =>
  chartDataset({
    slug: 'population',
    title: 'Population',
    indicator: 'Population',
    unit: 'inhabitants',
    decimals: 1,
    source: { name: 'SCB' },
    observations: COUNTIES.flatMap((c, i) =>
      [2023, 2024].map((year) => ({ region: c.code, year, value: 1234.5 + i * 1000 + (year - 2023) * 10 })),
    ),
  })
const regionsIn = (language: 'sv' | 'en') => [COUNTRY, ...COUNTIES].map((r) => (language === 'en' ? { ...r, name: englishName(r) } : r))

describe('numbers', () => {
  it.each([
    { language: 'en', texts: ENGLISH, value: 1234.5, expected: '1,234.5' },
    { language: 'sv', texts: SWEDISH, value: 1234.5, expected: `1${nbsp}234,5` },
    { language: 'none given', texts: undefined, value: 1234.5, expected: `1${nbsp}234,5` },
  ])('formats $value as $expected ($language)', ({ texts, value, expected }) => {
    expect(formatValue({ decimals: 1, texts }, value).replace(/\u202f/g, nbsp)).toBe(expected)
  })

  it('writes changes and shares as each language does', () => {
    expect(formatChange({ texts: ENGLISH }, 4.93)).toBe('+4.9%')
    expect(formatChange({ texts: SWEDISH }, -0.7)).toBe('−0,7 %')
    expect(formatShare(33.333, ENGLISH)).toBe('33.3%')
    expect(mapClasses([1200.5, 2400.25, 3600, 4800, 6000], 1, 5, ENGLISH).classes.at(-1)!.label).toMatch(/^[\d,]+\.\d–6,000\.0$/)
  })
})

describe('names and sentences', () => {
  it.each([
    ['01', 'Stockholm County'],
    ['14', 'Västra Götaland County'],
    ['08', 'Kalmar County'],
    ['25', 'Norrbotten County'],
    ['00', 'Sweden'],
  ])('calls %s %s', (code, name) => {
    expect(englishName([COUNTRY, ...COUNTIES].find((r) => r.code === code)!)).toBe(name)
  })

  const data = prepareDataset(dataset(), regionsIn('en'), ENGLISH)
  const selection = defaultSelection(data, { regions: ['23', '25'], from: 2023, to: 2024 })

  it('titles and sums up the chart in English', () => {
    expect(chartTitle(data, { ...selection, view: 'bars' })).toBe('Population by county 2024')
    expect(chartTitle(data, selection)).toBe('Population 2023–2024')
    expect(summarize(data, selection)).toBe('Population from 2023 to 2024: up 0.1% in Jämtland County and unchanged in Norrbotten County.')
    expect(summarize(data, { ...selection, view: 'bars' })).toBe(
      'In 2024, Norrbotten County had the highest population, 21,244.5 inhabitants, and Stockholm County the lowest, 1,244.5 inhabitants. Of those chosen, Norrbotten County ranks 1 and Jämtland County ranks 3 of 21.',
    )
    expect(summarize(data, { ...selection, regions: [] })).toBe('Choose at least one county to see how the figures have changed.')
    expect(stackedTitle(data, { year: 2024 })).toBe('Population by answer and county 2024')
  })
})

describe('the island’s first view, as built', () => {
  const html = (language: 'sv' | 'en') => {
    const props = { dataset: dataset(), regions: regionsIn(language), initial: { view: 'bars' as const, year: 2024 } }
    return renderToStaticMarkup(
      language === 'en' ? createElement(StatisticsExplorerEnglish, props) : createElement(StatisticsExplorer, props),
    )
  }

  it('is in English on an English page: headings, table and numbers', () => {
    const page = html('en')
    expect(page).toContain('Population by county 2024 (inhabitants)')
    expect(page).toContain('<th scope="col">Rank</th><th scope="col">County</th>')
    expect(page).toContain('Stockholm County')
    expect(page).toContain('21,244.5')
    expect(page).toContain('With JavaScript on, you can choose counties and years.')
    expect(page).not.toMatch(/Län|län|Plats/)
  })

  it('stays in Swedish otherwise', () => {
    const page = html('sv')
    expect(page).toContain('Population per län 2024 (inhabitants)')
    expect(page).toContain('<th scope="col">Plats</th><th scope="col">Län</th>')
    expect(page).toContain(`21${nbsp}244,5`)
  })
})
