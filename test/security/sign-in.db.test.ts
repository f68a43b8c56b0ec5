import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { signedInAs, startTestCms, TEST_PASSWORD, type TestCms } from '../helpers/cms'
import { restClient } from '../helpers/rest'

/**
 * Guessing passwords and locking people out: a password policy on every path that sets one; sign-in and password
 * reset slowed per client address, so guessing is slow and an attacker cannot keep an admin locked out; answers
 * that do not say whether an address has an account; unlocking for admins only.
 */
let cms: TestCms
let rest: Awaited<ReturnType<typeof restClient>>
let resetThrottle: () => void
const tokens: Record<string, string> = {}
const GOOD = TEST_PASSWORD
const from = (address: string) => ({ 'x-client-address': address })
const login = (email: string, password: string, address: string) =>
  rest('POST', 'users/login', { body: { email, password }, headers: from(address) })

beforeAll(async () => {
  cms = await startTestCms()
  rest = await restClient()
  resetThrottle = (await import('../../cms/collections/Users/sign-in-throttle')).resetSignInThrottle
  for (const role of ['admin', 'editor'] as const) tokens[role] = await signedInAs(cms.payload, role)
})
afterAll(async () => cms?.stop())
beforeEach(() => resetThrottle())

describe('a weak password', () => {
  const editorId = async () =>
    (await cms.payload.find({ collection: 'users', where: { email: { equals: 'editor@example.se' } }, overrideAccess: true })).docs[0].id

  it.each([
    ['too short', 'kort-1', 'minst 12 tecken'],
    ['common', 'qwerty123456', 'för vanligt'],
    ['common with a digit added', 'password12345', 'för vanligt'],
  ])('is refused when an admin creates a user (%s), in Swedish', async (_case, password, message) => {
    const created = await rest('POST', 'users', { token: tokens.admin, body: { email: 'ny@example.se', password, roles: ['editor'] } })
    expect(created.status).toBe(400)
    expect(JSON.stringify(created.body)).toContain(message)
  })

  it('is refused when a user changes their own password, and the old one keeps working', async () => {
    const changed = await rest('PATCH', `users/${await editorId()}`, { token: tokens.editor, body: { password: 'editor-editor-99' } })
    expect(changed.status).toBe(400)
    expect(JSON.stringify(changed.body)).toContain('får inte innehålla din e-postadress')
    const short = await rest('PATCH', `users/${await editorId()}`, { token: tokens.editor, body: { password: 'abc' } })
    expect(short.status).toBe(400)
    expect((await login('editor@example.se', GOOD, '198.51.100.1')).status).toBe(200)
  })

  it('is refused when a password is reset with a token', async () => {
    const token = await cms.payload.forgotPassword({ collection: 'users', data: { email: 'editor@example.se' }, disableEmail: true })
    const reset = await rest('POST', 'users/reset-password', { body: { token, password: 'password' } })
    expect(reset.status).toBe(400)
    expect(JSON.stringify(reset.body)).toContain('minst 12 tecken')
    expect((await login('editor@example.se', GOOD, '198.51.100.2')).status).toBe(200)
  })
})

describe('an attacker guessing passwords from one address', () => {
  it('is slowed down: after ten failures even the right password is refused from that address, in Swedish', async () => {
    for (let i = 0; i < 10; i++) expect((await login('admin@example.se', `gissning-nummer-${i}`, '203.0.113.66')).status).toBe(401)
    const refused = await login('admin@example.se', GOOD, '203.0.113.66')
    expect(refused.status).toBe(429)
    expect(JSON.stringify(refused.body)).toContain('För många försök från din adress')
  })

  it('cannot keep the admin locked out: the admin signs in from their own address', async () => {
    for (let i = 0; i < 15; i++) await login('admin@example.se', `gissning-nummer-${i}`, '203.0.113.66')
    expect((await login('admin@example.se', GOOD, '198.51.100.7')).status).toBe(200)
  })

  it('cannot get round it with new addresses in the same IPv6 /64', async () => {
    for (let i = 1; i <= 10; i++) await login('admin@example.se', `gissning-nummer-${i}`, `2001:db8:aa:bb::${i}`)
    expect((await login('admin@example.se', GOOD, '2001:db8:aa:bb::ffff')).status).toBe(429)
  })

  it('learns nothing about which addresses have accounts', async () => {
    const known = await login('admin@example.se', 'fel-losenord-123', '198.51.100.20')
    const unknown = await login('finns-inte@example.se', 'fel-losenord-123', '198.51.100.21')
    expect([known.status, JSON.stringify(known.body)]).toEqual([unknown.status, JSON.stringify(unknown.body)])
    const forgotKnown = await rest('POST', 'users/forgot-password', { body: { email: 'admin@example.se' }, headers: from('198.51.100.22') })
    const forgotUnknown = await rest('POST', 'users/forgot-password', {
      body: { email: 'finns-inte@example.se' },
      headers: from('198.51.100.23'),
    })
    expect([forgotKnown.status, JSON.stringify(forgotKnown.body)]).toEqual([forgotUnknown.status, JSON.stringify(forgotUnknown.body)])
  })

  it('cannot flood password resets', async () => {
    const statuses = []
    for (let i = 0; i < 7; i++)
      statuses.push(
        (await rest('POST', 'users/forgot-password', { body: { email: 'admin@example.se' }, headers: from('203.0.113.77') })).status,
      )
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200])
    expect(statuses.slice(5)).toEqual([429, 429])
  })
})

describe('unlocking an account', () => {
  it('is for admins only', async () => {
    // A signed-in editor of its own (earlier cases changed passwords): the session is valid, the unlock is not allowed.
    const editor = await signedInAs(cms.payload, 'editor', 'granskare@example.se')
    expect((await rest('GET', 'users/me', { token: editor })).body.user.email).toBe('granskare@example.se')
    expect((await rest('POST', 'users/unlock', { token: editor, body: { email: 'admin@example.se' } })).status).toBe(403)
    expect((await rest('POST', 'users/unlock', { body: { email: 'admin@example.se' } })).status).toBe(403)
    expect((await rest('POST', 'users/unlock', { token: tokens.admin, body: { email: 'editor@example.se' } })).status).toBe(200)
  })
})
