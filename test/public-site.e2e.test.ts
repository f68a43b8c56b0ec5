import fs from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import axe from 'axe-core'
import { HtmlValidate } from 'html-validate'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser } from './helpers/browser'
import { paragraph, startTestCms, type TestCms } from './helpers/cms'
import { parseHtml } from './helpers/html'
import { shardOf } from '../site/publisher/search'
import { buildSite, serveStatic } from './helpers/site'

/**
 * The public site as visitors meet it, on the built demo content plus twelve more reports (so the list pages):
 * axe-core finds no WCAG 2.1 A/AA violation on any page type, everything is reachable by keyboard with visible
 * focus, the structure is sound, the HTML validates, pages are light, nothing is fetched from elsewhere and no
 * cookie is set; publications filter and page without JavaScript; search finds Swedish word forms.
 */
let cms: TestCms
let out: string
let site: { url: string; close: () => void }
let browser: Browser

const PAGE_TYPES: Record<string, string> = {
  home: '/',
  'nested page': '/samordning-och-uppfoljning/strategiskt-regionarbete/',
  'section page': '/samordning-och-uppfoljning/',
  'publications list': '/publikationer/',
  'publications filter page': '/publikationer/ar/2018/',
  report: '/publikationer/regionalt-tillvaxtarbete-2017/',
  statistics: '/statistik/befolkning/',
  'statistics list': '/statistik/',
  'privacy notice': '/personuppgifter/e-postadress/',
  'accessibility statement': '/tillganglighetsredogorelse/',
  'easy-to-read page': '/lattlast/',
  'sign language page': '/teckensprak/',
  'page in English': '/other-languages/',
  search: '/sok/',
  '404': '/404.html',
}
/** The English site's page types (issue 15): the same checks, in English. */
const ENGLISH_PAGE_TYPES: Record<string, string> = {
  'English home': '/en/',
  'English section page': '/en/coordination-and-follow-up/',
  'English nested page': '/en/coordination-and-follow-up/working-with-the-regions/',
  'English publications list': '/en/publications/',
  'English filter page': '/en/publications/topic/regional-utveckling/',
  'English report': '/en/publications/regional-growth-work-2017/',
  'English statistics list': '/en/statistics/',
  'English statistics': '/en/statistics/population/',
  'English privacy notice': '/en/privacy/email-address/',
  'English search': '/en/search/',
  'English 404': '/en/404.html',
}
/** The search pages, opened with a query (and their results waited for) where a page is checked in a browser. */
const SEARCHES: Record<string, string> = { '/sok/': '/sok/?q=regioner', '/en/search/': '/en/search/?q=counties' }
const ALL_PAGE_TYPES = { ...PAGE_TYPES, ...ENGLISH_PAGE_TYPES }
const file = (route: string) => path.join(out, 'client', route.endsWith('.html') ? route : path.join(route, 'index.html'))
const html = (route: string) => fs.readFileSync(file(route), 'utf8')

beforeAll(async () => {
  cms = await startTestCms()
  const { seed } = await import('../cms/seed')
  await seed(cms.payload)
  for (let i = 1; i <= 12; i++) {
    await cms.payload.create({
      collection: 'reports',
      data: {
        title: `Uppföljning av länen ${i}`,
        slug: `uppfoljning-lanen-${i}`,
        publishedDate: `2021-0${1 + (i % 9)}-1${i % 10}`,
        type: i % 3 === 0 ? 'utvardering' : 'rapport',
        summary: paragraph('Regionala jämförelser.'),
        _status: 'published',
      } as never,
      overrideAccess: true,
      context: { skipRebuild: true },
    })
  }
  out = path.join(cms.dataDir, 'site')
  await buildSite(out)
  site = await serveStatic(path.join(out, 'client'))
  browser = await launchBrowser()
}, 300_000)
afterAll(async () => {
  await browser?.close()
  site?.close()
  await cms?.stop()
})

/** Opens a page; records every request and whether it stayed on the site's origin. */
async function open(route: string, width = 1280): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width, height: 900 } })
  const page = await context.newPage()
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  await page.goto(`${site.url}${route}`, { waitUntil: 'networkidle' })
  return { page, requests }
}

