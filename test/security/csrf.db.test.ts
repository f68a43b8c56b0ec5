import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from '../helpers/cms'
import { restClient } from '../helpers/rest'

/**
 * Cross-site request forgery: a page on another origin (the public site, or any host on the same site) makes a
 * signed-in editor's browser send a request that carries the session cookie. The cookie is honoured only on
 * requests from the admin's own origin (Payload's csrf list, always set), it is SameSite=Strict, and the custom
 * endpoints take only the content type they are made for, which a plain HTML form cannot send.
 */
let cms: TestCms
let rest: Awaited<ReturnType<typeof restClient>>
let cookie: string
let setCookie: string
let token: string
const ADMIN_ORIGIN = 'http://localhost:3000'

beforeAll(async () => {
  cms = await startTestCms()
  rest = await restClient()
  await cms.payload.create({
    collection: 'users',
    data: { email: 'admin@example.se', password: 'ett-langt-losenord-1', roles: ['admin'] },
    overrideAccess: true,
  })
  const login = await rest('POST', 'users/login', {
    body: { email: 'admin@example.se', password: 'ett-langt-losenord-1' },
    headers: { origin: ADMIN_ORIGIN },
  })
  setCookie = login.headers.get('set-cookie') ?? ''
  cookie = setCookie.split(';')[0]
  token = login.body.token
})
afterAll(async () => cms?.stop())

const pageCount = () => cms.payload.count({ collection: 'pages', overrideAccess: true }).then((r) => r.totalDocs)
let made = 0
const publish = (headers: Record<string, string>, contentType = 'application/json') =>
  rest('POST', 'pages', {
    body: JSON.stringify({ title: `Kapad sida ${++made}`, _status: 'published' }),
    contentType,
    headers: { cookie, ...headers },
  })

describe('a page on another origin posts with the editor’s session cookie', () => {
  it.each([
    ['the public site', 'http://localhost:4321'],
    ['another host on the same site', 'http://evil.localhost:3000'],
    ['another site', 'https://evil.example'],
  ])('from %s: the cookie is not honoured and nothing is published', async (_case, origin) => {
    const before = await pageCount()
    expect((await publish({ origin })).status).toBe(403)
    expect((await publish({ origin }, 'text/plain')).status).toBe(403)
    expect(await pageCount()).toBe(before)
  })

  it('without an Origin header but marked cross-site by the browser: refused too', async () => {
    const before = await pageCount()
    expect((await publish({ 'sec-fetch-site': 'cross-site' })).status).toBe(403)
    expect(await pageCount()).toBe(before)
  })

  it('from the admin itself: accepted (the check lets the real editor work)', async () => {
    expect((await publish({ origin: ADMIN_ORIGIN })).status).toBe(201)
    expect((await publish({ 'sec-fetch-site': 'same-origin' })).status).toBe(201)
  })
})

describe('the session cookie', () => {
  it('is SameSite=Strict and HttpOnly, and not Secure over plain http', () => {
    expect(setCookie).toMatch(/payload-token=/)
    expect(setCookie).toMatch(/SameSite=Strict/i)
    expect(setCookie).toMatch(/HttpOnly/i)
    expect(setCookie).not.toMatch(/Secure/i)
  })

  it('is Secure, and the csrf list is the public address, when the admin is served over HTTPS', async () => {
    const { adminOrigins, adminUsesHttps } = await import('../../cms/admin-origins')
    expect(adminOrigins({ CMS_PUBLIC_URL: 'https://cms.example.se/' })).toEqual(['https://cms.example.se'])
    expect(adminUsesHttps({ CMS_PUBLIC_URL: 'https://cms.example.se' })).toBe(true)
    expect(adminOrigins({ CMS_PORT: '3100' })).toEqual(['http://localhost:3100', 'http://127.0.0.1:3100'])
    expect(cms.payload.config.csrf).toEqual(['http://localhost:3000', 'http://127.0.0.1:3000'])
  })
})

describe('the custom endpoints, sent as a form could send them', () => {
  it.each([
    ['site-build/rebuild', 'text/plain'],
    ['site-build/rebuild', 'application/x-www-form-urlencoded'],
    ['site-build/rollback', 'multipart/form-data; boundary=x'],
    ['datasets/import-csv?kind=numeric&regionLevel=county', 'application/x-www-form-urlencoded'],
    ['feedback/data-subject/erase', 'text/plain'],
  ])('%s as %s: refused, even for a signed-in admin', async (path, contentType) => {
    const body = '{"email":"a@example.se","buildId":"x"}'
    const response = await rest('POST', path, { token, body, contentType, headers: { 'content-length': String(body.length) } })
    expect(response.status).toBe(415)
    expect(response.body.error).toMatch(/^Förfrågan ska skickas som (application\/json|text\/csv)\.$/)
  })
})
