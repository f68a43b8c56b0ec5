import fs from 'node:fs'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { FORM_ERRORS, LIMITS } from '../shared/forms'
import { serveApi } from './helpers/api-server'
import { launchBrowser } from './helpers/browser'
import { startTestCms, type TestCms } from './helpers/cms'
import { freePort } from './helpers/processes'
import { restClient } from './helpers/rest'
import { buildSite, serveStatic } from './helpers/site'

/**
 * The public forms, the one place visitors write into the system: sent from the static site with and without
 * JavaScript in Chromium; every validation error; honeypot, rate limit and CORS; nobody but staff reads
 * submissions through any API; the retention job; a data subject's export and erasure.
 */
let cms: TestCms
let browser: Browser
let site: { url: string; close: () => void }
let api: { url: string; close: () => void }
let rest: Awaited<ReturnType<typeof restClient>>
const tokens: Record<string, string> = {}
const SECTION = '/samordning-och-uppfoljning/'
const FOLLOW_UP = '/samordning-och-uppfoljning/uppfoljning-av-regionalt-tillvaxtarbete/'
const ENGLISH_FOLLOW_UP = '/en/coordination-and-follow-up/following-up-regional-growth/'

const submissions = async () =>
  (await cms.payload.find({ collection: 'feedback', overrideAccess: true, pagination: false, sort: 'createdAt' })).docs
const DAY = 24 * 60 * 60 * 1000

beforeAll(async () => {
  // The site and the API are reached at fixed addresses: the build writes the form's action, the CMS redirects to the site.
  const [sitePort, apiPort] = [await freePort(), await freePort()]
  process.env.SITE_URL = `http://127.0.0.1:${sitePort}`
  process.env.CMS_PUBLIC_URL = `http://127.0.0.1:${apiPort}`
  process.env.FORM_RATE_LIMIT = '1000'
  process.env.FORM_GLOBAL_RATE_LIMIT = '1000'
  cms = await startTestCms()
  const { seed } = await import('../cms/seed')
  await seed(cms.payload, { rebuild: false })
  for (const [role, email] of [
    ['admin', 'admin@example.se'],
    ['editor', 'editor@example.se'],
  ]) {
    await cms.payload.create({ collection: 'users', data: { email, password: 'ett-langt-losenord-1', roles: [role as 'admin'] } })
    tokens[role] = (await cms.payload.login({ collection: 'users', data: { email, password: 'ett-langt-losenord-1' } })).token!
  }
  await buildSite(path.join(cms.dataDir, 'site'))
  site = await serveStatic(path.join(cms.dataDir, 'site/client'), sitePort)
  api = await serveApi(apiPort)
  rest = await restClient()
  browser = await launchBrowser()
}, 300_000)
afterAll(async () => {
  await browser?.close()
  site?.close()
  api?.close()
  await cms?.stop()
  delete process.env.FORM_RATE_LIMIT
  delete process.env.FORM_GLOBAL_RATE_LIMIT
})

