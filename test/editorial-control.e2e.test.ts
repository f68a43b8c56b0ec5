// React's CommonJS entry picks its build from NODE_ENV once: the publisher renders in production mode, as in npm start.
import '../scripts/production-mode'

import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { PublishingService } from '../cms/site-build/service'
import { createSiteHandler } from '../site/publisher/server'
import { launchBrowser } from './helpers/browser'
import { signedInAs, startTestCms, TEST_PASSWORD, type TestCms } from './helpers/cms'
import { parseHtml } from './helpers/html'
import { restClient } from './helpers/rest'
import { liveManifest, liveText } from './helpers/published'
import { buildSite, serveStatic } from './helpers/site'

/**
 * Issue 16's "done when", on the demo site with the publishing service and the site server running: renaming the
 * demo section's slug leaves every old address working (a 301 from the site server, a redirect page in the static
 * build and a line in its `_redirects` file) for the section and each of its sub-pages; an editor's change waits
 * for a publisher and goes live when approved, with its "Senast uppdaterad" date.
 */
let cms: TestCms
let publishing: PublishingService
let site: http.Server
let siteUrl: string
let browser: Browser
let outDir: string

const OLD = '/samordning-och-uppfoljning/'
const NEW = '/samordning/'
const SUB = 'strategiskt-regionarbete/'

beforeAll(async () => {
  cms = await startTestCms()
  const { seed } = await import('../cms/seed')
  await seed(cms.payload)
  const { startPublishingService } = await import('../cms/site-build/service')
  publishing = await startPublishingService(cms.payload, { log: () => undefined })
  site = http.createServer(createSiteHandler({ siteDir: path.join(cms.dataDir, 'site') }))
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve))
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`
  browser = await launchBrowser()

  const section = (
    await cms.payload.find({ collection: 'pages', where: { slug: { equals: 'samordning-och-uppfoljning' } }, overrideAccess: true })
  ).docs[0]
  await cms.payload.update({ collection: 'pages', id: section.id, data: { slug: 'samordning' }, overrideAccess: true })
  await publishing.drain()
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'redirects-build-'))
  await buildSite(outDir)
}, 600_000)

afterAll(async () => {
  await browser?.close()
  site?.close()
  await publishing?.stop()
  await cms?.stop()
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true })
})

describe('renaming the demo section', () => {
  it.each([
    { asked: OLD, location: NEW },
    { asked: OLD.slice(0, -1), location: NEW },
    { asked: `${OLD}${SUB}`, location: `${NEW}${SUB}` },
    { asked: `${OLD}${SUB}?utm_source=nyhetsbrev`, location: `${NEW}${SUB}?utm_source=nyhetsbrev` },
  ])('the site server answers $asked with a 301 to $location', async ({ asked, location }) => {
    const response = await fetch(`${siteUrl}${asked}`, { redirect: 'manual' })
    expect(response.status).toBe(301)
    expect(response.headers.get('location')).toBe(location)
  })

  it('the new addresses are the pages', async () => {
    for (const address of [NEW, `${NEW}${SUB}`]) {
      const response = await fetch(`${siteUrl}${address}`, { redirect: 'manual' })
      expect(response.status).toBe(200)
    }
  })

  it('the static build lists the old addresses in _redirects, as the live build does', () => {
    const file = fs.readFileSync(path.join(outDir, 'client', '_redirects'), 'utf8')
    expect(file).toContain(`${OLD} ${NEW} 301\n`)
    expect(file).toContain(`${OLD}${SUB} ${NEW}${SUB} 301\n`)
    expect(liveText(path.join(cms.dataDir, 'site'), '_redirects')).toBe(file)
  })

  it('on a static host without redirects, the old address has a page that sends the browser on', async () => {
    const html = fs.readFileSync(path.join(outDir, 'client', OLD.slice(1), SUB, 'index.html'), 'utf8')
    expect(html).toContain(`<link rel="canonical" href="`)
    const host = await serveStatic(path.join(outDir, 'client'))
    try {
      const page = await browser.newPage()
      await page.goto(`${host.url}${OLD}${SUB}`)
      await page.waitForURL(`${host.url}${NEW}${SUB}`)
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Strategiskt regionarbete')
      await page.close()
    } finally {
      host.close()
    }
  })

  it('the old addresses are not in the sitemap', () => {
    const sitemap = fs
      .readdirSync(path.join(outDir, 'client'))
      .filter((name) => name.startsWith('sitemap'))
      .map((name) => fs.readFileSync(path.join(outDir, 'client', name), 'utf8'))
      .join('')
    expect(sitemap).toContain(NEW)
    expect(sitemap).not.toContain(OLD)
  })
})