describe('accessibility, checked by axe-core in Chromium', () => {
  // Pages are opened a few at a time (each in its own browser context): most of a check is waiting for the network to go idle.
  it.concurrent.for(Object.entries(ALL_PAGE_TYPES))('has no violations: %s', async ([, route], { expect }) => {
    const { page } = await open(SEARCHES[route] ?? route)
    if (SEARCHES[route]) await page.locator('.search-results li').first().waitFor()
    // Evaluated by the browser's tooling, not added as a script: the page's Content-Security-Policy would refuse that.
    await page.evaluate(axe.source)
    const result = await page.evaluate(() =>
      (window as unknown as { axe: typeof axe }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      }),
    )
    const violations = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
    expect(violations).toEqual([])
    expect(result.passes.length).toBeGreaterThan(20)
    await page.context().close()
  })
})

describe('structure', () => {
  it.each(Object.entries(PAGE_TYPES))('is Swedish, with a skip link, landmarks, one h1 and headings in order: %s', (_type, route) => {
    const doc = parseHtml(html(route))
    expect(doc.documentElement.getAttribute('lang')).toBe('sv')
    expectSoundStructure(doc)
    expect(doc.querySelector('footer a[href="/tillganglighetsredogorelse/"]')?.textContent).toBe('Tillgänglighetsredogörelse')
  })

  it.each(Object.entries(ENGLISH_PAGE_TYPES))(
    'is English, with a skip link, landmarks, one h1 and headings in order: %s',
    (_type, route) => {
      const doc = parseHtml(html(route))
      expect(doc.documentElement.getAttribute('lang')).toBe('en')
      expectSoundStructure(doc)
      expect(doc.querySelector('body > a.skip-link')!.textContent!.trim()).toBe('Skip to content')
      // The statement exists in Swedish only: linked as such.
      const statement = doc.querySelector('footer a[href="/tillganglighetsredogorelse/"]')!
      expect([statement.textContent, statement.getAttribute('hreflang')]).toEqual(['Accessibility statement (in Swedish)', 'sv'])
    },
  )

  function expectSoundStructure(doc: ReturnType<typeof parseHtml>) {
    const skip = doc.querySelector('body > a.skip-link')!
    expect(skip.getAttribute('href')).toBe('#innehall')
    expect(doc.querySelector('main#innehall')).not.toBeNull()
    expect(doc.querySelectorAll('header, main, footer').length).toBe(3)
    expect(doc.querySelectorAll('h1')).toHaveLength(1)
    const levels = [...doc.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]))
    levels.forEach((level, i) => i > 0 && expect(level, `heading ${i + 1} after h${levels[i - 1]}`).toBeLessThanOrEqual(levels[i - 1] + 1))
  }

  it.each(Object.entries(PAGE_TYPES))('offers Lättläst, Teckenspråk and Other languages above the menu: %s', (_type, route) => {
    const nav = parseHtml(html(route)).querySelector('header nav[aria-label="Andra sätt att ta del av webbplatsen"]')!
    const links = [...nav.querySelectorAll('a')].map((a) => [a.textContent!.trim(), a.getAttribute('href'), a.getAttribute('lang')])
    expect(links).toEqual([
      ['Lättläst', '/lattlast/', null],
      ['Teckenspråk', '/teckensprak/', null],
      ['Other languages', '/other-languages/', 'en'],
    ])
  })

  it('marks the page in English as English and the easy-to-read page as Lättläst', () => {
    const english = parseHtml(html('/other-languages/'))
    expect(english.documentElement.getAttribute('lang')).toBe('sv')
    expect(english.querySelector('article.page')!.getAttribute('lang')).toBe('en')
    expect(english.querySelector('article.page h1')!.textContent).toBe('Information in other languages')
    // Only the content is English: the site's own navigation stays Swedish.
    expect(english.querySelector('nav.subnav, header [lang="en"]:not(a)')).toBeNull()
    const easy = parseHtml(html('/lattlast/'))
    expect(easy.querySelector('article.page')!.hasAttribute('lang')).toBe(false)
    expect(easy.querySelector('article.page .page-kind')!.textContent).toBe('Lättläst')
    expect(parseHtml(html('/samordning-och-uppfoljning/')).querySelector('.page-kind')).toBeNull()
  })

  it('validates with html-validate on every built page', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: { 'no-inline-style': 'off', 'no-trailing-whitespace': 'off', 'long-title': 'off' },
    })
    const pages = fs.readdirSync(path.join(out, 'client'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))
    expect(pages.length).toBeGreaterThan(30)
    const problems: string[] = []
    for (const page of pages) {
      const report = await validator.validateString(fs.readFileSync(path.join(out, 'client', page), 'utf8'), page)
      for (const result of report.results) {
        for (const m of result.messages) {
          // Astro's island runtime writes `<style>astro-island{display:contents}</style>` beside the first island;
          // it cannot be moved to <head>, and browsers apply it. Every other problem counts.
          if (m.ruleId === 'element-permitted-content' && m.message.startsWith('<style> element')) continue
          problems.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`)
        }
      }
    }
    expect(problems).toEqual([])
  })
})

describe('the keyboard', () => {
  it('reaches every link and control in order, each with visible focus, starting with the skip link', async () => {
    for (const route of ['/', '/publikationer/regionalt-tillvaxtarbete-2017/']) {
      const { page } = await open(route)
      const focusable = await page.evaluate(
        () =>
          [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')].filter(
            (el) => (el as HTMLElement).offsetParent !== null || el.classList.contains('skip-link'),
          ).length,
      )
      const reached: string[] = []
      for (let i = 0; i < focusable; i++) {
        await page.keyboard.press('Tab')
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement
          const style = getComputedStyle(el)
          const box = el.getBoundingClientRect()
          return {
            text: (el.textContent || (el as HTMLInputElement).labels?.[0]?.textContent || el.tagName).trim(),
            visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
            onScreen: box.width > 0 && box.height > 0,
          }
        })
        expect(focus.visible, `focus on "${focus.text}" (${route}) is visible`).toBe(true)
        expect(focus.onScreen, `"${focus.text}" is on screen when focused`).toBe(true)
        reached.push(focus.text)
      }
      expect(reached[0]).toBe('Till innehållet')
      expect(new Set(reached).size).toBeGreaterThan(10)
      // The skip link moves focus to the content.
      await page.keyboard.press('Shift+Tab')
      await page.goto(`${site.url}${route}`)
      await page.keyboard.press('Tab')
      await page.keyboard.press('Enter')
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('innehall')
      await page.context().close()
    }
  })
})

describe('budgets', () => {
  it.concurrent.for(Object.entries(ALL_PAGE_TYPES))(
    'requests nothing from another origin and sets no cookie: %s',
    async ([, route], { expect }) => {
      const { page, requests } = await open(route)
      const origin = new URL(site.url).origin
      expect(requests.filter((url) => new URL(url).origin !== origin && !url.startsWith('data:'))).toEqual([])
      expect(await page.context().cookies()).toEqual([])
      expect(await page.evaluate(() => document.cookie)).toBe('')
      await page.context().close()
    },
  )

  it('keeps HTML + CSS of every page type within 20 kB gzipped, and content pages without statistics or forms free of JavaScript', () => {
    const weights: Record<string, number> = {}
    for (const [type, route] of Object.entries(ALL_PAGE_TYPES)) {
      const page = html(route)
      const css = [...page.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => fs.readFileSync(path.join(out, 'client', m[1])))
      weights[type] = [Buffer.from(page), ...css].reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0)
      // Scripts only where they do something: the statistics island, the search, and the section page's feedback form.
      if (!['statistics', 'search', 'section page', 'English statistics', 'English search'].includes(type))
        expect(page, type).not.toContain('<script')
    }
    console.log('HTML + CSS, gzipped (kB):', Object.fromEntries(Object.entries(weights).map(([t, w]) => [t, (w / 1000).toFixed(1)])))
    for (const [type, weight] of Object.entries(weights)) expect(weight, type).toBeLessThanOrEqual(20_000)
  })

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    const widths = await Promise.all(
      Object.values(ALL_PAGE_TYPES).map(async (route) => {
        const { page } = await open(route, 320)
        const width = await page.evaluate(() => document.documentElement.scrollWidth)
        await page.context().close()
        return [route, width] as const
      }),
    )
    for (const [route, width] of widths) expect(width, route).toBeLessThanOrEqual(320)
  })
})

describe('finding publications', () => {
  it('lists them newest first, ten to a page, with the other pages linked', () => {
    const first = parseHtml(html('/publikationer/'))
    const titles = [...first.querySelectorAll('main .report-card h2')].map((h) => h.textContent)
    expect(titles).toHaveLength(10)
    const dates = [...first.querySelectorAll('main .report-card time')].map((t) => t.getAttribute('datetime')!)
    expect([...dates].sort().reverse()).toEqual(dates)
    expect(first.querySelector('.pagination a[rel="next"]')?.getAttribute('href')).toBe('/publikationer/sida/2/')
    const second = parseHtml(html('/publikationer/sida/2/'))
    expect(second.querySelectorAll('main .report-card')).toHaveLength(6)
    expect(second.querySelector('h1')!.textContent).toBe('Publikationer')
    expect(second.title).toContain('sida 2 av 2')
  })

  it('filters by year, topic and type with plain links', () => {
    const list = parseHtml(html('/publikationer/'))
    const filterLinks = [...list.querySelectorAll('nav.filters a')].map((a) => a.getAttribute('href'))
    expect(filterLinks).toEqual(
      expect.arrayContaining([
        '/publikationer/ar/2021/',
        '/publikationer/ar/2018/',
        '/publikationer/amne/landsbygd/',
        '/publikationer/typ/utvardering/',
        '/publikationer/typ/promemoria/',
      ]),
    )
    const year = parseHtml(html('/publikationer/ar/2018/'))
    expect([...year.querySelectorAll('main .report-card h2')].map((h) => h.textContent)).toEqual([
      'Tillstånd och trender för regional tillväxt 2018',
      'Regionalt tillväxtarbete 2017',
    ])
    expect(year.querySelector('nav.filters a[aria-current="page"]')?.textContent).toContain('2018')
    const topic = parseHtml(html('/publikationer/amne/landsbygd/'))
    expect(topic.querySelector('h1')!.textContent).toBe('Publikationer i ämnet Landsbygd och glesbygd')
    expect(topic.querySelectorAll('main .report-card')).toHaveLength(2)
    const type = parseHtml(html('/publikationer/typ/utvardering/'))
    expect([...type.querySelectorAll('main .report-card h2')].map((h) => h.textContent)).toHaveLength(4)
  })

  it('shows a report with its facts, the summary before the download, a way to ask for another format, and related reports', () => {
    const doc = parseHtml(html('/publikationer/regionalt-tillvaxtarbete-2017/'))
    const facts = [...doc.querySelectorAll('dl.facts dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling!.textContent}`)
    expect(facts).toEqual(
      expect.arrayContaining([
        'Typ: Rapport',
        'Publicerad: 15 juni 2018',
        'Publikationsnummer: Demo 2018:1',
        'Ämnen: Regional utveckling, Uppföljning och analys',
      ]),
    )
    const headings = [...doc.querySelectorAll('main h2')].map((h) => h.textContent)
    expect(headings.slice(0, 2)).toEqual(['Sammanfattning', 'Slutsatser i korthet'])
    expect(headings.indexOf('Ladda ner rapporten')).toBeGreaterThan(headings.indexOf('Sammanfattning'))
    expect(doc.querySelector('main a[href$=".pdf"]')!.textContent).toMatch(/\(PDF, [\d,]+ kB, 6 sidor\)/)
    expect(doc.querySelector('main a[href^="mailto:"]')!.getAttribute('href')).toContain('subject=Annat%20format')
    expect([...doc.querySelectorAll('#relaterade ~ ul h3')].map((h) => h.textContent)).toContain(
      'Politik för utvecklingskraft i hela Sverige',
    )
  })

  it('offers an RSS feed of the newest publications', () => {
    const feed = fs.readFileSync(path.join(out, 'client/publikationer/rss.xml'), 'utf8')
    expect(feed).toContain('<language>sv-se</language>')
    expect(feed.match(/<item>/g)).toHaveLength(16)
    expect(feed).toContain('<link>http://localhost:4321/publikationer/regionalt-tillvaxtarbete-2017/</link>')
  })

  it('has a sitemap, robots.txt and canonical addresses from SITE_URL', () => {
    const sitemap = fs.readFileSync(path.join(out, 'client/sitemap-0.xml'), 'utf8')
    expect(sitemap).toContain('<loc>http://localhost:4321/publikationer/regionalt-tillvaxtarbete-2017/</loc>')
    expect(sitemap).not.toContain('forhandsvisning')
    expect(fs.readFileSync(path.join(out, 'client/robots.txt'), 'utf8')).toContain('Sitemap: http://localhost:4321/sitemap-index.xml')
    const doc = parseHtml(html('/samordning-och-uppfoljning/'))
    expect(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe('http://localhost:4321/samordning-och-uppfoljning/')
    expect(doc.querySelector('meta[name="description"]')!.getAttribute('content')).toBeTruthy()
    expect(doc.querySelector('meta[property="og:image"]')!.getAttribute('content')).toMatch(/^http:\/\/localhost:4321\/media\//)
  })

  it('shows the section navigation on nested pages', () => {
    const doc = parseHtml(html('/samordning-och-uppfoljning/strategiskt-regionarbete/'))
    const nav = doc.querySelector('nav.subnav')!
    expect(nav.getAttribute('aria-label')).toBe('Sidor i Samordning och uppföljning')
    expect(nav.querySelectorAll('li')).toHaveLength(5)
    expect(nav.querySelector('a[aria-current="page"]')!.textContent).toBe('Strategiskt regionarbete')
  })
})

