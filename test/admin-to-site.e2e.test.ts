// React's CommonJS entry picks its build from NODE_ENV once: the publisher renders in production mode, as in npm start.
import '../scripts/production-mode'

import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import type { ChildProcess } from 'node:child_process'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminBuildIsCurrent, nextBin } from '../scripts/admin-build'
import type { PublishingService } from '../cms/site-build/service'
import { createSiteHandler } from '../site/publisher/server'
import { launchBrowser } from './helpers/browser'
import { startTestCms, type TestCms } from './helpers/cms'
import { freePort, projectRoot, runToEnd, startServer, stopServer } from './helpers/processes'
import { liveText } from './helpers/published'

/**
 * The newcomer's path, end to end in a real browser: the first account is created on the admin's first-user
 * screen, a report is edited and published in the admin, and the live static site shows the change without any
 * command; a draft is previewed with the public components by the signed-in editor only.
 */
let cms: TestCms
let admin: ChildProcess | undefined
let browser: Browser
let adminUrl: string
let siteServer: http.Server | undefined
let publishing: PublishingService
let siteDir: string

beforeAll(async () => {
  cms = await startTestCms()
  const { seed } = await import('../cms/seed')
  await seed(cms.payload)
  // The publishing service runs here, as in `npm start`; the admin server wakes it on its loopback address.
  const { startPublishingService } = await import('../cms/site-build/service')
  publishing = await startPublishingService(cms.payload, { listen: true, log: () => undefined })
  siteDir = path.join(cms.dataDir, 'site')
  const env = { ...process.env, PROJECT_ROOT: projectRoot, NEXT_TELEMETRY_DISABLED: '1', PUBLISHER_URL: publishing.url! }
  if (!adminBuildIsCurrent(projectRoot)) await runToEnd([nextBin(projectRoot), 'build', 'cms'], env, 600_000)
  const port = await freePort()
  adminUrl = `http://127.0.0.1:${port}`
  // The admin's own server, as npm start runs it (cms/server.ts); CMS_PORT tells the CMS its origin (CSRF).
  admin = await startServer(
    ['--import', 'tsx/esm', 'cms/server.ts', '--port', String(port)],
    { ...env, NODE_ENV: 'production', CMS_PORT: String(port) },
    `${adminUrl}/admin`,
  )
  browser = await launchBrowser()
}, 900_000)

afterAll(async () => {
  await browser?.close()
  siteServer?.close()
  stopServer(admin)
  await publishing?.stop()
  await cms?.stop()
})

