import fs from 'node:fs'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Dataset } from '../shared/payload-types'
import { COUNTIES, MUNICIPALITIES } from '../shared/statistics/regions'
import type { Observation } from '../shared/statistics/types'
import { mapPaths, MUNICIPALITY_MAP_PATH } from '../site/lib/statistics'
import { axeCheck } from './helpers/browser'
import { parseHtml } from './helpers/html'
import { arrowKeysBetween, buildDemoSite, swedishNumber, type BuiltDemoSite } from './helpers/statistics-site'

/**
 * Municipality datasets on the built site. The provided data hold no municipality series, so the demo stays at county
 * level and these tests add generated figures for all 290 municipalities: one dataset opening on lines, one whose
 * editor chose the map. Without JavaScript the map-first page shows all 290 municipalities; in Chromium a visitor
 * finds municipalities by name in the picker, grouped by county, opens the map (its shapes fetched only then),
 * moves across it with the arrow keys and adds a municipality with Enter; axe finds nothing to fault.
 */
const LINES = 'kommuner-genererade'
const MAP_FIRST = 'kommuner-karta-genererade'
/** Generated, not real: a figure per municipality and year that differs between them. */
const generated: Observation[] = MUNICIPALITIES.flatMap((m, i) =>
  [2022, 2023, 2024].map((year) => ({ region: m.code, year, value: 5_000 + ((i * 7919) % 90_000) + (year - 2022) * (i % 50) })),
)
const valueOf = (code: string, year: number) => generated.find((o) => o.region === code && o.year === year)!.value

let demo: BuiltDemoSite

beforeAll(async () => {
  demo = await buildDemoSite(async (payload) => {
    const views: [string, NonNullable<Dataset['defaultView']>][] = [
      [LINES, { view: 'lines', regions: ['0180', '1480'] }],
      [MAP_FIRST, { view: 'map', regions: ['2584'] }],
    ]
    for (const [slug, view] of views)
      await payload.create({
        collection: 'datasets',
        data: {
          _status: 'published',
          slug,
          title: slug === LINES ? 'Folkmängd i kommunerna (genererade data)' : 'Kommunerna på karta (genererade data)',
          description: 'Genererade siffror för varje kommun, för att prova kommunvyerna.',
          indicator: 'Folkmängd',
          unit: 'invånare',
          decimals: 0,
          kind: 'numeric',
          regionLevel: 'municipality',
          countryReference: 'sum',
          source: { name: 'Genererade testdata' },
          defaultView: view,
          observations: generated,
        },
        overrideAccess: true,
        context: { skipRebuild: true },
      })
  })
}, 300_000)
afterAll(() => demo?.close())

describe('without JavaScript', () => {
  it('shows the map of all 290 municipalities, its legend and table, when the editor chose the map', () => {
    const island = parseHtml(demo.html(`statistik/${MAP_FIRST}`)).querySelector('astro-island')!
    const map = island.querySelector('svg.map-chart[role="img"]')!
    expect(map.querySelector('title')!.textContent).toBe('Folkmängd per kommun 2024')
    expect(map.querySelectorAll(':scope > path')).toHaveLength(290)
    expect(map.querySelectorAll('path[data-outline="chosen"]')).toHaveLength(1)
    expect([...island.querySelectorAll('.map-legend li')].at(-1)!.textContent!.trim()).toBe('Valda kommuner')
    expect(island.querySelector('table thead')!.textContent).toContain('Kommun')
    const rows = [...island.querySelectorAll('table tbody tr')]
    expect(rows).toHaveLength(290)
    const kiruna = rows.find((r) => r.querySelector('th')!.textContent!.startsWith('Kiruna'))!
    expect(swedishNumber(kiruna.querySelector('td.num')!.textContent!)).toBe(valueOf('2584', 2024))
  })

  it('keeps the municipalities’ shapes out of a page that opens on another view: they are fetched from one file', () => {
    const page = demo.html(`statistik/${LINES}`)
    const file = JSON.parse(fs.readFileSync(demo.file(MUNICIPALITY_MAP_PATH), 'utf8')) as ReturnType<typeof mapPaths>
    expect(file.regions.map((r) => r.code).sort()).toEqual(MUNICIPALITIES.map((m) => m.code).sort())
    expect(page).not.toContain('map-chart')
    expect(file.regions.filter((r) => page.includes(r.d.slice(0, 40)))).toEqual([])
    // The island is told where to fetch them.
    expect(page).toContain(MUNICIPALITY_MAP_PATH)
  })
})

