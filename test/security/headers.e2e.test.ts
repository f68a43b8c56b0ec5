// React's CommonJS entry picks its build from NODE_ENV once: the publisher renders in production mode, as in npm start.
import '../../scripts/production-mode'

import { createHash } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { headersFile, headersFor, siteHeaderRules } from '../../shared/security/headers'
import type { PublishingService } from '../../cms/site-build/service'
import { launchBrowser } from '../helpers/browser'
import { startTestCms, type TestCms } from '../helpers/cms'
import { liveManifest, liveText } from '../helpers/published'

/**
 * What a browser is told about the public site: its pages may not be framed by another site (clickjacking), no
 * script runs but the site's own (an injected inline script is refused by the page's policy), files are never
 * sniffed into pages, and the build writes the same headers as `_headers` for static hosts. Served as `npm start`
 * serves it (the publisher's store, the site server), checked in Chromium.
 */
let cms: TestCms
let service: PublishingService
let siteDir: string
let server: http.Server
let site: string
let browser: Browser

beforeAll(async () => {
  cms = await startTestCms()
  const { seed } = await import('../../cms/seed')
  await seed(cms.payload, { rebuild: false })
  const { startPublishingService } = await import('../../cms/site-build/service')
  service = await startPublishingService(cms.payload, { log: () => undefined })
  siteDir = path.join(cms.dataDir, 'site')
  const { createSiteHandler } = await import('../../site/publisher/server')
  server = http.createServer(createSiteHandler({ siteDir, codeDir: () => service.publisher.codeDir }))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  browser = await launchBrowser()
}, 300_000)
afterAll(async () => {
  await browser?.close()
  server?.close()
  await service?.stop()
  await cms?.stop()
})

const PAGES = [
  '/',
  '/samordning-och-uppfoljning/',
  '/samordning-och-uppfoljning/uppfoljning-av-regionalt-tillvaxtarbete/',
  '/statistik/befolkning/',
  '/sok/?q=regioner',
  '/finns-inte/',
]
const htmlFiles = () => Object.keys(liveManifest(siteDir).files).filter((file) => file.endsWith('.html'))
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

describe('another site frames a page of ours (clickjacking)', () => {
  it.each(PAGES)('%s forbids framing and sends the other headers', async (address) => {
    const response = await fetch(site + address)
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(response.headers.get('x-frame-options')).toBe('DENY')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(response.headers.get('strict-transport-security')).toBeNull() // plain http here; see the HTTPS case below
  })

  it('is refused by the browser', async () => {
    const evil = http.createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end(`<iframe src="${site}/"></iframe>`),
    )
    await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve))
    const page = await browser.newPage()
    try {
      await page.goto(`http://localhost:${(evil.address() as AddressInfo).port}/`)
      await page.waitForTimeout(500)
      const frame = page.frames()[1]
      expect(await frame.evaluate(() => document.title).catch(() => 'blocked')).not.toContain('Start')
      expect(frame.url()).not.toBe(`${site}/`)
    } finally {
      await page.close()
      evil.close()
    }
  })
})

describe('another site frames the embeddable chart, the one page made for it', () => {
  const EMBED = '/statistik/befolkning/inbaddning/'

  it('may be framed by any site, with the other headers still sent; its dataset page may not', async () => {
    const response = await fetch(site + EMBED)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toBe("frame-ancestors *; object-src 'none'; base-uri 'self'")
    expect(response.headers.get('x-frame-options')).toBeNull()
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    const page = await fetch(`${site}/statistik/befolkning/`)
    expect(page.headers.get('x-frame-options')).toBe('DENY')
  })

  it('is shown by the browser in another site’s <iframe>, while a framed page is refused', async () => {
    const evil = http.createServer((_req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(`<iframe src="${site}${EMBED}" title="a"></iframe><iframe src="${site}/statistik/befolkning/" title="b"></iframe>`),
    )
    await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve))
    const page = await browser.newPage()
    try {
      await page.goto(`http://localhost:${(evil.address() as AddressInfo).port}/`)
      await page.waitForTimeout(500)
      // The island writes the selection into the frame's address once it runs.
      const embed = page.frames().find((frame) => frame.url().startsWith(`${site}${EMBED}`))!
      expect(embed).toBeDefined()
      await embed.locator('.explorer svg[role="img"]').waitFor()
      expect(await embed.evaluate(() => document.querySelector('h1')?.textContent)).toBe('Befolkning i länen')
      const framedPage = page.frames().find((frame) => frame !== embed && frame !== page.mainFrame())!
      expect(await framedPage.evaluate(() => document.title).catch(() => 'blocked')).not.toContain('Befolkning')
    } finally {
      await page.close()
      evil.close()
    }
  })
})