describe('from the admin to the static site', () => {
  it('creates the first admin on the first-user screen, in Swedish', async () => {
    const page = await browser.newPage({ locale: 'sv-SE' })
    await page.goto(`${adminUrl}/admin`)
    await page.waitForURL(/\/admin\/create-first-user/)
    expect(await page.locator('html').getAttribute('lang')).toBe('sv')
    await page.fill('#field-email', 'forsta@example.se')
    await page.fill('#field-password', 'ett-langt-losenord-9')
    await page.fill('#field-confirm-password', 'ett-langt-losenord-9')
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
    await page.getByRole('link', { name: 'Rapporter' }).first().waitFor({ state: 'visible' })
    const users = await cms.payload.find({ collection: 'users', overrideAccess: true })
    expect(users.docs.map((u) => [u.email, u.roles])).toEqual([['forsta@example.se', ['admin']]])
    await page.context().storageState({ path: path.join(cms.dataDir, 'session.json') })
    await page.close()
  })

  it('shows the signed-in admin, on the dashboard, a page overdue for review, one due soon and a draft waiting for review', async () => {
    const me = (await cms.payload.find({ collection: 'users', where: { email: { equals: 'forsta@example.se' } }, overrideAccess: true }))
      .docs[0]
    const pageBySlug = async (slug: string) =>
      (await cms.payload.find({ collection: 'pages', where: { slug: { equals: slug } }, overrideAccess: true })).docs[0]
    const overdue = await pageBySlug('strategiskt-regionarbete')
    const soon = await pageBySlug('stod-till-statliga-myndigheter')
    const day = 86_400_000
    // Owners and dates as an editor sets them in the sidebar; written straight to the stored page to place them in the past.
    for (const [page, reviewBy] of [
      [overdue, new Date(Date.now() - 5 * day)],
      [soon, new Date(Date.now() + 12 * day)],
    ] as const)
      await cms.payload.db.updateOne({
        collection: 'pages',
        id: page.id,
        data: { responsibility: { owner: me.id, reviewBy: reviewBy.toISOString() } },
        returning: false,
      })
    const report = (await cms.payload.find({ collection: 'reports', limit: 1, overrideAccess: true })).docs[0]
    await cms.payload.update({
      collection: 'reports',
      id: report.id,
      draft: true,
      data: { subtitle: 'Ett förslag', review: { state: 'submitted' }, _status: 'draft' },
      overrideAccess: true,
    })

    const context = await browser.newContext({ locale: 'sv-SE', storageState: path.join(cms.dataDir, 'session.json') })
    const page = await context.newPage()
    await page.goto(`${adminUrl}/admin`)
    const section = (name: RegExp) => page.locator('section', { has: page.getByRole('heading', { name }) })
    await section(/^Skulle ha setts över \(1\)$/)
      .getByRole('link', { name: overdue.title })
      .waitFor()
    expect(
      await section(/^Ska ses över inom 30 dagar \(1\)$/)
        .getByRole('link', { name: soon.title })
        .isVisible(),
    ).toBe(true)
    expect(
      await section(/^Väntar på granskning \(1\)$/)
        .getByRole('link', { name: report.title })
        .isVisible(),
    ).toBe(true)
    await context.close()
  })

  it('publishes an edited report, which the publisher puts on the live site within seconds, by itself', async () => {
    const report = (
      await cms.payload.find({
        collection: 'reports',
        where: { slug: { equals: 'politik-for-utvecklingskraft-i-hela-sverige' } },
        overrideAccess: true,
      })
    ).docs[0]
    const context = await browser.newContext({ locale: 'sv-SE', storageState: path.join(cms.dataDir, 'session.json') })
    const page = await context.newPage()
    await page.goto(`${adminUrl}/admin/collections/reports/${report.id}`)
    const title = page.locator('#field-title')
    await title.waitFor()
    await title.fill('Politik för utvecklingskraft i hela Sverige – reviderad upplaga')
    await page.click('#action-save')
    await expect
      .poll(async () => (await cms.payload.findByID({ collection: 'reports', id: report.id, overrideAccess: true })).title, {
        timeout: 20_000,
      })
      .toBe('Politik för utvecklingskraft i hela Sverige – reviderad upplaga')
    await context.close()

    // Nobody runs a build: the save queued the change and woke the publisher, which put it live.
    await expect
      .poll(() => liveText(siteDir, 'publikationer/index.html'), { timeout: 10_000, interval: 100 })
      .toContain('Politik för utvecklingskraft i hela Sverige – reviderad upplaga')
    const detail = liveText(siteDir, 'publikationer/politik-for-utvecklingskraft-i-hela-sverige/index.html')
    expect(detail).toContain('<h1>Politik för utvecklingskraft i hela Sverige – reviderad upplaga')
    // The build the publish queued is recorded (another one, queued by the seed, may have run first).
    const reportBuild = async () =>
      ((await cms.payload.findGlobal({ slug: 'site-build', overrideAccess: true })).builds ?? []).find((b) =>
        b.reason?.startsWith('reports'),
      )?.status
    await expect.poll(reportBuild, { timeout: 60_000, interval: 500 }).toBe('succeeded')
  })
})