describe('review before publishing, on the live site', () => {
  const page = (address: string) => fetch(`${siteUrl}${address}`).then(async (response) => parseHtml(await response.text()))
  const lead = async (address: string) => (await page(address)).querySelector('.lead')?.textContent

  it('an editor’s change waits for a publisher, and goes live with its date when approved', async () => {
    const api = await restClient()
    // The first account becomes an admin: the publisher's, here.
    const publisher = await signedInAs(cms.payload, 'publisher', 'publicist-e2e@example.se')
    const editor = await signedInAs(cms.payload, 'editor', 'redaktor-e2e@example.se')
    const address = `${NEW}${SUB}`
    const subPage = (await cms.payload.find({ collection: 'pages', where: { slug: { equals: SUB.slice(0, -1) } }, overrideAccess: true }))
      .docs[0]
    const before = await lead(address)
    const beforeApproval = new Date()

    // Publishing is refused; saving a draft and submitting it is not, and changes nothing live.
    expect(
      (await api('PATCH', `pages/${subPage.id}`, { token: editor, body: { lead: 'Ny ingress från redaktören.', _status: 'published' } }))
        .status,
    ).toBe(403)
    const submitted = await api('PATCH', `pages/${subPage.id}?draft=true`, {
      token: editor,
      body: { lead: 'Ny ingress från redaktören.', review: { state: 'submitted' }, _status: 'draft' },
    })
    expect(submitted.status).toBe(200)
    await publishing.drain()
    expect(await lead(address)).toBe(before)

    // The publisher approves: the draft goes live, and the page says when its content last changed.
    expect((await api('PATCH', `pages/${subPage.id}`, { token: publisher, body: { _status: 'published' } })).status).toBe(200)
    await publishing.drain()
    const live = await page(address)
    expect(live.querySelector('.lead')?.textContent).toBe('Ny ingress från redaktören.')
    const updated = live.querySelector('.last-updated')
    expect(updated?.textContent).toMatch(/^Senast uppdaterad \d{1,2} [a-zåäö]+ \d{4}$/)
    expect(updated?.querySelector('time')?.getAttribute('datetime')).toBe(new Date().toISOString().slice(0, 10))

    // The archive: an admin (the first account, the publisher here) sees the page as it was before the approval.
    const archived = await api('GET', `site-archive?at=${encodeURIComponent(beforeApproval.toISOString())}`, { token: publisher })
    expect(archived.status).toBe(302)
    const location = archived.headers.get('location')!
    expect(location).toMatch(/^\/api\/site-archive\/[\w-]+\/$/)
    const then = await api('GET', `${location.replace('/api/', '')}${address.slice(1)}`, { token: publisher })
    expect(then.status).toBe(200)
    expect(then.headers.get('content-security-policy')).toContain("script-src 'none'")
    const html = parseHtml(then.text)
    expect(html.querySelector('.lead')?.textContent).toBe(before)
    expect(html.querySelector('[role="note"]')?.textContent).toMatch(/^Arkiv: så här såg webbplatsen ut/)
    expect(html.querySelector('link[rel="stylesheet"]')?.getAttribute('href')).toMatch(/^\/api\/site-archive\/[\w-]+\/_astro\//)
    // Editors do not browse the archive.
    expect((await api('GET', `${location.replace('/api/', '')}${address.slice(1)}`, { token: editor })).status).toBe(403)
  })
})

describe('the link check after publishing', () => {
  it('a broken internal link appears in the build panel with its page, and leaves it when fixed', async () => {
    const admin = (await cms.payload.find({ collection: 'users', where: { roles: { contains: 'admin' } }, limit: 1 })).docs[0]
    const token = (await cms.payload.login({ collection: 'users', data: { email: admin.email, password: TEST_PASSWORD } })).token!
    const subPage = (await cms.payload.find({ collection: 'pages', where: { slug: { equals: SUB.slice(0, -1) } }, overrideAccess: true }))
      .docs[0]
    const layout = (subPage.layout ?? []).map(({ id: _id, ...block }) => block)
    const callToAction = {
      blockType: 'callToAction',
      heading: 'Läs mer',
      label: 'Den gamla rapportsidan',
      linkType: 'external',
      url: '/finns-inte/',
    }
    await cms.payload.update({
      collection: 'pages',
      id: subPage.id,
      data: { layout: [...layout, callToAction] } as never,
      overrideAccess: true,
    })
    await publishing.drain()
    expect(liveText(path.join(cms.dataDir, 'site'), `${NEW.slice(1)}${SUB}index.html`)).toContain('href="/finns-inte/"')
    await expect.poll(() => liveBrokenLinks(token), { timeout: 10_000 }).toEqual([{ page: `${NEW}${SUB}`, links: ['/finns-inte/'] }])

    // Fixed with a redirect from the missing address: the link leads somewhere again.
    await cms.payload.create({
      collection: 'redirects',
      data: { from: '/finns-inte/', to: { type: 'custom', url: '/publikationer/' }, type: '301' },
      overrideAccess: true,
    })
    await publishing.drain()
    await expect.poll(() => liveBrokenLinks(token), { timeout: 10_000 }).toEqual([])
  })

  /** What the build panel lists for the live build (the publishing service records each publish just after it). */
  async function liveBrokenLinks(token: string) {
    const api = await restClient()
    const status = await api('GET', 'site-build/status', { token })
    return status.body.builds.find((build: { buildId: string }) => build.buildId === status.body.liveBuild)?.brokenLinks
  }
})

describe('what publishing would change, before publishing', () => {
  it('lists the public pages a draft would change, and the live pages that link to the document', async () => {
    const api = await restClient()
    const admin = (await cms.payload.find({ collection: 'users', where: { roles: { contains: 'admin' } }, limit: 1 })).docs[0]
    const token = (await cms.payload.login({ collection: 'users', data: { email: admin.email, password: TEST_PASSWORD } })).token!
    const subPage = (await cms.payload.find({ collection: 'pages', where: { slug: { equals: SUB.slice(0, -1) } }, overrideAccess: true }))
      .docs[0]
    const liveBefore = liveManifest(path.join(cms.dataDir, 'site')).id
    await cms.payload.update({
      collection: 'pages',
      id: subPage.id,
      draft: true,
      data: { title: 'Regionalt strategiarbete', _status: 'draft' },
      overrideAccess: true,
    })

    const impact = await api('GET', `site-build/impact?collection=pages&id=${subPage.id}&locale=sv`, { token })
    expect(impact.status).toBe(200)
    // The page itself, and its section's pages, whose navigation names it; no report page.
    expect(impact.body.changed).toContain(`${NEW}${SUB}`)
    expect(impact.body.changed).toContain(NEW)
    expect(impact.body.changed.some((address: string) => address.startsWith('/publikationer/'))).toBe(false)
    expect(impact.body.removed).toEqual([])
    // Asking published nothing.
    await publishing.drain()
    expect(liveManifest(path.join(cms.dataDir, 'site')).id).toBe(liveBefore)

    const links = await api('GET', `site-build/links-to?collection=pages&id=${subPage.id}&locale=sv`, { token })
    expect(links.body.address).toBe(`${NEW}${SUB}`)
    expect(links.body.pages).toContain(NEW)
    expect((await api('GET', `site-build/impact?collection=pages&id=${subPage.id}&locale=sv`)).status).toBe(403)

    // The prediction is what the publish does: it renders those addresses, and otherwise only the routes every publish
    // renders (those a change that alters no page renders: a new redirect).
    await cms.payload.update({ collection: 'pages', id: subPage.id, data: { _status: 'published' }, overrideAccess: true })
    const published = (await publishing.drain())!
    expect(published.rendered).toEqual(expect.arrayContaining(impact.body.changed))
    await cms.payload.create({
      collection: 'redirects',
      data: { from: '/impact-test/', to: { type: 'custom', url: '/' }, type: '301' },
      overrideAccess: true,
    })
    const always = (await publishing.drain())!.rendered
    for (const address of published.rendered.filter((a) => !impact.body.changed.includes(a))) expect(always).toContain(address)
  })
})
