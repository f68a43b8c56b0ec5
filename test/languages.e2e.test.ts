/**
 * The site in Swedish and English (issue 15), built from the demo content: a visitor moves between the two
 * versions of a page with the header's language link; every hreflang pair is symmetric and leads to a page that
 * exists; no English page shows Swedish text taken from a missing translation; a page published in English only is
 * on the English site and nowhere on the Swedish one; the sitemap lists the alternates.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { englishPages } from '../cms/seed/content'
import { FORM_ERRORS } from '../shared/forms'
import { launchBrowser } from './helpers/browser'
import { paragraph, startTestCms, type TestCms } from './helpers/cms'
import { parseHtml } from './helpers/html'
import { buildSite, serveStatic } from './helpers/site'

let cms: TestCms
let client: string
let site: { url: string; close: () => void }
let browser: Browser

const SWEDISH_DRAFT = 'Gästforskare välkomnas (utkast)'

beforeAll(async () => {
  cms = await startTestCms()
  const { seed } = await import('../cms/seed')
  await seed(cms.payload)
  // Written and published in English, while its Swedish text is still a draft.
  const page = await cms.payload.create({
    collection: 'pages',
    locale: 'sv',
    draft: true,
    data: {
      title: SWEDISH_DRAFT,
      slug: 'gastforskare',
      layout: [{ blockType: 'richText', content: paragraph('Svensk text, ej klar.') }],
      _status: 'draft',
    },
    overrideAccess: true,
    context: { skipRebuild: true },
  })
  await cms.payload.update({
    collection: 'pages',
    id: page.id,
    locale: 'en',
    data: {
      title: 'Visiting researchers welcome',
      slug: 'visiting-researchers',
      layout: [{ blockType: 'richText', content: paragraph('Researchers can visit us for up to a year.') }],
      _status: 'published',
    },
    overrideAccess: true,
    context: { skipRebuild: true },
  })
  const out = path.join(cms.dataDir, 'site')
  await buildSite(out)
  client = path.join(out, 'client')
  site = await serveStatic(client)
  browser = await launchBrowser()
}, 300_000)
afterAll(async () => {
  await browser?.close()
  site?.close()
  await cms?.stop()
})

/** Every built HTML page by its address ("/en/", "/publikationer/…/"). */
function builtPages(): Map<string, string> {
  const pages = new Map<string, string>()
  for (const file of fs.readdirSync(client, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('index.html')) continue
    pages.set(`/${path.dirname(file)}/`.replace(/^\/\.\/$/, '/').replace(/\/\.\//, '/'), fs.readFileSync(path.join(client, file), 'utf8'))
  }
  return pages
}

const text = (element: { textContent: string | null } | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim()

describe('moving between the languages', () => {
  it('takes a visitor from a Swedish page to its English version and back with the language link', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' })
    const page = await context.newPage()
    await page.goto(`${site.url}/samordning-och-uppfoljning/strategiskt-regionarbete/`)
    await page.getByRole('link', { name: 'English', exact: true }).click()
    await page.waitForURL(`${site.url}/en/coordination-and-follow-up/working-with-the-regions/`)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.locator('h1').textContent()).toBe(englishPages['strategiskt-regionarbete'].title)
    expect(await page.getByRole('navigation', { name: 'You are here' }).textContent()).toContain('Coordination and follow-up')
    await page.getByRole('link', { name: 'Svenska', exact: true }).click()
    await page.waitForURL(`${site.url}/samordning-och-uppfoljning/strategiskt-regionarbete/`)
    expect(await page.locator('h1').textContent()).toBe('Strategiskt regionarbete')
    await context.close()
  })

  it('leads from a page with no English version to the English home page, and from the English site to the Swedish home', () => {
    const swedishOnly = parseHtml(builtPages().get('/samordning-och-uppfoljning/stod-till-statliga-myndigheter/')!)
    const link = swedishOnly.querySelector('a.language-link')!
    expect([text(link), link.getAttribute('href'), link.getAttribute('lang')]).toEqual(['English', '/en/', 'en'])
    expect(swedishOnly.querySelector('link[hreflang]')).toBeNull()
    const englishOnly = parseHtml(builtPages().get('/en/visiting-researchers/')!)
    const back = englishOnly.querySelector('a.language-link')!
    expect([text(back), back.getAttribute('href'), back.getAttribute('lang')]).toEqual(['Svenska', '/', 'sv'])
  })
})

describe('publications in two languages', () => {
  it('takes a visitor from a Swedish report to its English version, and from one only in Swedish to the English list', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' })
    const page = await context.newPage()
    await page.goto(`${site.url}/publikationer/regionalt-tillvaxtarbete-2017/`)
    await page.getByRole('link', { name: 'English', exact: true }).click()
    await page.waitForURL(`${site.url}/en/publications/regional-growth-work-2017/`)
    expect(await page.locator('h1').textContent()).toContain('Regional growth work 2017')
    expect(await page.locator('.facts').textContent()).toContain('Published15 June 2018')

    await page.goto(`${site.url}/publikationer/politik-for-utvecklingskraft-i-hela-sverige/`)
    await page.getByRole('link', { name: 'English', exact: true }).click()
    await page.waitForURL(`${site.url}/en/publications/`)
    // The English list says what is in Swedish, and links it as Swedish.
    expect(await page.locator('.lead').textContent()).toContain('Most of them are in Swedish only')
    const swedish = page.locator('.report-card', { hasText: 'Politik för utvecklingskraft i hela Sverige' })
    expect(await swedish.getAttribute('lang')).toBe('sv')
    expect(await swedish.locator('.in-other-language').textContent()).toBe('(in Swedish)')
    expect(await swedish.locator('a').getAttribute('hreflang')).toBe('sv')
    await swedish.locator('a').click()
    await page.waitForURL(`${site.url}/publikationer/politik-for-utvecklingskraft-i-hela-sverige/`)
    await context.close()
  })

  it('lists every publication once on the English list, the translated one in English', () => {
    const list = parseHtml(builtPages().get('/en/publications/')!)
    const cards = [...list.querySelectorAll('.report-card')].map((card) => [text(card.querySelector('h2 a')), card.getAttribute('lang')])
    expect(cards).toContainEqual(['Regional growth work 2017', null])
    expect(cards.filter(([, lang]) => lang === 'sv')).toHaveLength(cards.length - 1)
    expect(cards.map(([title]) => title)).not.toContain('Regionalt tillväxtarbete 2017')
    // Filters by year, topic and type, in English: topics are named in Swedish, and marked so.
    const filters = [...list.querySelectorAll('nav.filters a')].map((a) => [text(a), a.getAttribute('href')])
    expect(filters).toContainEqual(['All publications', '/en/publications/'])
    expect(filters).toContainEqual(['2018 (2)', '/en/publications/year/2018/'])
    expect(filters).toContainEqual(['Report (2)', '/en/publications/type/rapport/'])
    const topic = list.querySelector('nav.filters a[href="/en/publications/topic/landsbygd/"]')!
    expect([text(topic), topic.querySelector('[lang="sv"]')?.textContent]).toEqual(['Landsbygd och glesbygd (2)', 'Landsbygd och glesbygd'])
  })

  it('filters the English list as the Swedish one is filtered, each publication in English where it can be', () => {
    const pages = builtPages()
    const titles = (route: string) => [...parseHtml(pages.get(route)!).querySelectorAll('.report-card h2 a')].map((a) => text(a))
    const year = titles('/en/publications/year/2018/')
    expect(year).toHaveLength(titles('/publikationer/ar/2018/').length)
    expect(year).toContain('Regional growth work 2017')
    expect(parseHtml(pages.get('/en/publications/year/2018/')!).querySelectorAll('.report-card[lang="sv"]').length).toBe(year.length - 1)
    const heading = parseHtml(pages.get('/en/publications/topic/landsbygd/')!).querySelector('h1')!
    expect([text(heading), heading.querySelector('[lang="sv"]')?.textContent]).toEqual([
      'Publications on the topic Landsbygd och glesbygd',
      'Landsbygd och glesbygd',
    ])
    expect(text(parseHtml(pages.get('/en/publications/type/promemoria/')!).querySelector('h1'))).toBe('Publications of the type memorandum')
  })
})

