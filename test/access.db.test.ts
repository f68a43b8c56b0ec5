import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraph, startTestCms, type TestCms } from './helpers/cms'
import { restClient } from './helpers/rest'

/**
 * Who may do what. Requests go through Payload's own REST handlers (the ones the admin server mounts under /api),
 * anonymously or with a user's JWT, so these are the rules the public and editors actually meet.
 */
let cms: TestCms
let rest: Awaited<ReturnType<typeof restClient>>
const tokens: Record<string, string> = {}

beforeAll(async () => {
  cms = await startTestCms()
  rest = await restClient()
  const { payload } = cms
  // The first account becomes an admin whatever it asks for; the next ones are editors.
  await payload.create({ collection: 'users', data: { email: 'admin@example.se', password: 'ett-langt-losenord-1', roles: ['editor'] } })
  await payload.create({ collection: 'users', data: { email: 'editor@example.se', password: 'ett-langt-losenord-2', roles: ['editor'] } })
  for (const [role, email, password] of [
    ['admin', 'admin@example.se', 'ett-langt-losenord-1'],
    ['editor', 'editor@example.se', 'ett-langt-losenord-2'],
  ]) {
    tokens[role] = (await payload.login({ collection: 'users', data: { email, password } })).token!
  }
  await payload.create({ collection: 'pages', data: { title: 'Publicerad sida', _status: 'published' } as never, overrideAccess: true })
  await payload.create({ collection: 'pages', data: { title: 'Hemligt utkast', _status: 'draft' } as never, overrideAccess: true })
  await payload.create({
    collection: 'reports',
    data: { title: 'Opublicerad rapport', publishedDate: '2025-01-01', summary: paragraph('x'), _status: 'draft' } as never,
    overrideAccess: true,
  })
})
afterAll(async () => cms?.stop())

const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, { as, body }: { as?: string; body?: unknown } = {}) =>
  rest(method, path, { token: as ? tokens[as] : undefined, body })

describe('the public (not signed in)', () => {
  it('gets nothing through the API: the public reads the static site, not the CMS', async () => {
    for (const path of [
      'pages?limit=100&depth=0',
      'pages?draft=true&depth=0',
      'reports?draft=true&depth=0',
      'media',
      'documents',
      'topics',
      'globals/site-settings',
      'globals/navigation',
    ]) {
      const { status, body } = await call('GET', path)
      expect([path, status]).toEqual([path, 403])
      expect(JSON.stringify(body)).not.toContain('Hemligt utkast')
    }
  })

  it('gets published pages but never drafts through the Local API the site build uses', async () => {
    for (const draft of [false, true]) {
      const pages = await cms.payload.find({ collection: 'pages', draft, limit: 100, depth: 0, overrideAccess: false })
      const titles = pages.docs.map((d) => d.title)
      expect(titles).toContain('Publicerad sida')
      expect(titles).not.toContain('Hemligt utkast')
      expect((await cms.payload.find({ collection: 'reports', draft, depth: 0, overrideAccess: false })).docs).toEqual([])
    }
  })

  it('cannot create, change or delete content', async () => {
    const before = await cms.payload.count({ collection: 'pages', overrideAccess: true })
    expect((await call('POST', 'pages', { body: { title: 'Intrång', _status: 'published' } })).status).toBe(403)
    const page = (await cms.payload.find({ collection: 'pages', where: { title: { equals: 'Publicerad sida' } }, overrideAccess: true }))
      .docs[0]
    expect((await call('PATCH', `pages/${page.id}`, { body: { title: 'Ändrad' } })).status).toBe(403)
    expect((await call('DELETE', `pages/${page.id}`)).status).toBe(403)
    expect(await cms.payload.count({ collection: 'pages', overrideAccess: true })).toEqual(before)
    expect((await cms.payload.findByID({ collection: 'pages', id: page.id, overrideAccess: true })).title).toBe('Publicerad sida')
  })

  it('cannot list users or create an account once the first one exists', async () => {
    expect((await call('GET', 'users')).status).toBe(403)
    expect((await call('POST', 'users', { body: { email: 'x@example.se', password: 'ett-langt-losenord-3' } })).status).toBe(403)
  })
})

describe('editors', () => {
  it('read drafts and write content', async () => {
    const drafts = await call('GET', 'pages?draft=true&limit=100&depth=0', { as: 'editor' })
    expect(drafts.body.docs.map((d: { title: string }) => d.title)).toContain('Hemligt utkast')
    const created = await call('POST', 'topics', { as: 'editor', body: { title: 'Nytt ämne' } })
    expect(created.status).toBe(201)
  })

  it('cannot create users, promote themselves or change site settings', async () => {
    expect(
      (await call('POST', 'users', { as: 'editor', body: { email: 'ny@example.se', password: 'ett-langt-losenord-4', roles: ['editor'] } }))
        .status,
    ).toBe(403)
    const me = (await cms.payload.find({ collection: 'users', where: { email: { equals: 'editor@example.se' } }, overrideAccess: true }))
      .docs[0]
    await call('PATCH', `users/${me.id}`, { as: 'editor', body: { roles: ['admin'] } })
    expect((await cms.payload.findByID({ collection: 'users', id: me.id, overrideAccess: true })).roles).toEqual(['editor'])
    expect((await call('POST', 'globals/site-settings', { as: 'editor', body: { siteName: 'Kapad' } })).status).toBe(403)
  })
})

describe('admins', () => {
  it('the first account became an admin, and admins manage users and settings', async () => {
    const admin = (await cms.payload.find({ collection: 'users', where: { email: { equals: 'admin@example.se' } }, overrideAccess: true }))
      .docs[0]
    expect(admin.roles).toEqual(['admin'])
    expect(
      (await call('POST', 'users', { as: 'admin', body: { email: 'ny@example.se', password: 'ett-langt-losenord-5', roles: ['editor'] } }))
        .status,
    ).toBe(201)
    const settings = await call('POST', 'globals/site-settings', {
      as: 'admin',
      body: { siteName: 'Ny webbplats', organisation: 'Verket' },
    })
    expect(settings.status).toBe(200)
  })
})

describe('site builds', () => {
  it('lets editors ask for a rebuild and see the status, admins roll back, and nobody else', async () => {
    expect((await call('POST', 'site-build/rebuild')).status).toBe(403)
    expect((await call('GET', 'site-build/status')).status).toBe(403)
    expect((await call('GET', 'globals/site-build')).status).toBe(403)
    expect((await call('POST', 'site-build/rebuild', { as: 'editor' })).status).toBe(202)
    const status = await call('GET', 'site-build/status', { as: 'editor' })
    expect(status.status).toBe(200)
    expect(status.body.queued).toBeGreaterThanOrEqual(1)
    expect((await call('POST', 'site-build/rollback', { as: 'editor', body: { buildId: 'x' } })).status).toBe(403)
    const missing = await call('POST', 'site-build/rollback', { as: 'admin', body: { buildId: 'finns-inte' } })
    expect(missing.status).toBe(404)
    expect(missing.body.error).toMatch(/finns inte kvar/)
    expect((await call('POST', 'globals/site-build', { as: 'admin', body: { liveBuild: 'falsk' } })).status).toBe(403)
  })
})