describe('sending a form from the static site', () => {
  it('works without JavaScript: a plain post, answered on the site', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'sv-SE' })
    const page = await context.newPage()
    await page.goto(`${site.url}${SECTION}`)
    await page.getByLabel('Nej').check()
    await page.getByLabel('Kommentar (frivilligt)').fill('Jag letade efter kontaktuppgifter.')
    await page.getByRole('button', { name: 'Skicka' }).click()
    await page.waitForURL(`${site.url}/formular/tack/`)
    expect(await page.locator('h1').textContent()).toBe('Tack för ditt svar!')

    await page.goto(`${site.url}${FOLLOW_UP}`)
    // The privacy notice's summary and link stand beside the e-mail field.
    const email = page.getByLabel('Din e-postadress, för vårt svar')
    const describedBy = (await email.getAttribute('aria-describedby'))!
    expect(await page.locator(`#${describedBy}`).textContent()).toContain('raderar adressen efter 90 dagar')
    expect(await page.locator(`#${describedBy} a`).getAttribute('href')).toBe('/personuppgifter/e-postadress/')
    await page.getByLabel('Din fråga').fill('Hur ofta uppdateras statistiken?')
    await email.fill('Anna.Svensson@Example.se')
    await page.getByRole('button', { name: 'Skicka' }).click()
    await page.waitForURL(`${site.url}/formular/tack-for-din-fraga/`)
    await context.close()

    const [feedback, question] = await submissions()
    expect(feedback).toMatchObject({ formType: 'feedback', found: 'no', comment: 'Jag letade efter kontaktuppgifter.', page: SECTION })
    expect(new Date(feedback.deleteAfter).getTime() - Date.now()).toBeGreaterThan(364 * DAY)
    const notice = (await cms.payload.find({ collection: 'privacy-notices', overrideAccess: true })).docs[0]
    const version = (
      await cms.payload.findVersions({
        collection: 'privacy-notices',
        where: { parent: { equals: notice.id } },
        sort: '-updatedAt',
        limit: 1,
        overrideAccess: true,
      })
    ).docs[0]
    expect(question).toMatchObject({
      formType: 'question',
      question: 'Hur ofta uppdateras statistiken?',
      email: 'anna.svensson@example.se',
      page: FOLLOW_UP,
      privacyNoticeVersion: String(version.id),
    })
    expect(typeof question.privacyNotice === 'object' ? question.privacyNotice?.id : question.privacyNotice).toBe(notice.id)
    const days = (new Date(question.deleteAfter).getTime() - Date.now()) / DAY
    expect(days).toBeGreaterThan(89.9)
    expect(days).toBeLessThan(90.1)
  })

  it('works with JavaScript: sent in the background, the answer shown in place, errors beside their fields', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' })
    const page = await context.newPage()
    await page.goto(`${site.url}${FOLLOW_UP}`)
    // Passes the browser's own check (five characters) but not the server's, which trims the spaces.
    await page.getByLabel('Din fråga').fill('  hej  ')
    await page.getByLabel('Din e-postadress, för vårt svar').fill('bertil@example.se')
    await page.getByRole('button', { name: 'Skicka' }).click()
    const result = page.locator('.form-result')
    await expect.poll(() => result.textContent()).toContain(FORM_ERRORS['saknar-fraga'].message)
    expect(await page.getByLabel('Din fråga').getAttribute('aria-invalid')).toBe('true')
    // No navigation: still the same page (the statistics island on it may add its selection to the address).
    expect(new URL(page.url()).pathname).toBe(FOLLOW_UP)

    await page.getByLabel('Din fråga').fill('Finns statistiken per kommun också?')
    await page.getByRole('button', { name: 'Skicka' }).click()
    await expect.poll(() => page.locator('.form-done').textContent()).toBe('Tack för din fråga! Vi svarar till den e-postadress du skrev.')
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('form-done')
    // No navigation: still the same page (the statistics island on it may add its selection to the address).
    expect(new URL(page.url()).pathname).toBe(FOLLOW_UP)
    await context.close()
    expect((await submissions()).at(-1)).toMatchObject({ question: 'Finns statistiken per kommun också?', email: 'bertil@example.se' })
  })
})