describe('statistics in two languages', () => {
  /** The figures of a built statistics page's table (the first view, rendered without JavaScript). */
  const figures = (route: string) =>
    [...parseHtml(builtPages().get(route)!).querySelectorAll('table td')].map((cell) => (cell.textContent ?? '').trim())

  it('writes numbers the English way on the English page ("1,234.5") and the Swedish way on the Swedish one ("1 234,5")', () => {
    expect(figures('/en/statistics/population/')).toContain('9,415,570')
    expect(figures('/statistik/befolkning/')).toContain('9\u00a0415\u00a0570')
    const decimals = (route: string) => figures(route).filter((figure) => /\d[.,]\d/.test(figure))
    expect(decimals('/en/statistics/unemployment/').length).toBeGreaterThan(3)
    expect(decimals('/en/statistics/unemployment/').every((figure) => /^\d+\.\d$/.test(figure))).toBe(true)
    expect(decimals('/statistik/arbetsloshet/').every((figure) => /^\d+,\d$/.test(figure))).toBe(true)
    expect(decimals('/en/statistics/unemployment/').map((f) => f.replace('.', ','))).toEqual(decimals('/statistik/arbetsloshet/'))
  })

  it('takes a visitor from a Swedish dataset to its English page, where the explorer works in English', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' })
    const page = await context.newPage()
    await page.goto(`${site.url}/statistik/arbetsloshet/`)
    await page.getByRole('link', { name: 'English', exact: true }).click()
    await page.waitForURL(`${site.url}/en/statistics/unemployment/`)
    expect(await page.locator('h1').textContent()).toBe('Unemployment among people aged 20–64')
    // The island, once running, speaks English: its county picker and its table.
    await page
      .locator('legend', { hasText: /^(Mark counties|Choose counties to compare)/ })
      .first()
      .waitFor()
    expect(await page.locator('table caption').first().textContent()).toContain('per cent of the labour force')
    expect(await page.locator('.facts').textContent()).toContain('SourceStatistics Sweden')
    await context.close()
  })

  it('lists the datasets in Swedish only apart on the English list, and leads there from one of them', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' })
    const page = await context.newPage()
    await page.goto(`${site.url}/statistik/nystartade-foretag/`)
    await page.getByRole('link', { name: 'English', exact: true }).click()
    await page.waitForURL(`${site.url}/en/statistics/`)
    const english = await page.locator('main > ul .card-title a').allTextContents()
    expect(english.sort()).toEqual([
      'Gross regional product per inhabitant',
      'Population of the counties',
      'Unemployment among people aged 20–64',
    ])
    const swedish = page.locator('#in-swedish + ul a', { hasText: 'Nystartade företag' })
    expect([await swedish.getAttribute('hreflang'), await swedish.locator('[lang="sv"]').textContent()]).toEqual([
      'sv',
      'Nystartade företag',
    ])
    expect(await swedish.textContent()).toContain('(in Swedish)')
    await context.close()
  })
})

