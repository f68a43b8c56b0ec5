import fs from 'node:fs'

import { HtmlValidate } from 'html-validate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Dataset } from '../shared/payload-types'
import { DATASET_JSON_FORMAT, type DatasetJson } from '../shared/statistics/dataset-json'
import { regionName } from '../shared/statistics/regions'
import type { Observation } from '../shared/statistics/types'
import { mapPaths } from '../site/lib/statistics'
import { axeCheck } from './helpers/browser'
import { parseHtml } from './helpers/html'
import { arrowKeysBetween, buildDemoSite, swedishNumber, type BuiltDemoSite } from './helpers/statistics-site'

/**
 * Reusing the statistics on the built demo site: each dataset as JSON with its metadata, the embeddable chart other
 * websites frame (no site chrome, accessible, takes the page's address parameters) and the <iframe> code offered
 * for it on the dataset page. Which pages may be framed is proved in security/headers.e2e.test.ts.
 */
let demo: BuiltDemoSite
let datasets: Dataset[]

const file = (route: string) => demo.file(route)
const html = (route: string) => demo.html(route)
const SITE_URL = process.env.SITE_URL ?? 'http://localhost:4321'

beforeAll(async () => {
  demo = await buildDemoSite()
  datasets = (await demo.cms.payload.find({ collection: 'datasets', limit: 100, overrideAccess: true })).docs
}, 300_000)
afterAll(() => demo?.close())

describe('/statistik/<slug>.json', () => {
  it('holds every dataset’s observations and metadata, as stored in the CMS', () => {
    expect(datasets.length).toBe(5)
    for (const dataset of datasets) {
      const json = JSON.parse(fs.readFileSync(file(`statistik/${dataset.slug}.json`), 'utf8')) as DatasetJson
      const observations = dataset.observations as Observation[]
      expect(json.format).toBe(DATASET_JSON_FORMAT)
      expect(json.observations).toEqual(observations)
      expect(json.observations.length).toBeGreaterThan(10)
      expect({
        title: json.title,
        indicator: json.indicator,
        unit: json.unit,
        decimals: json.decimals,
        kind: json.kind,
        regionLevel: json.regionLevel,
        source: json.source,
        updatedAt: json.updatedAt,
      }).toEqual({
        title: dataset.title,
        indicator: dataset.indicator,
        unit: dataset.unit,
        decimals: dataset.decimals,
        kind: dataset.kind,
        regionLevel: dataset.regionLevel,
        source: { name: dataset.source.name, url: dataset.source.url ?? null },
        updatedAt: dataset.updatedAt,
      })
      const codes = [...new Set(observations.map((o) => o.region))].sort()
      expect(json.regions).toEqual(Object.fromEntries(codes.map((code) => [code, regionName(code)])))
      expect(json.links.csv).toBe(`${SITE_URL}/statistik/${dataset.slug}.csv`)
    }
  })

  it('gives the method as plain text', () => {
    const json = JSON.parse(fs.readFileSync(file('statistik/nystartade-foretag.json'), 'utf8')) as DatasetJson
    expect(json.method.length).toBeGreaterThan(40)
    expect(json.method).not.toMatch(/<\w/)
    expect(html('statistik/nystartade-foretag')).toContain(json.method.split('\n')[0].slice(0, 30))
  })

  it('is linked on the dataset page beside the CSV file', () => {
    const doc = parseHtml(html('statistik/befolkning'))
    const link = doc.querySelector('a[href="/statistik/befolkning.json"]')!
    expect(link.textContent).toMatch(/^Hämta som JSON/)
    expect(link.parentElement!.querySelector('a[href="/statistik/befolkning.csv"]')).not.toBeNull()
  })

  it('is served as JSON', async () => {
    const response = await fetch(`${demo.url}/statistik/befolkning.json`)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
  })
})

