import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from '../helpers/cms'
import { restClient } from '../helpers/rest'

/**
 * Taking over a fresh install: whoever reaches it first registers the first account and becomes admin. On a server
 * reachable from the network (HOST not loopback) the first-user screen needs the one-time setup code printed to
 * the console; the first admin is created once, even when two registrations race; ADMIN_PASSWORD obeys the policy.
 */
let cms: TestCms
let rest: Awaited<ReturnType<typeof restClient>>
const register = (email: string, extra: Record<string, string> = {}) =>
  rest('POST', 'users/first-register', {
    body: { email, password: 'ett-langt-losenord-7', 'confirm-password': 'ett-langt-losenord-7', ...extra },
  })
const users = async () => (await cms.payload.find({ collection: 'users', overrideAccess: true, depth: 0 })).docs

beforeAll(async () => {
  cms = await startTestCms()
  rest = await restClient()
})
afterAll(async () => cms?.stop())
afterEach(async () => {
  delete process.env.HOST
  delete process.env.SETUP_TOKEN
  await cms.payload.delete({ collection: 'users', where: { id: { exists: true } }, overrideAccess: true })
})

describe('a stranger on the network reaches a fresh install', () => {
  it('cannot register the first account without the setup code, nor with a wrong one', async () => {
    Object.assign(process.env, { HOST: '0.0.0.0', SETUP_TOKEN: 'hemlig-installationskod-123' })
    const without = await register('angripare@example.se')
    expect(without.status).toBe(400)
    expect(JSON.stringify(without.body)).toContain('Ange installationskoden som skrevs ut i serverns konsol')
    expect((await register('angripare@example.se', { setupToken: 'gissad-kod-1234567890' })).status).toBe(400)
    expect(await users()).toEqual([])
  })

  it('lets the one who has the code from the console register, as admin', async () => {
    Object.assign(process.env, { HOST: '192.0.2.10', SETUP_TOKEN: 'hemlig-installationskod-123' })
    const response = await register('forsta@example.se', { setupToken: 'hemlig-installationskod-123' })
    expect(response.status).toBe(200)
    expect((await users()).map((u) => [u.email, u.roles])).toEqual([['forsta@example.se', ['admin']]])
    // Once an account exists, the screen is closed to everyone, code or not.
    expect((await register('andra@example.se', { setupToken: 'hemlig-installationskod-123' })).status).toBe(403)
  })

  it('needs no code on 127.0.0.1, the default, where only this machine can reach the screen', async () => {
    const { listenHost } = await import('../../cms/collections/Users/first-admin')
    expect(listenHost()).toBe('127.0.0.1')
    expect((await register('lokal@example.se')).status).toBe(200)
  })
})

describe('two registrations race on a fresh install', () => {
  it('makes exactly one admin', async () => {
    const results = await Promise.all(['a@example.se', 'b@example.se', 'c@example.se'].map((email) => register(email)))
    expect(results.filter((r) => r.status === 200)).toHaveLength(1)
    const all = await users()
    expect(all).toHaveLength(1)
    expect(all[0].roles).toEqual(['admin'])
  })
})

describe('the first account with a weak password', () => {
  it.each([
    ['three characters', 'abc', 'minst 12 tecken'],
    ['a common password', 'password1234', 'för vanligt'],
    ['a repeated character', 'aaaaaaaaaaaaaaaa', 'för vanligt'],
  ])('is refused on the first-user screen: %s', async (_case, password, message) => {
    const response = await rest('POST', 'users/first-register', {
      body: { email: 'forsta@example.se', password, 'confirm-password': password },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain(message)
    expect(await users()).toEqual([])
  })

  it('is refused from ADMIN_PASSWORD at start, with the reason', async () => {
    const { ensureAdminFromEnv } = await import('../../cms/bootstrap')
    Object.assign(process.env, { ADMIN_EMAIL: 'admin@example.se', ADMIN_PASSWORD: 'admin' })
    try {
      await expect(ensureAdminFromEnv(cms.payload)).rejects.toThrow(/ADMIN_PASSWORD: Lösenordet måste vara minst 12 tecken/)
      expect(await users()).toEqual([])
    } finally {
      delete process.env.ADMIN_EMAIL
      delete process.env.ADMIN_PASSWORD
    }
  })
})