describe('images in two languages', () => {
  it('describes an image in English where it has an English alt text, and in Swedish, marked so, where not', () => {
    const hero = (route: string) => parseHtml(builtPages().get(route)!).querySelector('img.hero')!
    const section = hero('/en/coordination-and-follow-up/')
    expect([section.getAttribute('alt'), section.getAttribute('lang')]).toEqual([
      'Abstract illustration with soft lines like the contour lines of a map, in blue and green.',
      null,
    ])
    const home = hero('/en/')
    expect([home.getAttribute('alt'), home.getAttribute('lang')]).toEqual(['Abstrakt illustration med linjer över en grön bakgrund.', 'sv'])
    const swedish = hero('/samordning-och-uppfoljning/')
    expect(swedish.getAttribute('alt')).toMatch(/^Abstrakt illustration med mjuka linjer/)
    expect(swedish.getAttribute('lang')).toBeNull()
  })
})

describe('privacy notices in two languages', () => {
  it('shows the English notice with its legal basis and the supervisory authority in English, paired with the Swedish one', () => {
    const doc = parseHtml(builtPages().get('/en/privacy/email-address/')!)
    expect(text(doc.querySelector('h1'))).toBe('How we process your email address')
    const shown = text(doc.querySelector('main'))
    expect(shown).toContain('Legal basis: A task in the public interest')
    expect(shown).toContain('lodge a complaint with the Swedish Authority for Privacy Protection (IMY)')
    expect(shown).toContain('Effective from 1 January 2026')
    const link = doc.querySelector('a.language-link')!
    expect([text(link), link.getAttribute('href')]).toEqual(['Svenska', '/personuppgifter/e-postadress/'])
  })
})