describe('languages in the admin', () => {
  it('publishes a page in English while its Swedish text stays a draft, and says so for each language', async () => {
    const page = await cms.payload.create({
      collection: 'pages',
      locale: 'sv',
      draft: true,
      data: { title: 'Gästforskare (utkast)', slug: 'gastforskare', _status: 'draft' },
      overrideAccess: true,
    })
    const context = await browser.newContext({ locale: 'sv-SE', storageState: path.join(cms.dataDir, 'session.json') })
    const tab = await context.newPage()
    await tab.goto(`${adminUrl}/admin/collections/pages/${page.id}?locale=en`)
    const title = tab.locator('#field-title')
    await title.waitFor()
    await title.fill('Visiting researchers')
    await tab.click('#action-save')
    const statusIn = async (locale: 'sv' | 'en') =>
      (await cms.payload.findByID({ collection: 'pages', id: page.id, locale, draft: false, overrideAccess: true }))._status
    await expect.poll(() => statusIn('en'), { timeout: 20_000 }).toBe('published')
    expect(await statusIn('sv')).toBe('draft')

    // On the site: the English page, and no Swedish one.
    await expect
      .poll(() => liveText(siteDir, 'en/visiting-researchers/index.html'), { timeout: 20_000, interval: 200 })
      .toContain('Visiting researchers')
    expect(liveText(siteDir, 'gastforskare/index.html')).toBeUndefined()
    // In the admin: each language's note says whether that version is on the site.
    const note = () => tab.getByRole('status').filter({ hasText: 'Webbplatsen, den' }).textContent()
    await expect
      .poll(
        async () => {
          await tab.goto(`${adminUrl}/admin/collections/pages/${page.id}?locale=en`)
          return note()
        },
        { timeout: 30_000, interval: 1000 },
      )
      // …and since when: the time the build with it went live.
      .toMatch(
        /^Webbplatsen, den engelska versionen: Den publicerade versionen syns på webbplatsen sedan \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.$/,
      )
    await tab.goto(`${adminUrl}/admin/collections/pages/${page.id}?locale=sv`)
    expect(await note()).toBe('Webbplatsen, den svenska versionen: Inte publicerad: syns inte på webbplatsen.')
    await context.close()
  })
})

async function clickForDownload(page: import('playwright-core').Page, button: import('playwright-core').Locator) {
  for (let attempt = 1; ; attempt++) {
    try {
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), button.click()])
      return download
    } catch (error) {
      if (attempt >= 3) throw error
    }
  }
}