describe('a script injected into a page', () => {
  it('is not allowed by any page’s policy: every inline script is listed by its hash, and none other may run', () => {
    for (const file of htmlFiles()) {
      const html = liveText(siteDir, file)!
      const policy = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1]
      expect(policy, file).toBeDefined()
      const scriptSrc = policy!.split(';').find((directive) => directive.trim().startsWith('script-src'))!
      expect(scriptSrc, file).not.toContain("'unsafe-inline'")
      expect(scriptSrc, file).not.toContain("'unsafe-eval'")
      expect(policy, file).toContain("object-src 'none'")
      for (const [, body] of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g))
        expect(scriptSrc, file).toContain(sha256(body))
    }
  })

  it('does not run in Chromium, while the site’s own scripts do (search, statistics, forms)', async () => {
    const page = await browser.newPage()
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
    })
    try {
      for (const address of PAGES) await page.goto(site + address)
      await page.goto(`${site}/sok/?q=regioner`)
      await page.locator('.search-results li').first().waitFor()
      await page.goto(`${site}/statistik/befolkning/`)
      await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' })
      await page.goto(`${site}/statistik/befolkning/inbaddning/`)
      await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' })
      expect(violations).toEqual([])

      // The same page with a script an attacker got into it.
      await page.route(`${site}/samordning-och-uppfoljning/`, async (route) => {
        const response = await route.fetch()
        const html = (await response.text()).replace('</main>', '<script>window.angripare = "körde"</script></main>')
        await route.fulfill({ response, body: html })
      })
      await page.goto(`${site}/samordning-och-uppfoljning/`)
      expect(await page.evaluate(() => (window as unknown as { angripare?: string }).angripare)).toBeUndefined()
      expect(violations.join('\n')).toMatch(/inline script/i)
    } finally {
      await page.close()
    }
  })
})

describe('a browser sniffs an uploaded file into a page', () => {
  it('gets nosniff, a sandboxing policy and, for documents, a download', async () => {
    const files = Object.keys(liveManifest(siteDir).files)
    const document = files.find((file) => file.startsWith('dokument/'))!
    const image = files.find((file) => file.startsWith('media/'))!
    const doc = await fetch(`${site}/${document}`)
    expect(doc.headers.get('x-content-type-options')).toBe('nosniff')
    expect(doc.headers.get('content-security-policy')).toMatch(/default-src 'none'.*sandbox/)
    expect(doc.headers.get('content-disposition')).toBe('attachment')
    const img = await fetch(`${site}/${image}`)
    expect(img.headers.get('x-content-type-options')).toBe('nosniff')
    expect(img.headers.get('content-security-policy')).toMatch(/sandbox/)
    expect(img.headers.get('content-disposition')).toBeNull()
  })
})

describe('a static host that reads _headers', () => {
  it('gets the same headers from the build as the site server sends', () => {
    const written = liveText(siteDir, '_headers')!
    expect(written).toBe(headersFile(siteHeaderRules({ https: false })))
    expect(written).toContain("/*\n  Content-Security-Policy: frame-ancestors 'none'")
    expect(written).toContain('/dokument/*\n')
    expect(written).toContain('  Content-Disposition: attachment')
  })

  it('gets HSTS too when the site is served over HTTPS', () => {
    const rules = siteHeaderRules({ https: true })
    expect(headersFor('/', rules)['Strict-Transport-Security']).toBe('max-age=31536000; includeSubDomains')
    expect(headersFile(rules)).toContain('Strict-Transport-Security: max-age=31536000')
  })
})
