/**
 * The nightly checks (issue 16): links to other websites, against a local server (no network here): HEAD then GET,
 * a time limit, a pause per host, a cache; and documents past their review-by date marked overdue.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SiteStore } from '../site/publisher/store'
import { startTestCms, type TestCms } from './helpers/cms'

let cms: TestCms
let server: http.Server
let origin: string
const requests: { method: string; path: string; at: number }[] = []

beforeAll(async () => {
  cms = await startTestCms()
  server = http.createServer((req, res) => {
    requests.push({ method: req.method!, path: req.url!, at: Date.now() })
    if (req.url === '/ok') return void res.writeHead(200).end('ok')
    if (req.url === '/gone') return void res.writeHead(404).end()
    // Some servers refuse HEAD: the check asks again with GET.
    if (req.url === '/no-head') return void res.writeHead(req.method === 'HEAD' ? 405 : 200).end()
    if (req.url === '/moved') return void res.writeHead(301, { location: '/ok' }).end()
    if (req.url === '/slow') return void setTimeout(() => res.writeHead(200).end(), 3000)
    res.writeHead(500).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server?.close()
  await cms?.stop()
})

/** A live build of two pages with these links, in a site folder of its own. */
function liveSite(links: Record<string, string[]>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'link-check-'))
  const store = new SiteStore(dir)
  const files = Object.fromEntries(
    Object.entries(links).map(([page, hrefs]) => [
      `${page.slice(1)}index.html`,
      { hash: store.put(Buffer.from(`<main>${hrefs.map((href) => `<a href="${href}">länk</a>`).join('')}</main>`)) },
    ]),
  )
  store.writeManifest({ id: 'b1', createdAt: new Date().toISOString(), files })
  store.setLive('b1')
  return dir
}

describe('the nightly check of links to other websites', () => {
  it('lists each link with whether it works and the pages it is on; HEAD first, GET when HEAD is refused, redirects followed', async () => {
    const { checkExternalLinks } = await import('../cms/link-check/task')
    const dir = liveSite({
      '/a/': [`${origin}/ok`, `${origin}/gone`, `${origin}/no-head`],
      '/b/': [`${origin}/gone`, `${origin}/moved`, `${origin}/slow`],
    })
    requests.length = 0
    const summary = await checkExternalLinks(cms.payload, { dir, allowPrivate: true, timeoutMs: 1000, perHostIntervalMs: 100 })
    expect(summary).toEqual({ links: 5, checked: 5, broken: 2 })
    const found = await cms.payload.find({ collection: 'external-links', sort: 'url', depth: 0, overrideAccess: true })
    expect(found.docs.map((d) => [d.url.replace(origin, ''), d.ok, d.status ?? null, d.error ?? null, d.pages])).toEqual([
      ['/gone', false, 404, 'Svarar 404.', ['/a/', '/b/']],
      ['/moved', true, 200, null, ['/b/']],
      ['/no-head', true, 200, null, ['/a/']],
      ['/ok', true, 200, null, ['/a/']],
      ['/slow', false, null, 'Inget svar inom 1 sekunder.', ['/b/']],
    ])
    expect(requests.filter((r) => r.path === '/no-head').map((r) => r.method)).toEqual(['HEAD', 'GET'])
    expect(requests.filter((r) => r.path === '/ok').map((r) => r.method)).toEqual(['HEAD', 'HEAD'])
    // One host: one request at a time, each the pause after the last (a redirect's and a GET after HEAD too).
    const starts = requests.map((r) => r.at)
    for (let i = 1; i < starts.length; i++) expect(starts[i] - starts[i - 1]).toBeGreaterThanOrEqual(90)

    // The next night: working links are not asked again (the cache), broken ones are; a link gone from the site leaves the list.
    fs.rmSync(dir, { recursive: true, force: true })
    const next = liveSite({ '/a/': [`${origin}/ok`, `${origin}/gone`] })
    requests.length = 0
    const tomorrow = new Date(Date.now() + 86_400_000)
    expect(await checkExternalLinks(cms.payload, { dir: next, allowPrivate: true, now: tomorrow, perHostIntervalMs: 0 })).toEqual({
      links: 2,
      checked: 1,
      broken: 1,
    })
    expect(requests.map((r) => r.path)).toEqual(['/gone'])
    expect((await cms.payload.find({ collection: 'external-links', depth: 0, overrideAccess: true })).totalDocs).toBe(2)
    fs.rmSync(next, { recursive: true, force: true })
  })

  it('does not request addresses on this machine or the local network unless told to (the tests’ server)', async () => {
    const { checkLink } = await import('../cms/link-check/check')
    requests.length = 0
    expect(await checkLink(`${origin}/ok`)).toMatchObject({ ok: false, error: 'Ej kontrollerad: adressen pekar på ett internt nät.' })
    expect(await checkLink('http://169.254.169.254/latest/meta-data/')).toMatchObject({ ok: false })
    expect(requests).toEqual([])
  })
})

describe('the nightly mark of documents overdue for review', () => {
  it('marks those past their date, unmarks those given a later one, and leaves their other fields as they were', async () => {
    const page = await cms.payload.create({
      collection: 'pages',
      data: { title: 'Gammal', slug: 'gammal-oversyn', _status: 'published' },
      overrideAccess: true,
    })
    await cms.payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'en',
      data: { title: 'Old', slug: 'old-review', _status: 'published' },
      overrideAccess: true,
    })
    const englishUpdated = (await cms.payload.findByID({ collection: 'pages', id: page.id, locale: 'en', overrideAccess: true }))
      .responsibility?.contentUpdatedAt
    await cms.payload.db.updateOne({
      collection: 'pages',
      id: page.id,
      data: { responsibility: { reviewBy: '2020-01-01T00:00:00.000Z', unit: 'Analys' } },
      returning: false,
    })
    const run = async () => {
      const job = await cms.payload.jobs.queue({ task: 'markOverdueReviews', input: {} })
      await cms.payload.jobs.runByID({ id: job.id })
    }
    await run()
    const marked = await cms.payload.findByID({ collection: 'pages', id: page.id, locale: 'en', overrideAccess: true })
    expect(marked.responsibility).toMatchObject({ overdue: true, unit: 'Analys', contentUpdatedAt: englishUpdated })
    expect(marked.title).toBe('Old')

    await cms.payload.db.updateOne({
      collection: 'pages',
      id: page.id,
      data: { responsibility: { reviewBy: '2099-01-01T00:00:00.000Z' } },
      returning: false,
    })
    await run()
    expect((await cms.payload.findByID({ collection: 'pages', id: page.id, overrideAccess: true })).responsibility?.overdue).toBe(false)
  })
})
