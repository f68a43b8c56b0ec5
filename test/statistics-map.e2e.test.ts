import { HtmlValidate } from 'html-validate'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { COUNTIES } from '../shared/statistics/regions'
import type { Observation } from '../shared/statistics/types'
import { axeCheck } from './helpers/browser'
import { parseHtml } from './helpers/html'
import { mapPaths } from '../site/lib/statistics'
import { arrowKeysBetween, buildDemoSite, swedishNumber, type BuiltDemoSite } from './helpers/statistics-site'

/**
 * The statistics map on the built demo site: a dataset whose editor chose the map as its first view shows it without
 * JavaScript (the SVG and its legend); in Chromium a visitor switches to the map, reads a county's value with the
 * keyboard, adds counties to the comparison with Enter and with a click, and axe-core finds nothing to fault.
 */
let demo: BuiltDemoSite
let population: Observation[]
const html = (route: string) => demo.html(route)
// The county map as the build projects it (site/lib/statistics.ts), for the arrow keys' moves.
const countyMap = mapPaths('county')

beforeAll(async () => {
  demo = await buildDemoSite(async (payload) => {
    const find = async (slug: string) =>
      (await payload.find({ collection: 'datasets', where: { slug: { equals: slug } }, overrideAccess: true })).docs[0]
    // The editor's first view of the unemployment figures: the map.
    const unemployment = await find('arbetsloshet')
    await payload.update({
      collection: 'datasets',
      id: unemployment.id,
      data: { defaultView: { ...unemployment.defaultView, view: 'map' } },
      overrideAccess: true,
    })
    // The statistics block on the follow-up page: the map as its first view.
    const followUp = (
      await payload.find({
        collection: 'pages',
        where: { slug: { equals: 'uppfoljning-av-regionalt-tillvaxtarbete' } },
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0]
    await payload.update({
      collection: 'pages',
      id: followUp.id,
      data: {
        layout: (followUp.layout ?? []).map((block) => (block.blockType === 'statistics' ? { ...block, view: 'map', year: 2020 } : block)),
      },
      depth: 0,
      overrideAccess: true,
    })
  })
  population = (await demo.dataset('befolkning')).observations as Observation[]
}, 300_000)
afterAll(() => demo?.close())

describe('without JavaScript', () => {
  it('shows the map with its title, summary and legend when the editor chose it as the first view', () => {
    const island = parseHtml(html('statistik/arbetsloshet')).querySelector('astro-island')!
    const map = island.querySelector('svg.map-chart')!
    expect(map.getAttribute('role')).toBe('img')
    expect(map.querySelector('title')!.textContent).toMatch(/^Arbetslöshet.* per län 2022$/)
    expect(map.querySelector('desc')!.textContent).toMatch(/^År 2022 hade .* högst .*, och .* lägst/)
    // One filled path per county, and the chosen counties' outlines drawn above them.
    const counties = [...map.querySelectorAll(':scope > path')]
    expect(counties).toHaveLength(COUNTIES.length)
    expect(counties.every((p) => /^M\d+ \d+l/.test(p.getAttribute('d')!) && p.getAttribute('fill')!.startsWith('#'))).toBe(true)
    expect(map.querySelectorAll('path[data-outline="chosen"]')).toHaveLength(2)
    // No buttons that would do nothing: the counties become buttons when the island runs.
    expect(map.querySelector('[role="button"], [tabindex]')).toBeNull()

    const legend = [...island.querySelectorAll('.map-legend li')].map((li) => li.textContent!.trim())
    expect(legend.length).toBeGreaterThanOrEqual(3)
    expect(legend.at(-1)).toBe('Valda län')
    for (const label of legend.slice(0, -1)) expect(label).toMatch(/^\d+,\d(–\d+,\d)?$/)
    // The table of every county stays below the map.
    expect(island.querySelectorAll('table tbody tr')).toHaveLength(COUNTIES.length)
  })

  it('shows the map as the statistics block’s first view on a page', () => {
    const block = parseHtml(html('samordning-och-uppfoljning/uppfoljning-av-regionalt-tillvaxtarbete')).querySelector('section.statistics')!
    const map = block.querySelector('svg.map-chart[role="img"]')!
    expect(map.querySelector('title')!.textContent).toBe('Folkmängd per län 2020')
    expect(map.querySelectorAll(':scope > path')).toHaveLength(COUNTIES.length)
    expect(block.querySelector('.map-legend li')!.textContent).toMatch(/^\s*\d[\d\u00a0]*–\d[\d\u00a0]*$/)
  })

  it('keeps the map page valid HTML', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: { 'no-inline-style': 'off', 'no-trailing-whitespace': 'off', 'long-title': 'off' },
    })
    const report = await validator.validateString(html('statistik/arbetsloshet'))
    const problems = report.results
      .flatMap((r) => r.messages)
      // Astro's island runtime writes its <style> beside the first island (as in public-site.e2e.test.ts).
      .filter((m) => !(m.ruleId === 'element-permitted-content' && m.message.startsWith('<style> element')))
      .map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`)
    expect(problems).toEqual([])
  })
})

describe('in a browser', () => {
  let page: Page

  const focusedRegion = () =>
    page.evaluate(() => {
      const el = document.activeElement
      return el?.matches('svg.map-chart path[role="button"]')
        ? { label: el.getAttribute('aria-label') ?? '', outline: getComputedStyle(el).outlineStyle }
        : undefined
    })
  const chosen = () => new URL(page.url()).searchParams.get('lan')

  it('switches to the map, reads a county with the keyboard, adds it with Enter and another with a click', async () => {
    page = await demo.browser.newPage({ locale: 'sv-SE' })
    await page.goto(`${demo.url}/statistik/befolkning/?lan=01`)
    await page.locator('.explorer-controls').waitFor()
    await page.getByLabel('Karta ett år').check()
    await page.locator('svg.map-chart[role="group"]').waitFor()
    await page.waitForFunction(() => location.search.includes('vy=karta'))
    expect(await page.locator('.explorer svg title').textContent()).toBe('Folkmängd per län 2024')

    // The map is one stop in the Tab order: Tab from the view's controls lands on the chosen county.
    await page.getByLabel('Karta ett år').focus()
    let focused
    for (let i = 0; i < 40 && !focused; i++) {
      await page.keyboard.press('Tab')
      focused = await focusedRegion()
    }
    expect(focused?.label).toMatch(/^Stockholms län: /)
    expect(focused?.outline, 'focus on the map is visible').not.toBe('none')
    // The arrow keys move between neighbours, up to Jämtland.
    const keys = arrowKeysBetween(countyMap.regions, '01', '23')
    expect(keys.length).toBeGreaterThan(1)
    for (const key of keys) await page.keyboard.press(key)
    expect((await focusedRegion())?.label).toMatch(/^Jämtlands län: /)
    const jamtland = population.find((o) => o.region === '23' && o.year === 2024)!.value
    await page.waitForFunction(() => document.querySelector('.map-focus')?.textContent?.startsWith('Jämtlands län'))
    const line = (await page.locator('.map-focus').textContent())!
    expect(line).toMatch(/^Jämtlands län: [\d\s\u00a0]+ invånare 2024$/)
    expect(swedishNumber(line.split(':')[1].replace('invånare 2024', ''))).toBe(jamtland)

    await page.keyboard.press('Enter')
    await page.waitForFunction(() => new URLSearchParams(location.search).get('lan') === '01,23')
    expect(await page.locator('path[aria-label^="Jämtlands län"]').getAttribute('aria-pressed')).toBe('true')
    await page.waitForFunction(() => document.querySelector('.map-focus')?.textContent?.endsWith('(vald)'))
    expect(await page.locator('.map-focus').textContent()).toMatch(/^Jämtlands län: .* 2024 \(vald\)$/)
    // Tab leaves the map (one stop, not 21), and Shift+Tab comes back to the county last focused.
    await page.keyboard.press('Tab')
    expect(await focusedRegion()).toBeUndefined()
    await page.keyboard.press('Shift+Tab')
    expect((await focusedRegion())?.label).toMatch(/^Jämtlands län: /)

    await page.locator('path[aria-label^="Norrbottens län"]').click()
    await page.waitForFunction(() => new URLSearchParams(location.search).get('lan') === '01,23,25')
    expect(chosen()).toBe('01,23,25')
    // Chosen counties are outlined, and named as chosen in the table below the map.
    expect(await page.locator('svg.map-chart path[data-outline="chosen"]').count()).toBe(3)
    expect(await page.locator('.explorer tbody tr.selected th').allTextContents()).toEqual(
      expect.arrayContaining(['Stockholms län (vald)', 'Jämtlands län (vald)', 'Norrbottens län (vald)']),
    )

    // Space takes a county out again.
    await page.locator('path[aria-label^="Jämtlands län"]').focus()
    await page.keyboard.press('Space')
    await page.waitForFunction(() => new URLSearchParams(location.search).get('lan') === '01,25')
  })

  it('has no accessibility violations on the map view (axe-core)', async () => {
    await page.goto(`${demo.url}/statistik/befolkning/?lan=23,25&vy=karta&ar=2020`)
    await page.locator('svg.map-chart[role="group"]').waitFor()
    await page.locator('path[aria-label^="Gotlands län"]').hover()
    await page.waitForFunction(() => document.querySelector('.map-focus')?.textContent?.startsWith('Gotlands län'))
    const { violations, passes } = await axeCheck(page)
    expect(violations).toEqual([])
    expect(passes).toBeGreaterThan(20)
    await page.close()
  })
})