describe('hreflang', () => {
  it('pairs every page with its other version both ways, to pages that exist in that language, Swedish the default', () => {
    const pages = builtPages()
    const absolute = (route: string) => new URL(route, 'http://localhost:4321').href
    let pairs = 0
    for (const [route, html] of pages) {
      const doc = parseHtml(html)
      const alternates = [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
        l.getAttribute('hreflang')!,
        l.getAttribute('href')!,
      ])
      if (alternates.length === 0) continue
      const lang = doc.documentElement.getAttribute('lang')!
      // It names itself, and x-default is its Swedish version.
      expect(alternates, route).toContainEqual([lang, absolute(route)])
      const swedish = alternates.find(([l]) => l === 'sv')![1]
      expect(alternates, route).toContainEqual(['x-default', swedish])
      for (const [otherLang, href] of alternates.filter(([l]) => l !== lang && l !== 'x-default')) {
        const target = pages.get(new URL(href).pathname)
        expect(target, `${route} → ${href}`).toBeDefined()
        const other = parseHtml(target!)
        expect(other.documentElement.getAttribute('lang')).toBe(otherLang)
        const back = [...other.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
          l.getAttribute('hreflang'),
          l.getAttribute('href'),
        ])
        expect(back, `${href} names ${route}`).toContainEqual([lang, absolute(route)])
        pairs++
      }
    }
    // The demo's four pages, one report, three datasets and the privacy notice in English, and the publications list,
    // the statistics list and search: each pair seen from both sides.
    expect(pairs).toBe(24)
  })

  it('lists both versions of each translated page in the sitemap', () => {
    const sitemap = fs.readFileSync(path.join(client, 'sitemap-0.xml'), 'utf8')
    const entry = sitemap.match(/<url><loc>http:\/\/localhost:4321\/en\/coordination-and-follow-up\/<\/loc>(.*?)<\/url>/)![1]
    expect(entry).toContain('hreflang="sv" href="http://localhost:4321/samordning-och-uppfoljning/"')
    expect(entry).toContain('hreflang="en" href="http://localhost:4321/en/coordination-and-follow-up/"')
    expect(sitemap).toContain('<loc>http://localhost:4321/en/visiting-researchers/</loc>')
    expect(sitemap).toContain(
      '<url><loc>http://localhost:4321/publikationer/regionalt-tillvaxtarbete-2017/</loc><xhtml:link rel="alternate" hreflang="sv"',
    )
  })
})

describe('no silent fallback', () => {
  it('shows no Swedish page text on an English page, except in passages marked Swedish', async () => {
    // Every Swedish title, lead and heading of the demo's pages, as the Swedish site shows them.
    const swedish = await cms.payload.find({ collection: 'pages', locale: 'sv', depth: 0, pagination: false, overrideAccess: true })
    const all = { depth: 0, locale: 'sv', pagination: false, overrideAccess: true } as const
    const [datasets, notices] = await Promise.all([
      cms.payload.find({ collection: 'datasets', ...all }),
      cms.payload.find({ collection: 'privacy-notices', ...all }),
    ])
    const phrases = [
      ...swedish.docs.flatMap((page) => [page.title, page.lead ?? '']),
      // (Not the source: its name can be the same in both languages, "Eurostat, nama_10r_3gdp".)
      ...datasets.docs.flatMap((dataset) => [dataset.title, dataset.description, dataset.unit]),
      ...notices.docs.flatMap((notice) => [notice.title, notice.summary, notice.dataCategories, notice.rights]),
    ].filter((phrase) => phrase.length > 12)
    expect(phrases.length).toBeGreaterThan(10)
    const english = [...builtPages()].filter(([route]) => route.startsWith('/en/'))
    // (And the forms' answers, two thank-you pages and one page per problem, and the publications' filter pages.)
    const answers = /^\/en\/forms\//
    const filters = /^\/en\/publications\/(year|topic|type)\//
    expect(english.filter(([route]) => answers.test(route))).toHaveLength(2 + Object.keys(FORM_ERRORS).length)
    expect(english.filter(([route]) => filters.test(route)).length).toBeGreaterThan(5)
    expect(
      english
        .map(([route]) => route)
        .filter((route) => !answers.test(route) && !filters.test(route))
        .sort(),
    ).toEqual([
      '/en/',
      '/en/coordination-and-follow-up/',
      '/en/coordination-and-follow-up/following-up-regional-growth/',
      '/en/coordination-and-follow-up/working-with-the-regions/',
      '/en/privacy/email-address/',
      '/en/publications/',
      '/en/publications/regional-growth-work-2017/',
      '/en/search/',
      '/en/statistics/',
      '/en/statistics/gross-regional-product-per-inhabitant/',
      '/en/statistics/population/',
      '/en/statistics/unemployment/',
      '/en/visiting-researchers/',
    ])
    for (const [route, html] of english) {
      const doc = parseHtml(html)
      for (const marked of doc.querySelectorAll('[lang="sv"]')) marked.remove()
      const shown = text(doc.body)
      for (const phrase of phrases) expect(shown, `${route} shows "${phrase}"`).not.toContain(phrase)
    }
  })

  it('publishes the English version alone: the Swedish draft is on neither site', () => {
    const pages = builtPages()
    expect(text(parseHtml(pages.get('/en/visiting-researchers/')!).querySelector('h1'))).toBe('Visiting researchers welcome')
    expect(pages.has('/gastforskare/')).toBe(false)
    for (const [route, html] of pages) expect(html, route).not.toContain(SWEDISH_DRAFT)
  })
})