describe('the embeddable chart, /statistik/<slug>/inbaddning/', () => {
  it('is a Swedish page with the chart and its source, without the site’s header, menu, breadcrumbs or footer', () => {
    const doc = parseHtml(html('statistik/befolkning/inbaddning'))
    expect(doc.documentElement.getAttribute('lang')).toBe('sv')
    expect(doc.querySelector('header, footer, nav, .skip-link, .site-search, .breadcrumbs')).toBeNull()
    expect(doc.querySelectorAll('main')).toHaveLength(1)
    expect(doc.querySelector('h1')!.textContent).toBe('Befolkning i länen')
    expect(doc.querySelector('main svg[role="img"] title')!.textContent).toBe('Folkmängd 2010–2024')
    expect(doc.querySelector('.explorer-controls, .explorer-nojs, a[download]')).toBeNull()
    expect(doc.querySelector('.source')!.textContent).toContain('Källa: SCB')
    expect(doc.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex')
    // Links leave the frame: the site's other pages refuse to be framed.
    for (const a of doc.querySelectorAll('main a')) expect(a.getAttribute('target')).toBe('_blank')
  })

  it('validates with html-validate', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: { 'no-inline-style': 'off', 'no-trailing-whitespace': 'off', 'long-title': 'off' },
    })
    for (const route of ['statistik/befolkning/inbaddning', 'statistik/befolkning']) {
      const report = await validator.validateString(html(route), route)
      const problems = report.results
        .flatMap((r) => r.messages)
        .filter((m) => !(m.ruleId === 'element-permitted-content' && m.message.startsWith('<style> element')))
        .map((m) => `${route}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`)
      expect(problems).toEqual([])
    }
  })

  it('shows the chart in Chromium with the address’s selection, and axe finds no violation', async () => {
    const context = await demo.browser.newContext({ locale: 'sv-SE' })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(`${demo.url}/statistik/befolkning/inbaddning/?lan=01,25&fran=2015&till=2020&vy=utveckling`)
    await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' })
    await page.waitForFunction(() => document.querySelector('.explorer svg title')?.textContent === 'Folkmängd 2015–2020')
    expect(await page.locator('.explorer svg[role="img"]').isVisible()).toBe(true)
    expect(await page.locator('.explorer-summary').textContent()).toMatch(/i Stockholms län och .* i Norrbottens län\.$/)
    expect(await page.locator('.explorer-controls, header, footer, nav').count()).toBe(0)
    expect(await page.locator('.table-scroll').isVisible()).toBe(false)
    const { violations, passes } = await axeCheck(page)
    expect(violations).toEqual([])
    expect(passes).toBeGreaterThan(10)
    expect(errors).toEqual([])
    await context.close()
  })
})

describe('the <iframe> code on the dataset page', () => {
  it('is there to copy, with a title, a size and the embed’s absolute address', async () => {
    const page = await demo.browser.newPage({ locale: 'sv-SE' })
    await page.goto(`${demo.url}/statistik/befolkning/`)
    const details = page.locator('details.embed-code')
    await details.locator('summary').click()
    const code = page.getByLabel('HTML-kod för inbäddning')
    expect(await code.isVisible()).toBe(true)
    expect(await code.getAttribute('readonly')).not.toBeNull()
    // In the page as built: the dataset's first view; once the explorer runs, the view it shows (its address parameters).
    const built = parseHtml(demo.html('statistik/befolkning')).querySelector('#embed-code')!.textContent!
    expect(parseHtml(`<body>${built}</body>`).querySelector('iframe')!.getAttribute('src')).toBe(
      `${SITE_URL}/statistik/befolkning/inbaddning/`,
    )
    await page.waitForFunction(() => location.search.includes('vy='))
    const iframe = parseHtml(`<body>${await code.inputValue()}</body>`).querySelector('iframe')!
    expect(iframe.getAttribute('src')).toBe(`${SITE_URL}/statistik/befolkning/inbaddning/${new URL(page.url()).search}`)
    expect(iframe.getAttribute('title')).toMatch(/^Diagram: Befolkning i länen \(.+\)$/)
    expect(Number(iframe.getAttribute('width'))).toBeGreaterThan(0)
    expect(Number(iframe.getAttribute('height'))).toBeGreaterThan(0)
    await page.close()
  })

  it('is copied by its button', async () => {
    const context = await demo.browser.newContext({ locale: 'sv-SE' })
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: demo.url })
    const page = await context.newPage()
    await page.goto(`${demo.url}/statistik/befolkning/`)
    await page.locator('details.embed-code summary').click()
    // The code follows the view once the explorer runs (it announces its view): copied after that.
    await expect.poll(() => page.getByLabel('HTML-kod för inbäddning').inputValue()).toContain('?lan=')
    await page.getByRole('button', { name: 'Kopiera koden' }).click()
    await page.getByRole('status').filter({ hasText: 'Koden är kopierad.' }).waitFor()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toBe(await page.getByLabel('HTML-kod för inbäddning').inputValue())
    expect(copied).toMatch(/^<iframe src="[^"]+\/statistik\/befolkning\/inbaddning\/\?lan=[^"]+" title="Diagram: /)
    await context.close()
  })
})

describe('the chart as an image, in Chromium', () => {
  it('downloads the current view as SVG with its title and source, and as PNG', async () => {
    const page = await demo.browser.newPage({ locale: 'sv-SE' })
    await page.goto(`${demo.url}/statistik/befolkning/?lan=01,25&fran=2012&till=2020&vy=utveckling`)
    await page.locator('.explorer-controls').waitFor()
    await page.waitForFunction(() => document.querySelector('.explorer svg title')?.textContent === 'Folkmängd 2012–2020')

    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG' }).click()])
    expect(svgDownload.suggestedFilename()).toBe('befolkning.svg')
    const svg = fs.readFileSync((await svgDownload.path())!, 'utf8')
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    const texts = [...svg.matchAll(/<text x="16"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1])
    expect(texts[0]).toMatch(/^Folkmängd 2012–2020/)
    expect(texts).toContain('Källa: SCB, befolkningsstatistik (tabell BE0101N1)')
    expect(texts.some((t) => /^Hämtad \d{1,2} \w+ \d{4}$/.test(t))).toBe(true)
    // The chart as shown: its lines are in the file.
    expect(svg).toContain('Stockholms län')
    expect(svg).toContain('Norrbottens län')

    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG' }).click()])
    expect(pngDownload.suggestedFilename()).toBe('befolkning.png')
    const png = fs.readFileSync((await pngDownload.path())!)
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    expect(png.length).toBeGreaterThan(5_000)
    // Drawn at twice the SVG's size: width and height from the PNG's header.
    expect(png.readUInt32BE(16)).toBe(2 * Number(/width="(\d+)"/.exec(svg)![1]))
    await page.close()
  })
})

