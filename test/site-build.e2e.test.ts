import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { describeDownload } from '../shared/format'
import { paragraph, startTestCms, type TestCms } from './helpers/cms'
import { parseHtml } from './helpers/html'
import { buildSite } from './helpers/site'

/**
 * A full `npm run build` of the demo content (plus a hostile title and a draft) into a temporary folder,
 * checked file by file as a visitor would receive it.
 */
let cms: TestCms
let out: string
let buildLog = ''
const html = (route: string) => fs.readFileSync(path.join(out, 'client', route, route.endsWith('.html') ? '' : 'index.html'), 'utf8')
const allHtml = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? allHtml(path.join(dir, e.name)) : e.name.endsWith('.html') ? [path.join(dir, e.name)] : []))

beforeAll(async () => {
  cms = await startTestCms()
  const { seed } = await import('../cms/seed')
  await seed(cms.payload)
  const summary = paragraph('Ett försök att smyga in kod.')
  await cms.payload.create({
    collection: 'reports',
    data: { title: '<script>alert(1)</script>', slug: 'fientlig', publishedDate: '2025-06-01', summary, _status: 'published' } as never,
    overrideAccess: true,
  })
  await cms.payload.create({
    collection: 'reports',
    data: { title: 'Hemlig rapport', slug: 'hemlig', publishedDate: '2025-07-01', summary, _status: 'draft' } as never,
    overrideAccess: true,
  })
  out = path.join(cms.dataDir, 'site')
  buildLog = await buildSite(out)
}, 240_000)
afterAll(async () => cms?.stop())

describe('the built site', () => {
  it('says what it built', () => {
    expect(buildLog).toMatch(/Built the site into .* with \d+ uploaded files and \d+ pages in the search index/)
  })

  it('has the home page, the section and each sub-page at its nested address, in Swedish', () => {
    const home = html('')
    expect(home).toContain('<html lang="sv">')
    expect(home).toContain('Regional utveckling i hela Sverige')
    const section = html('samordning-och-uppfoljning')
    for (const title of [
      'Strategiskt regionarbete',
      'Stöd till statliga myndigheter',
      'Regeringens forum för regionerna',
      'Samarbete i Östersjöregionen',
    ]) {
      expect(section).toContain(title)
    }
    const sub = html('samordning-och-uppfoljning/strategiskt-regionarbete')
    expect(sub).toContain('<h1>Strategiskt regionarbete</h1>')
    expect(sub).toMatch(/<nav aria-label="Du är här"[^>]*>.*href="\/samordning-och-uppfoljning\/">Samordning och uppföljning<\/a>/s)
    expect(sub).toContain('class="skip-link" href="#innehall"')
  })

  it('marks links to other websites', () => {
    expect(html('samordning-och-uppfoljning/samarbete-i-ostersjoregionen')).toMatch(
      /href="https:\/\/eusbsr\.eu\/"[^>]*>[^<]*<span class="link-hint">\(länk till annan webbplats\)<\/span>/,
    )
  })

  it('lists published reports newest first, with their PDF copied into the site and described by type, size and pages', async () => {
    const list = html('publikationer')
    const order = [
      'Politik för utvecklingskraft i hela Sverige',
      'Tillstånd och trender för regional tillväxt 2018',
      'Regionalt tillväxtarbete 2017',
    ].map((t) => list.indexOf(t))
    expect(order.every((i) => i > 0)).toBe(true)
    expect(order).toEqual([...order].sort((a, b) => a - b))

    const report = (
      await cms.payload.find({
        collection: 'reports',
        where: { slug: { equals: 'regionalt-tillvaxtarbete-2017' } },
        depth: 1,
        overrideAccess: true,
      })
    ).docs[0]
    const pdf = report.pdf as { filename: string; filesize: number; pageCount: number; mimeType: string }
    const page = html('publikationer/regionalt-tillvaxtarbete-2017')
    expect(page).toContain(`href="/dokument/${pdf.filename}"`)
    expect(page).toContain(`(${describeDownload(pdf)})`)
    expect(describeDownload(pdf)).toMatch(/^PDF, [\d,]+ kB, 6 sidor$/)
    const copied = fs.readFileSync(path.join(out, 'client', 'dokument', pdf.filename))
    expect(copied.subarray(0, 5).toString()).toBe('%PDF-')
    expect(copied.length).toBe(pdf.filesize)
  })

  it('copies every image size the pages refer to', () => {
    const section = html('samordning-och-uppfoljning')
    const srcset = section.match(/srcset="([^"]+)"/)?.[1] ?? ''
    const files = srcset.split(',').map((c) => c.trim().split(' ')[0])
    expect(files.length).toBeGreaterThanOrEqual(3)
    for (const file of files) expect(fs.existsSync(path.join(out, 'client', decodeURIComponent(file)))).toBe(true)
  })

  it('shows a hostile title as text, and leaves drafts out', () => {
    const page = parseHtml(html('publikationer/fientlig'))
    expect(page.querySelector('h1')?.textContent).toBe('<script>alert(1)</script>')
    expect(page.querySelectorAll('script').length).toBe(0)
    expect(html('publikationer/fientlig')).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>')
    expect(fs.existsSync(path.join(out, 'client', 'publikationer/hemlig'))).toBe(false)
    expect(html('publikationer')).not.toContain('Hemlig rapport')
  })

  it('ships no JavaScript on content pages: only pages showing statistics or a form load their script, and the search page its search', () => {
    const root = path.join(out, 'client')
    const pages = allHtml(root)
    expect(pages.length).toBeGreaterThanOrEqual(20)
    const withScripts = pages.filter((file) => {
      const doc = parseHtml(fs.readFileSync(file, 'utf8'))
      const scripts = doc.querySelectorAll('script').length
      const isSearch = [path.join('sok', 'index.html'), path.join('en', 'search', 'index.html')].includes(path.relative(root, file))
      expect(scripts > 0, file).toBe(doc.querySelectorAll('astro-island, form[data-public-form]').length > 0 || isSearch)
      return scripts > 0
    })
    expect(withScripts.map((file) => path.relative(root, path.dirname(file))).sort()).toEqual([
      // The English site: the follow-up page (statistics and a question form), search, the English datasets.
      'en/coordination-and-follow-up/following-up-regional-growth',
      'en/search',
      'en/statistics/gross-regional-product-per-inhabitant',
      'en/statistics/population',
      'en/statistics/unemployment',
      'samordning-och-uppfoljning',
      'samordning-och-uppfoljning/uppfoljning-av-regionalt-tillvaxtarbete',
      'sok',
      // Each dataset's page and its embeddable chart (/statistik/<slug>/inbaddning/) show the statistics island.
      ...['arbetsloshet', 'befolkning', 'brp-per-invanare', 'enkat-regionalt-samarbete-demo', 'nystartade-foretag'].flatMap((slug) => [
        `statistik/${slug}`,
        `statistik/${slug}/inbaddning`,
      ]),
    ])
  })

  it('renders the privacy notice and a helpful 404 page', () => {
    const notice = html('personuppgifter/e-postadress')
    expect(notice).toContain('Integritetsskyddsmyndigheten (IMY)')
    expect(notice).toContain('Personuppgiftsansvarig')
    expect(notice).toContain('Rättslig grund')
    expect(html('404.html')).toContain('Sidan finns inte')
  })
})