describe('statistics in the admin', () => {
  it('replaces a dataset from a CSV file, listing every error of a bad one first, and the site shows the new figures', async () => {
    const dataset = (await cms.payload.find({ collection: 'datasets', where: { slug: { equals: 'arbetsloshet' } }, overrideAccess: true }))
      .docs[0]
    const before = dataset.observations as { region: string; year: number; value: number }[]
    const context = await browser.newContext({
      locale: 'sv-SE',
      storageState: path.join(cms.dataDir, 'session.json'),
      acceptDownloads: true,
    })
    const page = await context.newPage()
    await page.goto(`${adminUrl}/admin/collections/datasets/${dataset.id}`)
    const fileInput = page.getByLabel('Läs in CSV-fil')
    await fileInput.waitFor()
    await page.waitForLoadState('networkidle')

    // The communicator's export is the dataset as it stands, in the import format.
    // A click that lands before React has attached the button's handler does nothing (seen once in CI): clicked again.
    const download = await clickForDownload(page, page.getByRole('button', { name: 'Ladda ner som CSV' }))
    const exported = fs.readFileSync((await download.path())!, 'utf8')
    expect(exported.split('\n')[0]).toBe('\uFEFFregion,region_name,year,value')
    expect(exported.trim().split('\n')).toHaveLength(before.length + 1)

    // A bad file: each error with its line, nothing changed.
    const bad = 'region;year;value\n23;2022;7,1\n99;2022;5\n25;2022;mycket\n23;2022;6\n'
    await fileInput.setInputFiles({ name: 'arbetsloshet.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) })
    await expect
      .poll(() => page.locator('.csv-import-errors li').allTextContents())
      .toEqual([
        'Rad 3: Okänd region "99"; ange en länskod (01–25) eller 00 för riket.',
        'Rad 4: Värdet "mycket" är inte ett tal.',
        'Rad 5: Samma region och år som rad 2.',
      ])
    expect(await page.locator('.csv-import-message').textContent()).toContain('lästes inte in: 3 fel. Inget har ändrats.')
    expect((await cms.payload.findByID({ collection: 'datasets', id: dataset.id, overrideAccess: true })).observations).toEqual(before)

    // The exported file with one figure changed: read in, published, rebuilt.
    const changed = exported.replace(/^23,Jämtlands län,2022,[\d.]+$/m, '23,Jämtlands län,2022,9.9')
    expect(changed).not.toBe(exported)
    await fileInput.setInputFiles({ name: 'arbetsloshet.csv', mimeType: 'text/csv', buffer: Buffer.from(changed) })
    await expect
      .poll(() => page.locator('.csv-import-message').textContent())
      .toContain(`är inläst: ${before.length} värden för 21 regioner`)
    await page.click('#action-save')
    const stored = async () =>
      ((await cms.payload.findByID({ collection: 'datasets', id: dataset.id, overrideAccess: true })).observations as typeof before).find(
        (o) => o.region === '23' && o.year === 2022,
      )?.value
    await expect.poll(stored, { timeout: 20_000 }).toBe(9.9)
    await context.close()
    await expect
      .poll(() => liveText(siteDir, 'statistik/arbetsloshet.csv'), { timeout: 10_000, interval: 100 })
      .toContain('23,Jämtlands län,2022,9.9')
  })
})

describe('submissions in the admin', () => {
  it('shows communicators what visitors sent, and lets an admin export and erase one address', async () => {
    const inAWeek = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString()
    for (const question of ['Hur ofta kommer nya rapporter?', 'Finns statistiken på engelska?']) {
      await cms.payload.create({
        collection: 'feedback',
        overrideAccess: true,
        data: { formType: 'question', summary: question, question, email: 'dora@example.se', deleteAfter: inAWeek },
      })
    }
    const context = await browser.newContext({
      locale: 'sv-SE',
      storageState: path.join(cms.dataDir, 'session.json'),
      acceptDownloads: true,
    })
    const page = await context.newPage()
    await page.goto(`${adminUrl}/admin/collections/feedback`)
    await page.getByText('Hur ofta kommer nya rapporter?').waitFor()

    await page.goto(`${adminUrl}/admin/collections/data-requests`)
    await page.getByLabel('E-postadress').fill('dora@example.se')
    await page.waitForLoadState('networkidle')
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera' }).click()])
    const exported = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'))
    expect(exported.submissions.map((s: { question: string }) => s.question).sort()).toEqual([
      'Finns statistiken på engelska?',
      'Hur ofta kommer nya rapporter?',
    ])
    page.once('dialog', (dialog) => void dialog.accept())
    await page.getByRole('button', { name: 'Radera allt' }).click()
    await page.getByText('2 meddelanden raderades. Begäran är loggad.').waitFor()
    expect(
      (await cms.payload.find({ collection: 'feedback', where: { email: { equals: 'dora@example.se' } }, overrideAccess: true })).totalDocs,
    ).toBe(0)
    await context.close()
  })
})

describe('the admin server (cms/server.ts)', () => {
  const external = Object.values(os.networkInterfaces())
    .flat()
    .find((address) => address && address.family === 'IPv4' && !address.internal)

  // Skipped on a machine with no network interface but loopback: there is no other address to try.
  it.skipIf(!external)('listens on 127.0.0.1 only, so a fresh install is not reachable from the network', async () => {
    const port = new URL(adminUrl).port
    await expect(fetch(`http://${external!.address}:${port}/admin`, { signal: AbortSignal.timeout(5000) })).rejects.toThrow()
    expect((await fetch(`${adminUrl}/admin`)).status).toBe(200)
  })

  it('sends security headers on the admin and its API', async () => {
    for (const address of ['/admin/login', '/api/users/me']) {
      const response = await fetch(adminUrl + address)
      const policy = response.headers.get('content-security-policy') ?? ''
      expect(policy).toContain("frame-ancestors 'none'")
      expect(policy).toContain("object-src 'none'")
      expect(policy).toContain("form-action 'self'")
      expect(response.headers.get('x-frame-options')).toBe('DENY')
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    }
  })
})

describe('preview of drafts', () => {
  it('shows a signed-in editor the draft, rendered by the public components, and nobody else', async () => {
    const report = (
      await cms.payload.find({ collection: 'reports', where: { slug: { equals: 'regionalt-tillvaxtarbete-2017' } }, overrideAccess: true })
    ).docs[0]
    await cms.payload.update({
      collection: 'reports',
      id: report.id,
      data: { title: 'Utkast: en ny rubrik' },
      draft: true,
      overrideAccess: true,
    })

    // The live build, served as `npm start` serves it; the preview asks this CMS.
    process.env.CMS_INTERNAL_URL = adminUrl
    const sitePort = await freePort()
    siteServer = http.createServer(createSiteHandler({ siteDir, codeDir: () => publishing.publisher.codeDir }))
    await new Promise<void>((resolve) => siteServer!.listen(sitePort, '127.0.0.1', resolve))
    const previewUrl = `http://127.0.0.1:${sitePort}/forhandsvisning/reports/${report.id}/`

    const anonymous = await fetch(previewUrl)
    expect(anonymous.status).toBe(401)
    const refused = await anonymous.text()
    expect(refused).toContain('Logga in i CMS:et för att förhandsgranska utkast.')
    expect(refused).not.toContain('Utkast: en ny rubrik')
    const forged = await fetch(previewUrl, { headers: { cookie: 'payload-token=inte-en-giltig-token' } })
    expect(forged.status).toBe(401)

    // The admin's session cookie is set for 127.0.0.1 (cookies ignore the port), so the signed-in editor's browser sends it to the site too.
    const context = await browser.newContext({ locale: 'sv-SE', storageState: path.join(cms.dataDir, 'session.json') })
    const page = await context.newPage()
    const response = await page.goto(previewUrl)
    expect(response?.status()).toBe(200)
    expect(await page.locator('h1').textContent()).toContain('Utkast: en ny rubrik')
    expect(await page.locator('.preview-notice').textContent()).toContain('Förhandsvisning av ett utkast')
    expect(await page.locator('a.skip-link').getAttribute('href')).toBe('#innehall')
    expect(response?.headers()['cache-control']).toBe('private, no-store')
    await context.close()

    const publicPage = liveText(siteDir, 'publikationer/regionalt-tillvaxtarbete-2017/index.html')
    expect(publicPage).not.toContain('Utkast: en ny rubrik')
  })

  it('previews the language being edited: the English draft in the English site', async () => {
    const report = (
      await cms.payload.find({ collection: 'reports', where: { slug: { equals: 'regionalt-tillvaxtarbete-2017' } }, overrideAccess: true })
    ).docs[0]
    await cms.payload.update({
      collection: 'reports',
      id: report.id,
      locale: 'en',
      data: { title: 'Draft: a new English title' },
      draft: true,
      overrideAccess: true,
    })
    // The admin's Preview button, with English chosen in its locale menu.
    const { previewUrl } = await import('../cms/preview')
    const english = previewUrl('reports')({ id: report.id }, { locale: 'en' })!
    expect(new URL(english).search).toBe('?locale=en')
    expect(new URL(previewUrl('reports')({ id: report.id }, { locale: 'sv' })!).search).toBe('')
    const sitePort = (siteServer!.address() as { port: number }).port
    const context = await browser.newContext({ locale: 'en-GB', storageState: path.join(cms.dataDir, 'session.json') })
    const page = await context.newPage()
    const response = await page.goto(`http://127.0.0.1:${sitePort}${new URL(english).pathname}?locale=en`)
    expect(response?.status()).toBe(200)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.locator('h1').textContent()).toContain('Draft: a new English title')
    expect(await page.locator('.preview-notice').textContent()).toBe('Preview of a draft. The report is not published in this version.')
    expect(await page.getByRole('navigation', { name: 'You are here' }).textContent()).toContain('Publications')
    await context.close()
    expect(liveText(siteDir, 'en/publications/regional-growth-work-2017/index.html')).not.toContain('Draft: a new English title')
  })

  it('answers an unknown address under /en/ with the English 404 page, and any other with the Swedish one', async () => {
    const sitePort = (siteServer!.address() as { port: number }).port
    const english = await fetch(`http://127.0.0.1:${sitePort}/en/no-such-page/`)
    expect(english.status).toBe(404)
    const englishPage = await english.text()
    expect(englishPage).toContain('<html lang="en"')
    expect(englishPage).toContain('<h1>Page not found</h1>')
    const swedish = await fetch(`http://127.0.0.1:${sitePort}/finns-inte/`)
    expect([swedish.status, await swedish.text()]).toEqual([404, expect.stringContaining('<h1>Sidan finns inte</h1>')])
  })
})
