/** The audit trail (issue 16): who published, unpublished, deleted, changed a redirect, a role or the rules, and when; nobody can change it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { signedInAs, startTestCms, type TestCms } from './helpers/cms'
import { restClient } from './helpers/rest'

let cms: TestCms
let api: Awaited<ReturnType<typeof restClient>>
let admin: string
let editor: string
let publisher: string

beforeAll(async () => {
  cms = await startTestCms()
  api = await restClient()
  admin = await signedInAs(cms.payload, 'admin', 'admin-logg@example.se')
  editor = await signedInAs(cms.payload, 'editor', 'redaktor-logg@example.se')
  publisher = await signedInAs(cms.payload, 'publisher', 'publicist-logg@example.se')
})
afterAll(async () => cms?.stop())

/** The log as an editor reads it through the API, oldest first: "action summary (by)". */
async function log() {
  const response = await api('GET', 'audit-log?sort=createdAt&limit=100&depth=0', { token: editor })
  expect(response.status).toBe(200)
  return (response.body.docs as { action: string; summary: string; userEmail: string }[]).map(
    (e) => `${e.action} ${e.summary} (${e.userEmail})`,
  )
}

describe('the audit trail', () => {
  it('records publishing, unpublishing and deleting with who did it; saving a draft is not recorded', async () => {
    const made = await api('POST', 'pages', { token: publisher, body: { title: 'Loggad sida', slug: 'loggad', _status: 'published' } })
    const id = made.body.doc.id
    await api('PATCH', `pages/${id}?draft=true`, { token: editor, body: { title: 'Loggad sida, utkast', _status: 'draft' } })
    await api('PATCH', `pages/${id}`, { token: publisher, body: { _status: 'draft' } })
    await api('DELETE', `pages/${id}`, { token: publisher })
    const entries = (await log()).filter((entry) => entry.includes('Loggad sida'))
    expect(entries).toEqual([
      'publish Loggad sida (publicist-logg@example.se)',
      'unpublish Loggad sida, utkast (publicist-logg@example.se)',
      'delete Loggad sida, utkast (publicist-logg@example.se)',
    ])
  })

  it('records redirects, roles and the editorial rules', async () => {
    const redirect = await api('POST', 'redirects', {
      token: editor,
      body: { from: '/loggad-gammal/', to: { type: 'custom', url: '/ny/' }, type: '302' },
    })
    await api('DELETE', `redirects/${redirect.body.doc.id}`, { token: editor })
    const me = (await cms.payload.find({ collection: 'users', where: { email: { equals: 'redaktor-logg@example.se' } } })).docs[0]
    await api('PATCH', `users/${me.id}`, { token: admin, body: { roles: ['editor', 'publisher'] } })
    await api('POST', 'globals/editorial-settings', { token: admin, body: { reviewIntervalMonths: 6 } })
    const entries = await log()
    expect(entries).toContain('redirect /loggad-gammal/ → /ny/ (302) (redaktor-logg@example.se)')
    expect(entries).toContain('redirect-delete /loggad-gammal/ (redaktor-logg@example.se)')
    expect(entries).toContain('roles redaktor-logg@example.se: editor → editor, publisher (admin-logg@example.se)')
    expect(entries).toContain('settings reviewIntervalMonths: 12 → 6 (admin-logg@example.se)')
  })

  it('nobody can add to, change or delete the log through the API, not even an admin; the public cannot read it', async () => {
    const [entry] = (await api('GET', 'audit-log?limit=1', { token: admin })).body.docs
    expect((await api('POST', 'audit-log', { token: admin, body: { action: 'publish', summary: 'Påhittad' } })).status).toBe(403)
    expect((await api('PATCH', `audit-log/${entry.id}`, { token: admin, body: { summary: 'Ändrad' } })).status).toBe(403)
    expect((await api('DELETE', `audit-log/${entry.id}`, { token: admin })).status).toBe(403)
    expect((await api('GET', 'audit-log')).status).toBe(403)
    expect((await cms.payload.findByID({ collection: 'audit-log', id: entry.id })).summary).toBe(entry.summary)
  })
})
