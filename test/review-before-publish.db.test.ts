/**
 * Review before publish (issue 16): editors write and submit, publishers (and admins) publish, unpublish and schedule;
 * a reviewer can send a draft back with a comment; an admin can turn review off. Through the REST API, as the
 * admin's forms send it, so "editors cannot publish through the API either" is what is tested.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { signedInAs, startTestCms, type TestCms } from './helpers/cms'
import { restClient } from './helpers/rest'

let cms: TestCms
let api: Awaited<ReturnType<typeof restClient>>
let editor: string
let publisher: string
let admin: string
let editorId: number

beforeAll(async () => {
  cms = await startTestCms()
  api = await restClient()
  admin = await signedInAs(cms.payload, 'admin', 'admin-granskning@example.se')
  editor = await signedInAs(cms.payload, 'editor', 'redaktor-granskning@example.se')
  publisher = await signedInAs(cms.payload, 'publisher', 'publicist-granskning@example.se')
  editorId = (await cms.payload.find({ collection: 'users', where: { email: { equals: 'redaktor-granskning@example.se' } } })).docs[0].id
})
afterAll(async () => cms?.stop())

const publicTitle = async (id: number) => {
  const stored = await cms.payload.findByID({ collection: 'pages', id, draft: false, depth: 0, overrideAccess: true })
  return stored._status === 'published' ? stored.title : undefined
}
const latestDraft = (id: number) => cms.payload.findByID({ collection: 'pages', id, draft: true, depth: 1, overrideAccess: true })

async function publishedPage(slug: string) {
  const page = await api('POST', 'pages', { token: publisher, body: { title: 'Publicerad', slug, _status: 'published' } })
  expect(page.status).toBe(201)
  return page.body.doc.id as number
}

describe('with review before publishing (the default)', () => {
  it('an editor cannot publish, change the live version, unpublish or delete a published page through the API', async () => {
    expect((await api('POST', 'pages', { token: editor, body: { title: 'Ny', slug: 'redaktor-ny', _status: 'published' } })).status).toBe(
      403,
    )
    const id = await publishedPage('granskas-1')
    expect((await api('PATCH', `pages/${id}`, { token: editor, body: { title: 'Direkt live', _status: 'published' } })).status).toBe(403)
    expect((await api('PATCH', `pages/${id}`, { token: editor, body: { title: 'Direkt live' } })).status).toBe(403)
    expect((await api('PATCH', `pages/${id}`, { token: editor, body: { _status: 'draft' } })).status).toBe(403)
    expect((await api('PATCH', `pages/${id}?publishSpecificLocale=sv`, { token: editor, body: { title: 'Direkt live' } })).status).toBe(403)
    expect((await api('DELETE', `pages/${id}`, { token: editor })).status).toBe(403)
    expect(await publicTitle(id)).toBe('Publicerad')
  })

  it('nor through the other language: a save in English writes the fields both languages share', async () => {
    const id = await publishedPage('granskas-sprak')
    const english = await api('PATCH', `pages/${id}?locale=en`, {
      token: editor,
      body: { title: 'In English', slug: 'in-english', easyToRead: true },
    })
    expect(english.status).toBe(403)
    const stored = await cms.payload.findByID({ collection: 'pages', id, draft: false, depth: 0, overrideAccess: true })
    expect(stored.easyToRead).toBe(false)
  })

  it('nor many at once, as the list view’s bulk edit and delete send them; an editor’s own drafts are theirs to delete', async () => {
    const id = await publishedPage('granskas-flera')
    const bulk = `pages?where[slug][equals]=granskas-flera`
    expect((await api('PATCH', bulk, { token: editor, body: { title: 'Direkt live, många' } })).status).toBe(403)
    expect((await api('DELETE', bulk, { token: editor })).status).toBe(403)
    expect(await publicTitle(id)).toBe('Publicerad')
    const draft = await api('POST', 'pages?draft=true', {
      token: editor,
      body: { title: 'Eget utkast', slug: 'eget-utkast', _status: 'draft' },
    })
    expect(draft.status).toBe(201)
    expect((await api('DELETE', `pages?where[slug][equals]=eget-utkast`, { token: editor })).status).toBe(200)
  })

  it('an editor’s change waits as a draft submitted for review, shows who asked and when, and goes live when a publisher publishes', async () => {
    const id = await publishedPage('granskas-2')
    const saved = await api('PATCH', `pages/${id}?draft=true`, {
      token: editor,
      body: { title: 'Ändrad av redaktören', review: { state: 'submitted' }, _status: 'draft' },
    })
    expect(saved.status).toBe(200)
    expect(await publicTitle(id)).toBe('Publicerad')
    const draft = await latestDraft(id)
    expect(draft.review?.state).toBe('submitted')
    expect((draft.review?.requestedBy as { id: number }).id).toBe(editorId)
    expect(Date.now() - new Date(draft.review!.requestedAt!).getTime()).toBeLessThan(60_000)

    // A publisher sees it waiting, and publishes the draft as it is.
    const { dueFor } = await import('../cms/review/due')
    const me = (await cms.payload.find({ collection: 'users', where: { email: { equals: 'publicist-granskning@example.se' } } })).docs[0]
    const waiting = (await dueFor(cms.payload, me)).waiting
    expect(waiting.map((item) => item.title)).toContain('Ändrad av redaktören')
    expect(waiting.find((item) => item.id === id)?.by).toBe('redaktor-granskning@example.se')
    expect((await api('PATCH', `pages/${id}`, { token: publisher, body: { _status: 'published' } })).status).toBe(200)
    expect(await publicTitle(id)).toBe('Ändrad av redaktören')
    expect((await latestDraft(id)).review?.state ?? null).toBeNull()
    expect((await dueFor(cms.payload, me)).waiting.map((item) => item.id)).not.toContain(id)
  })

  it('a publisher sends a draft back with a comment; an editor cannot', async () => {
    const id = await publishedPage('granskas-3')
    await api('PATCH', `pages/${id}?draft=true`, {
      token: editor,
      body: { title: 'Förslag', review: { state: 'submitted' }, _status: 'draft' },
    })
    expect(
      (
        await api('PATCH', `pages/${id}?draft=true`, {
          token: editor,
          body: { review: { state: 'returned', comment: 'Jag godkänner mig själv' } },
        })
      ).status,
    ).toBe(403)
    const back = await api('PATCH', `pages/${id}?draft=true`, {
      token: publisher,
      body: { review: { state: 'returned', comment: 'Lägg till källan för siffrorna.' }, _status: 'draft' },
    })
    expect(back.status).toBe(200)
    const draft = await latestDraft(id)
    expect(draft.review).toMatchObject({ state: 'returned', comment: 'Lägg till källan för siffrorna.' })
    expect(draft.title).toBe('Förslag')
    expect(await publicTitle(id)).toBe('Publicerad')
  })

  it('a publish scheduled by an editor does not happen; one scheduled by a publisher does', async () => {
    const id = await publishedPage('granskas-4')
    await api('PATCH', `pages/${id}?draft=true`, { token: editor, body: { title: 'Schemalagd', _status: 'draft' } })
    const runScheduledBy = async (token: string) => {
      const { user } = await cms.payload.auth({ headers: new Headers({ authorization: `JWT ${token}` }) })
      const job = await cms.payload.jobs.queue({
        task: 'schedulePublish',
        input: { type: 'publish', doc: { relationTo: 'pages', value: id }, user: { relationTo: 'users', value: user!.id } },
        waitUntil: new Date(Date.now() - 1000),
      })
      await cms.payload.jobs.runByID({ id: job.id })
    }
    await runScheduledBy(editor)
    expect(await publicTitle(id)).toBe('Publicerad')
    await runScheduledBy(publisher)
    expect(await publicTitle(id)).toBe('Schemalagd')
  })
})

describe('responsibility', () => {
  it('publishing sets the review-by date a year ahead and "last updated" only when the content changed', async () => {
    const id = await publishedPage('ansvar-1')
    const first = await cms.payload.findByID({ collection: 'pages', id, overrideAccess: true })
    const reviewBy = new Date(first.responsibility!.reviewBy!)
    const inAYear = new Date()
    inAYear.setUTCMonth(inAYear.getUTCMonth() + 12)
    expect(Math.abs(reviewBy.getTime() - inAYear.getTime())).toBeLessThan(60_000)
    const updated = first.responsibility!.contentUpdatedAt!
    expect(updated).toBeTruthy()

    await new Promise((resolve) => setTimeout(resolve, 20))
    await api('PATCH', `pages/${id}`, { token: publisher, body: { responsibility: { unit: 'Analysenheten' }, _status: 'published' } })
    expect((await cms.payload.findByID({ collection: 'pages', id, overrideAccess: true })).responsibility?.contentUpdatedAt).toBe(updated)

    await api('PATCH', `pages/${id}`, { token: publisher, body: { lead: 'Ny ingress.', _status: 'published' } })
    const after = (await cms.payload.findByID({ collection: 'pages', id, overrideAccess: true })).responsibility?.contentUpdatedAt
    expect(new Date(after!).getTime()).toBeGreaterThan(new Date(updated).getTime())
  })

  it('the dashboard lists an owner’s documents overdue and soon due for review', async () => {
    const { dueFor } = await import('../cms/review/due')
    const owner = (await cms.payload.find({ collection: 'users', where: { email: { equals: 'redaktor-granskning@example.se' } } })).docs[0]
    const day = 86_400_000
    const make = async (slug: string, reviewBy: Date) => {
      const id = await publishedPage(slug)
      await cms.payload.db.updateOne({
        collection: 'pages',
        id,
        data: { responsibility: { owner: owner.id, reviewBy: reviewBy.toISOString() } },
        returning: false,
      })
      return id
    }
    const overdue = await make('forsenad', new Date(Date.now() - 3 * day))
    const soon = await make('snart', new Date(Date.now() + 10 * day))
    const later = await make('senare', new Date(Date.now() + 200 * day))
    const lists = await dueFor(cms.payload, owner)
    expect(lists.overdue.map((item) => item.id)).toEqual([overdue])
    expect(lists.dueSoon.map((item) => item.id)).toEqual([soon])
    expect([...lists.overdue, ...lists.dueSoon].map((item) => item.id)).not.toContain(later)
    expect(lists.waiting).toEqual([])
  })
})

describe('with review before publishing turned off', () => {
  it('only an admin turns it off; then editors publish as before', async () => {
    expect((await api('POST', 'globals/editorial-settings', { token: editor, body: { reviewBeforePublish: false } })).status).toBe(403)
    expect((await api('POST', 'globals/editorial-settings', { token: admin, body: { reviewBeforePublish: false } })).status).toBe(200)
    const made = await api('POST', 'pages', { token: editor, body: { title: 'Själv', slug: 'redaktor-sjalv', _status: 'published' } })
    expect(made.status).toBe(201)
    expect(await publicTitle(made.body.doc.id)).toBe('Själv')
    await api('POST', 'globals/editorial-settings', { token: admin, body: { reviewBeforePublish: true } })
  })
})