describe('search', () => {
  it('finds pages, publications and statistics by Swedish word forms', async () => {
    const { page } = await open('/')
    await page.getByLabel('Sök på webbplatsen').fill('befolkningen')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/sok\/\?q=befolkningen/)
    await page.locator('.search-results li').first().waitFor()
    const titles = await page.locator('.search-results h2').allTextContents()
    expect(titles).toContain('Befolkning i länen')
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ träff(ar)? på ”befolkningen”/)
    // The index is split into shards (site/publisher/search.ts): one search finds pages from several of them.
    await page.fill('#search-q', 'regional')
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await page.locator('.search-results h2 a').all()).length).toBeGreaterThan(3)
    const urls = await page
      .locator('.search-results h2 a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
    expect(new Set(urls.map(shardOf)).size).toBeGreaterThan(1)
    await page.context().close()
  })

  it('searches the English pages alone in English, by English word forms', async () => {
    const { page } = await open('/en/')
    await page.getByLabel('Search the website').fill('counties')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/en\/search\/\?q=counties/)
    await page.locator('.search-results li').first().waitFor()
    // "counties" finds "county" too (English stemming), and nothing from the Swedish site.
    const titles = await page.locator('.search-results h2').allTextContents()
    expect(titles).toContain('Population of the counties')
    expect(titles).toContain('Unemployment among people aged 20–64')
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ results? for “counties”/)
    const urls = await page
      .locator('.search-results h2 a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
    expect(urls.every((url) => url.startsWith('/en/'))).toBe(true)
    // And the Swedish search finds no English page.
    await page.goto(`${site.url}/sok/?q=population`)
    await expect.poll(async () => page.locator('#search-status').textContent()).toMatch(/träff/)
    const swedish = await page
      .locator('.search-results h2 a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
    expect(swedish.filter((url) => url.startsWith('/en/'))).toEqual([])
    await page.context().close()
  })

  it('says what to do without JavaScript', () => {
    const doc = parseHtml(html('/sok/'))
    expect(doc.querySelector('noscript')!.innerHTML).toContain('Sökningen fungerar bara med JavaScript')
  })
})