describe('in a browser', () => {
  let page: Page
  const chosen = () => new URL(page.url()).searchParams.get('lan')

  it('finds municipalities by name, grouped by county, and adds and removes them', async () => {
    page = await demo.browser.newPage({ locale: 'sv-SE' })
    await page.goto(`${demo.url}/statistik/${LINES}/`)
    await page.locator('.explorer-controls').waitFor()
    const picker = page.getByRole('group', { name: 'Välj kommuner att jämföra' })
    expect(await picker.getByRole('group').count()).toBe(COUNTIES.length)
    expect(await picker.getByRole('checkbox').count()).toBe(290 + 1) // and the whole country

    await picker.getByLabel('Sök kommun eller län').fill('malmo')
    await page.getByText('1 kommun visas').waitFor()
    expect(await picker.getByRole('group').allInnerTexts()).toEqual([expect.stringMatching(/^Skåne län\s+Malmö$/)])
    await picker.getByLabel('Malmö').check()
    await page.waitForFunction(() => new URLSearchParams(location.search).get('lan') === '0180,1280,1480')

    await picker.getByLabel('Sök kommun eller län').fill('jämtland')
    await page.getByText('8 kommuner visas').waitFor()
    expect(await picker.getByRole('group', { name: 'Jämtlands län' }).getByRole('checkbox').count()).toBe(8)
    // The chosen ones stay listed while the search hides them, each with a button that takes it out.
    expect(await page.getByRole('list', { name: 'Valda kommuner:' }).getByRole('listitem').allInnerTexts()).toEqual([
      'Stockholm ×',
      'Malmö ×',
      'Göteborg ×',
    ])
    await page.getByRole('button', { name: 'Ta bort Göteborg' }).click()
    await page.waitForFunction(() => new URLSearchParams(location.search).get('lan') === '0180,1280')
    expect(await page.locator('.explorer table thead th').allTextContents()).toEqual(['År', 'Stockholm', 'Malmö'])
    expect(await page.locator('.explorer table tbody tr').first().locator('td').allTextContents()).toEqual(
      [valueOf('0180', 2022), valueOf('1280', 2022)].map((v) => new Intl.NumberFormat('sv-SE').format(v)),
    )
  })

  it('fetches the map when it is first shown, and moves across it with the arrow keys', async () => {
    const fetched = page.waitForResponse((response) => response.url().endsWith(MUNICIPALITY_MAP_PATH))
    await page.getByLabel('Karta ett år').check()
    expect((await fetched).status()).toBe(200)
    await page.locator('svg.map-chart[role="group"]').waitFor()
    expect(await page.locator('svg.map-chart path[role="button"]').count()).toBe(290)
    expect(await page.locator('.explorer svg title').textContent()).toBe('Folkmängd per kommun 2024')
    expect(await page.getByRole('group', { name: 'Markera kommuner' }).isVisible()).toBe(true)
    expect(await page.getByLabel('Kommunerna rangordnade ett år (staplar)').count()).toBe(1)

    // The first chosen municipality is the map's stop in the Tab order; the arrows lead from it to Kiruna.
    await page.locator('svg.map-chart path[tabindex="0"]').focus()
    expect(await page.locator('svg.map-chart path[tabindex="0"]').getAttribute('aria-label')).toMatch(/^Stockholm: /)
    for (const key of arrowKeysBetween(mapPaths('municipality').regions, '0180', '2584')) await page.keyboard.press(key)
    await page.waitForFunction(() => document.querySelector('.map-focus')?.textContent?.startsWith('Kiruna:'))
    const line = (await page.locator('.map-focus').textContent())!
    expect(swedishNumber(line.replace(/^Kiruna: /, '').replace(/ invånare 2024$/, ''))).toBe(valueOf('2584', 2024))
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => new URLSearchParams(location.search).get('lan') === '0180,1280,2584')
    expect(chosen()).toBe('0180,1280,2584')
    expect(await page.locator('svg.map-chart path[data-outline="chosen"]').count()).toBe(3)
  })

  it('has no accessibility violations with the picker searched and the map shown (axe-core)', async () => {
    await page.getByLabel('Sök kommun eller län').fill('upplands')
    await page.getByText('2 kommuner visas').waitFor()
    const { violations, passes } = await axeCheck(page)
    expect(violations).toEqual([])
    expect(passes).toBeGreaterThan(20)
    await page.close()
  })
})
