import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Observation } from '../shared/statistics/types'
import { axeCheck } from './helpers/browser'
import { parseHtml } from './helpers/html'
import { buildDemoSite, swedishNumber, type BuiltDemoSite } from './helpers/statistics-site'

/**
 * The demo survey on the built demo site, in Chromium: every answer of the chosen counties as 100 % stacked bars,
 * the legend in the dataset's order, each segment named, the table of the figures, and no axe violation.
 */
const SLUG = 'enkat-regionalt-samarbete-demo'
const ANSWERS = ['Mycket bra', 'Ganska bra', 'Ganska dåligt', 'Mycket dåligt', 'Vet inte']

let demo: BuiltDemoSite
let page: Page
let survey: Observation[]

beforeAll(async () => {
  demo = await buildDemoSite(async (payload) => {
    const dataset = (await payload.find({ collection: 'datasets', where: { slug: { equals: SLUG } }, overrideAccess: true })).docs[0]
    // The editor picks the stacked view as the dataset's first view (the seeded demo shows one answer ranked).
    await payload.update({
      collection: 'datasets',
      id: dataset.id,
      data: { defaultView: { ...dataset.defaultView, view: 'stacked' } },
      overrideAccess: true,
      context: { skipRebuild: true },
    })
  })
  survey = (await demo.dataset(SLUG)).observations as Observation[]
  page = await demo.browser.newPage({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } })
}, 300_000)
afterAll(() => demo?.close())

describe('survey results, every answer per county', () => {
  it('has the stacked view in the built page when the editor chose it: bars, legend and table without JavaScript', () => {
    const doc = parseHtml(demo.html(`statistik/${SLUG}`))
    const chart = doc.querySelector('astro-island svg.stacked-chart')!
    expect(chart.querySelector('title')!.textContent).toBe('Andel svarande per svarsalternativ och län 2024')
    expect(chart.querySelector('desc')!.textContent).toMatch(
      /^År 2024 var det vanligaste svaret ”.+” i Jämtlands län \([\d,]+ %\).* Norrbottens län \([\d,]+ %\)\. Staplarna visar alla 5 svarsalternativ/,
    )
    const bars = [...chart.querySelectorAll('.stacked-bar')]
    expect(bars).toHaveLength(2)
    expect(
      [...bars[0].querySelectorAll('[role="img"]')].map((g) => g.querySelector('title')!.textContent!.replace(/ [\d,]+ %$/, '')),
    ).toEqual(ANSWERS.map((a) => `Jämtlands län: ${a}`))
    expect([...doc.querySelectorAll('.stacked-legend li')].map((li) => li.textContent!.trim())).toEqual(ANSWERS)
    expect([...doc.querySelectorAll('astro-island table thead th')].map((th) => th.textContent)).toEqual(['Län', ...ANSWERS])
    expect([...doc.querySelectorAll('astro-island table tbody th')].map((th) => th.textContent)).toEqual([
      'Jämtlands län',
      'Norrbottens län',
    ])
  })

  it('switches to the stacked view: one bar per chosen county, every answer in the legend in order, each segment named', async () => {
    await page.goto(`${demo.url}/statistik/${SLUG}/?vy=rangordning`)
    await page.locator('.explorer-controls').waitFor()
    expect(await page.locator('.stacked-chart').count()).toBe(0)
    await page.getByRole('radio', { name: 'Alla svar per län (staplade)' }).check()
    await page.locator('.stacked-chart').waitFor()

    // The seeded first view chooses Jämtland and Norrbotten; the latest year.
    const bars = page.locator('.stacked-chart .stacked-bar')
    expect(await bars.count()).toBe(2)
    expect(await page.locator('.stacked-legend li').allTextContents()).toEqual(ANSWERS.map((a) => ` ${a}`))
    expect(await page.locator('.stacked-legend').getAttribute('aria-label')).toBe('Svarsalternativ, i ordning')
    for (const [index, name] of ['Jämtlands län', 'Norrbottens län'].entries()) {
      const labels = await bars
        .nth(index)
        .locator('[role="img"]')
        .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label')))
      expect(labels.map((l) => l!.replace(/ [\d,]+ %$/, ''))).toEqual(ANSWERS.map((a) => `${name}: ${a}`))
      const shares = labels.map((l) => swedishNumber(l!.match(/([\d,]+) %$/)![1]))
      expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0)
    }
    expect(await page.locator('.stacked-chart title').first().textContent()).toBe('Andel svarande per svarsalternativ och län 2024')
    expect(page.url()).toContain('vy=alla-svar')

    // The table lists the figures as given: one row per county, one column per answer, in the same order.
    expect(await page.locator('.explorer table thead th').allTextContents()).toEqual(['Län', ...ANSWERS])
    const rows = await page
      .locator('.explorer table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')))
    expect(rows.map((r) => r[0])).toEqual(['Jämtlands län', 'Norrbottens län'])
    for (const [code, row] of [
      ['23', rows[0]],
      ['25', rows[1]],
    ] as const)
      expect(row.slice(1).map(swedishNumber)).toEqual(
        ANSWERS.map((a) => survey.find((o) => o.region === code && o.year === 2024 && o.category === a)!.value),
      )

    // One more county: its bar comes in the counties' order, and the year can be changed.
    await page.getByRole('checkbox', { name: 'Hallands län' }).check()
    expect(await page.locator('.explorer table tbody th').allTextContents()).toEqual(['Hallands län', 'Jämtlands län', 'Norrbottens län'])
    expect(await bars.count()).toBe(3)
    await page.locator('.explorer-years select').first().selectOption('2023')
    expect(await page.locator('.stacked-chart title').first().textContent()).toBe('Andel svarande per svarsalternativ och län 2023')
  })

  it('has no axe violations on the stacked view', async () => {
    await page.goto(`${demo.url}/statistik/${SLUG}/?lan=13,23,25&ar=2024&vy=alla-svar`, { waitUntil: 'networkidle' })
    await page.locator('.explorer-controls').waitFor()
    await page.locator('.stacked-chart').waitFor()
    expect(await page.locator('.stacked-chart .stacked-bar').count()).toBe(3)
    const { violations, passes } = await axeCheck(page)
    expect(violations).toEqual([])
    expect(passes).toBeGreaterThan(20)
  })
})