describe('a visitor’s whole journey, in Chromium', () => {
  it('opens “Befolkning i länen”, reads Jämtland on the map by keyboard, adds Norrbotten by a click, copies the embed code, downloads the PNG and fetches the JSON', async () => {
    const population = (await demo.dataset('befolkning')).observations as Observation[]
    const context = await demo.browser.newContext({ locale: 'sv-SE' })
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: demo.url })
    const page = await context.newPage()
    await page.goto(`${demo.url}/statistik/`)
    await page.getByRole('link', { name: 'Befolkning i länen' }).click()
    expect(await page.locator('h1').textContent()).toBe('Befolkning i länen')

    // The map, then the keyboard: Tab onto the map, arrows to Jämtland, its value for 2024 in the line beside the map.
    await page.getByLabel('Karta ett år').check()
    await page.locator('svg.map-chart[role="group"]').waitFor()
    await page.getByLabel('Karta ett år').focus()
    let start: string | null = null
    for (let i = 0; i < 40 && !start; i++) {
      await page.keyboard.press('Tab')
      start = await page.evaluate(() =>
        document.activeElement?.closest('svg.map-chart') ? document.activeElement.getAttribute('data-code') : null,
      )
    }
    for (const key of arrowKeysBetween(mapPaths('county').regions, start!, '23')) await page.keyboard.press(key)
    await page.waitForFunction(() => document.querySelector('.map-focus')?.textContent?.startsWith('Jämtlands län'))
    const line = (await page.locator('.map-focus').textContent())!
    const jamtland2024 = population.find((o) => o.region === '23' && o.year === 2024)!.value
    expect(swedishNumber(line.replace(/^Jämtlands län: /, '').replace(/ invånare 2024.*$/, ''))).toBe(jamtland2024)

    // The editor's first view already compares Norrbotten: the visitor takes it out in the list, then a click on the
    // map adds it again; the address says so.
    const chosen = () => page.evaluate(() => new URLSearchParams(location.search).get('lan')?.split(',') ?? [])
    await page.getByRole('group', { name: 'Markera län' }).getByLabel('Norrbottens län').uncheck()
    await page.waitForFunction(() => !new URLSearchParams(location.search).get('lan')?.split(',').includes('25'))
    expect(await page.locator('path[aria-label^="Norrbottens län"]').getAttribute('aria-pressed')).toBe('false')
    await page.locator('path[aria-label^="Norrbottens län"]').click()
    await page.waitForFunction(() => new URLSearchParams(location.search).get('lan')?.split(',').includes('25'))
    expect(await chosen()).toContain('25')
    expect(await page.locator('path[aria-label^="Norrbottens län"]').getAttribute('aria-pressed')).toBe('true')
    const search = new URL(page.url()).search

    // The embed code is this view; copied by its button, it shows the same map with Norrbotten outlined.
    await page.locator('details.embed-code summary').click()
    await page.getByRole('button', { name: 'Kopiera koden' }).click()
    await page.getByRole('status').filter({ hasText: 'Koden är kopierad.' }).waitFor()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    const src = parseHtml(`<body>${copied}</body>`).querySelector('iframe')!.getAttribute('src')!
    expect(src).toBe(`${SITE_URL}/statistik/befolkning/inbaddning/${search}`)
    expect(new URL(src).searchParams.get('vy')).toBe('karta')
    const embed = await context.newPage()
    await embed.goto(`${demo.url}${new URL(src).pathname}${new URL(src).search}`)
    await embed.locator('svg.map-chart[role="group"]').waitFor()
    expect(await embed.locator('path[aria-label^="Norrbottens län"]').getAttribute('aria-pressed')).toBe('true')
    expect((await axeCheck(embed)).violations).toEqual([])
    await embed.close()

    // The PNG of the map.
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG' }).click()])
    expect(png.suggestedFilename()).toBe('befolkning.png')
    expect([...fs.readFileSync((await png.path())!).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47])

    // The JSON, from the page's own link: Jämtland's 2024 figure as on the map.
    const href = await page.getByRole('link', { name: /Hämta som JSON/ }).getAttribute('href')
    const json = (await (await fetch(new URL(href!, demo.url))).json()) as DatasetJson
    expect(json.observations.find((o) => o.region === '23' && o.year === 2024)?.value).toBe(jamtland2024)
    await context.close()
  })
})
