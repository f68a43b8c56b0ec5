import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { mentionsAddress } from '../../shared/forms'
import { signedInAs, startTestCms, type TestCms } from '../helpers/cms'
import { restClient } from '../helpers/rest'

/**
 * Erasing more than one person's data: a data subject's request for a@example.se must not touch the messages of
 * anna@example.se or anything a LIKE wildcard matches; an address the forms would not accept is refused; the admin
 * is told how many messages are concerned before anything is erased.
 */
let cms: TestCms
let rest: Awaited<ReturnType<typeof restClient>>
let admin: string
const DAY = 24 * 60 * 60 * 1000

const store = (data: { email?: string; question?: string; comment?: string }) =>
  cms.payload.create({
    collection: 'feedback',
    overrideAccess: true,
    data: data.email
      ? {
          formType: 'question',
          question: data.question ?? 'Fråga',
          email: data.email,
          deleteAfter: new Date(Date.now() + DAY).toISOString(),
        }
      : { formType: 'feedback', found: 'no', comment: data.comment, deleteAfter: new Date(Date.now() + DAY).toISOString() },
  })
const emails = async () =>
  (await cms.payload.find({ collection: 'feedback', overrideAccess: true, pagination: false })).docs.map((d) => d.email ?? d.comment)

beforeAll(async () => {
  cms = await startTestCms()
  rest = await restClient()
  admin = await signedInAs(cms.payload, 'admin')
  await store({ email: 'a@example.se' })
  await store({ email: 'A@Example.se' })
  await store({ email: 'anna@example.se' })
  await store({ email: 'ba@example.se' })
  await store({ email: 'a@example.se.evil.example' })
  await store({ comment: 'Skriv till a@example.se, tack.' })
  await store({ comment: 'Skriv till anna@example.se.' })
})
afterAll(async () => cms?.stop())

const call = (action: 'count' | 'export' | 'erase', email: string) =>
  rest('POST', `feedback/data-subject/${action}`, { token: admin, body: { email } })

describe('a request about a@example.se', () => {
  it('counts exactly that person’s messages first, and erases exactly those', async () => {
    expect((await call('count', 'a@example.se')).body).toEqual({ count: 3 })
    expect((await call('erase', 'a@example.se')).body).toEqual({ erased: 3 })
    expect((await emails()).sort()).toEqual([
      'Skriv till anna@example.se.',
      'a@example.se.evil.example',
      'anna@example.se',
      'ba@example.se',
    ])
  })
})

describe('an address made to match everyone', () => {
  it('with a LIKE wildcard in it matches only that very address', async () => {
    for (const email of ['%@example.se', '_@example.se', 'a%@example.se']) expect((await call('count', email)).body).toEqual({ count: 0 })
  })

  it.each(['%', '%@%', 'a', '', 'a@b', '<script>@example.se'])('%j is refused and nothing is counted or erased', async (email) => {
    const before = await emails()
    for (const action of ['count', 'export', 'erase'] as const) {
      const response = await call(action, email)
      expect(response.status).toBe(400)
      expect(response.body.error).toMatch(/giltig e-postadress/)
    }
    expect(await emails()).toEqual(before)
  })
})

describe('whether a text mentions an address', () => {
  it.each([
    ['Skriv till a@example.se.', true],
    ['(a@example.se)', true],
    ['A@EXAMPLE.SE', true],
    ['anna@example.se', false],
    ['a@example.se.evil.example', false],
    ['xa@example.se', false],
    ['', false],
  ])('%j: %s', (text, mentioned) => {
    expect(mentionsAddress(text, 'a@example.se')).toBe(mentioned)
  })
})