describe('every field is checked on the server', () => {
  const post = (fields: Record<string, string>, { json = false } = {}) =>
    fetch(`${api.url}/api/forms/submit`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...(json ? { accept: 'application/json' } : {}) },
      body: new URLSearchParams(fields),
    })
  const question = { formType: 'question', question: 'En riktig fråga?', email: 'c@example.se', notice: 'e-postadress', page: FOLLOW_UP }

  it.each([
    ['no answer to "did you find it"', { formType: 'feedback' }, 'saknar-svar'],
    ['an answer that is not yes or no', { formType: 'feedback', found: 'kanske' }, 'saknar-svar'],
    ['a comment that is too long', { formType: 'feedback', found: 'yes', comment: 'x'.repeat(LIMITS.comment + 1) }, 'for-lang-kommentar'],
    ['an unknown form', { formType: 'admin' }, 'okant-formular'],
    ['an empty question', { ...question, question: '   ' }, 'saknar-fraga'],
    ['a question that is too long', { ...question, question: 'x'.repeat(LIMITS.question + 1) }, 'for-lang-fraga'],
    ['no e-mail address', { ...question, email: '' }, 'ogiltig-e-post'],
    ['a malformed e-mail address', { ...question, email: 'anna@example' }, 'ogiltig-e-post'],
    ['an e-mail address with markup', { ...question, email: '<script>@example.se' }, 'ogiltig-e-post'],
    ['an e-mail address the database would refuse', { ...question, email: 'åsa..b@example.se' }, 'ogiltig-e-post'],
    ['an e-mail address that is too long', { ...question, email: `${'a'.repeat(250)}@example.se` }, 'ogiltig-e-post'],
    ['a question without its privacy notice', { ...question, notice: 'finns-inte' }, 'okant-formular'],
  ])('refuses %s, in Swedish, and stores nothing', async (_case, fields, code) => {
    const before = (await submissions()).length
    const plain = await post(fields as Record<string, string>)
    expect(plain.status).toBe(303)
    expect(plain.headers.get('location')).toBe(`${process.env.SITE_URL}/formular/fel/${code}/`)
    expect(fs.existsSync(path.join(cms.dataDir, 'site/client/formular/fel', code, 'index.html'))).toBe(true)
    const json = await post(fields as Record<string, string>, { json: true })
    expect(json.status).toBe(422)
    expect((await json.json()).errors.map((e: { code: string }) => e.code)).toContain(code)
    expect((await submissions()).length).toBe(before)
  })

  it('answers a form on an English page in English: its words, its notice, the thank-you and the problems', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-GB' })
    const page = await context.newPage()
    await page.goto(`${site.url}${ENGLISH_FOLLOW_UP}`)
    const email = page.getByLabel('Your email address, for our answer')
    const describedBy = (await email.getAttribute('aria-describedby'))!
    expect(await page.locator(`#${describedBy}`).textContent()).toContain('delete the address after 90 days')
    expect(await page.locator(`#${describedBy} a`).getAttribute('href')).toBe('/en/privacy/email-address/')
    await page.getByLabel('Your question').fill('How often are the statistics updated?')
    await email.fill('anna@example.com')
    await page.getByRole('button', { name: 'Send' }).click()
    await page.waitForURL(`${site.url}/en/forms/thanks-for-your-question/`)
    expect([await page.locator('html').getAttribute('lang'), await page.locator('h1').textContent()]).toEqual([
      'en',
      'Thank you for your question!',
    ])
    await context.close()
    expect((await submissions()).at(-1)).toMatchObject({ formType: 'question', email: 'anna@example.com', page: ENGLISH_FOLLOW_UP })

    const refused = await post({ ...question, email: 'anna@example', page: ENGLISH_FOLLOW_UP })
    expect(refused.headers.get('location')).toBe(`${process.env.SITE_URL}/en/forms/error/ogiltig-e-post/`)
    const errorPage = fs.readFileSync(path.join(cms.dataDir, 'site/client/en/forms/error/ogiltig-e-post/index.html'), 'utf8')
    expect(errorPage).toContain('<h1>The message was not sent</h1>')
    expect(errorPage).toContain(FORM_ERRORS['ogiltig-e-post'].english)
    const json = await post({ formType: 'feedback', page: ENGLISH_FOLLOW_UP }, { json: true })
    expect((await json.json()).errors[0].message).toBe(FORM_ERRORS['saknar-svar'].english)
  })

  it('refuses a body that is not a form, or too large', async () => {
    const xml = await fetch(`${api.url}/api/forms/submit`, {
      method: 'POST',
      headers: { 'content-type': 'text/xml', accept: 'application/json' },
      body: '<a/>',
    })
    expect(xml.status).toBe(400)
    const huge = await post({ ...question, question: 'x'.repeat(30_000) }, { json: true })
    expect(huge.status).toBe(400)
    // Without a length, streamed: read only up to the limit.
    const body = new ReadableStream({
      start(c) {
        for (let i = 0; i < 40; i++) c.enqueue(new TextEncoder().encode('formType=feedback&comment=' + 'x'.repeat(1000)))
        c.close()
      },
    })
    const streamed = await fetch(`${api.url}/api/forms/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit)
    expect(streamed.status).toBe(400)
  })

  it('answers a filled honeypot as a success and keeps nothing', async () => {
    const before = (await submissions()).length
    const response = await post({ ...question, webbplats: 'http://spam.example' })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`${process.env.SITE_URL}/formular/tack-for-din-fraga/`)
    expect((await submissions()).length).toBe(before)
  })

  // Straight to the handlers: the test says who the client is, as the admin's server does (X-Client-Address).
  const sendFrom = (address: string, body = 'formType=feedback&found=yes') =>
    rest('POST', 'forms/submit', {
      body,
      contentType: 'application/x-www-form-urlencoded',
      headers: { accept: 'application/json', 'x-client-address': address },
    })

  it('limits each client address to a few submissions in ten minutes, an IPv6 client by its /64', async () => {
    process.env.FORM_RATE_LIMIT = '5'
    try {
      const address = '203.0.113.9'
      for (let i = 0; i < 5; i++) expect((await sendFrom(address)).status).toBe(200)
      const refused = await sendFrom(address)
      expect(refused.status).toBe(429)
      expect(refused.body.errors[0].message).toBe(FORM_ERRORS['for-manga'].message)
      expect((await sendFrom('203.0.113.10')).status).toBe(200)
      // A new address in the same /64 is the same subscriber.
      for (let i = 1; i <= 5; i++) expect((await sendFrom(`2001:db8:7:8::${i}`)).status).toBe(200)
      expect((await sendFrom('2001:db8:7:8:ffff:1:2:3')).status).toBe(429)
      expect((await sendFrom('2001:db8:7:9::1')).status).toBe(200)
    } finally {
      process.env.FORM_RATE_LIMIT = '1000'
    }
  })

  it('limits everyone together too, counting only valid stored submissions, so junk cannot close the forms', async () => {
    // The minute's earlier submissions count as well: allow three more than there have been.
    const lastMinute = (await submissions()).filter((s) => Date.now() - new Date(s.createdAt).getTime() < 60_000).length
    process.env.FORM_GLOBAL_RATE_LIMIT = String(lastMinute + 3)
    try {
      // Twenty invalid posts from twenty addresses use up nothing of the limit for everyone.
      for (let i = 1; i <= 20; i++) expect((await sendFrom(`198.51.100.${100 + i}`, 'formType=feedback&found=kanske')).status).toBe(422)
      const statuses = []
      for (let i = 1; i <= 5; i++) statuses.push((await sendFrom(`192.0.2.${i}`)).status)
      expect(statuses).toEqual([200, 200, 200, 429, 429])
    } finally {
      process.env.FORM_GLOBAL_RATE_LIMIT = '1000'
    }
  })

  it('lets the site’s own origin read the answer (CORS), and gives no other origin CORS on the API', async () => {
    const answer = await post({ formType: 'feedback', found: 'yes' }, { json: true })
    expect(answer.headers.get('access-control-allow-origin')).toBe(process.env.SITE_URL)
    for (const origin of [process.env.SITE_URL!, 'https://evil.example']) {
      const preflight = await fetch(`${api.url}/api/feedback`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'GET' },
      })
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull()
    }
  })

  it('stores a submission once even when the script’s fallback posts it again', async () => {
    const before = (await submissions()).length
    const once = { formType: 'feedback', found: 'yes', submissionId: 'a1b2c3d4-e5f6-4711-8899-aabbccddeeff' }
    expect((await post(once, { json: true })).status).toBe(200)
    expect((await post(once)).headers.get('location')).toBe(`${process.env.SITE_URL}/formular/tack/`)
    expect((await submissions()).length).toBe(before + 1)
  })
})

describe('who may read submissions', () => {
  it('refuses the public every read, write and delete through REST', async () => {
    const [first] = await submissions()
    expect((await rest('GET', 'feedback')).status).toBe(403)
    expect((await rest('GET', `feedback/${first.id}`)).status).toBe(403)
    expect((await rest('POST', 'feedback', { body: { formType: 'feedback', found: 'yes', deleteAfter: '2099-01-01' } })).status).toBe(403)
    expect((await rest('PATCH', `feedback/${first.id}`, { body: { comment: 'ändrad' } })).status).toBe(403)
    expect((await rest('DELETE', `feedback/${first.id}`)).status).toBe(403)
    expect((await rest('POST', 'feedback/data-subject/export', { body: { email: 'anna.svensson@example.se' } })).status).toBe(403)
  })

  it('offers no GraphQL API to read them through', async () => {
    const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
    const config = (await import('../cms/payload.config')).default
    const query = JSON.stringify({ query: '{ Feedbacks { docs { email question } } }' })
    const response = await GRAPHQL_POST(config)(
      new Request('http://localhost/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: query }),
    )
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('anna.svensson@example.se')
  })

  it('lets editors read but not change or delete; admins delete', async () => {
    const list = await rest('GET', 'feedback?depth=0&limit=1000', { token: tokens.editor })
    expect(list.status).toBe(200)
    expect(list.body.docs.map((d: { email?: string }) => d.email)).toContain('anna.svensson@example.se')
    const [first] = await submissions()
    expect((await rest('PATCH', `feedback/${first.id}`, { token: tokens.editor, body: { comment: 'x' } })).status).toBe(403)
    expect((await rest('DELETE', `feedback/${first.id}`, { token: tokens.editor })).status).toBe(403)
    expect(
      (await rest('POST', 'feedback', { token: tokens.admin, body: { formType: 'feedback', found: 'yes', deleteAfter: '2099-01-01' } }))
        .status,
    ).toBe(403)
    expect((await rest('DELETE', `feedback/${first.id}`, { token: tokens.admin })).status).toBe(200)
  })
})

describe('retention and rights', () => {
  const store = (email: string, deleteAfter: Date) =>
    cms.payload.create({
      collection: 'feedback',
      overrideAccess: true,
      data: { formType: 'question', question: 'Fråga', email, deleteAfter: deleteAfter.toISOString() },
    })

  it('deletes exactly the submissions whose retention period has passed, in the daily job', async () => {
    const expired = [
      await store('gammal1@example.se', new Date(Date.now() - DAY)),
      await store('gammal2@example.se', new Date(Date.now() - 1000)),
    ]
    const kept = await store('ny@example.se', new Date(Date.now() + DAY))
    const before = (await submissions()).map((s) => s.id)
    await cms.payload.jobs.queue({ task: 'deleteExpiredFeedback', input: {} })
    await cms.payload.jobs.run()
    const after = (await submissions()).map((s) => s.id)
    expect(after).toEqual(before.filter((id) => !expired.some((e) => e.id === id)))
    expect(after).toContain(kept.id)
    const task = cms.payload.config.jobs.tasks!.find((t) => t.slug === 'deleteExpiredFeedback')!
    expect(task.schedule?.[0]?.cron).toBe('0 0 3 * * *')
  })

  it('exports and erases everything about one e-mail address for an admin, logging it without the address', async () => {
    await store('erik@example.se', new Date(Date.now() + 30 * DAY))
    await store('erik@example.se', new Date(Date.now() + 30 * DAY))
    const others = (await submissions()).filter((s) => s.email !== 'erik@example.se').length

    // A question that mentions the address is about the same person.
    await cms.payload.create({
      collection: 'feedback',
      overrideAccess: true,
      data: {
        formType: 'feedback',
        found: 'no',
        comment: 'Svara gärna till erik@example.se',
        deleteAfter: new Date(Date.now() + DAY).toISOString(),
      },
    })

    expect((await rest('POST', 'feedback/data-subject/export', { token: tokens.editor, body: { email: 'erik@example.se' } })).status).toBe(
      403,
    )
    // Only as JSON: a plain cross-site form post cannot trigger it.
    expect(
      (
        await rest('POST', 'feedback/data-subject/erase', {
          token: tokens.admin,
          body: 'email=erik@example.se',
          contentType: 'application/x-www-form-urlencoded',
        })
      ).status,
    ).toBe(415)
    const exported = await rest('POST', 'feedback/data-subject/export', { token: tokens.admin, body: { email: 'Erik@Example.se' } })
    expect(exported.status).toBe(200)
    expect(exported.body.submissions).toHaveLength(3)

    expect((await rest('POST', 'feedback/data-subject/erase', { token: tokens.editor, body: { email: 'erik@example.se' } })).status).toBe(
      403,
    )
    const erased = await rest('POST', 'feedback/data-subject/erase', { token: tokens.admin, body: { email: 'erik@example.se' } })
    expect(erased.body).toEqual({ erased: 3 })
    expect((await submissions()).filter((s) => s.email === 'erik@example.se' || s.comment?.includes('erik@example.se'))).toEqual([])
    expect((await submissions()).length).toBe(others)

    const log = (await cms.payload.find({ collection: 'data-requests', overrideAccess: true, sort: 'createdAt' })).docs
    expect(log.map((entry) => [entry.action, entry.count])).toEqual([
      ['export', 3],
      ['erase', 3],
    ])
    expect(JSON.stringify(log)).not.toContain('erik@example.se')
    expect((await rest('GET', 'data-requests', { token: tokens.editor })).status).toBe(403)
  })
})
