import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { jsonDepth, MAX_JSON_DEPTH } from '../../cms/api-guard'
import { startTestCms, type TestCms } from '../helpers/cms'
import { restClient } from '../helpers/rest'

/**
 * The CMS's API seen by an anonymous visitor: it is closed (the public reads the static site), GraphQL is off,
 * and a body meant to exhaust the server (too large, nested too deep, not JSON) is refused with a 4xx before
 * Payload parses it, never a 500.
 */
let cms: TestCms
let rest: Awaited<ReturnType<typeof restClient>>

beforeAll(async () => {
  cms = await startTestCms()
  rest = await restClient()
  await cms.payload.create({ collection: 'pages', data: { title: 'Publicerad sida', _status: 'published' } as never, overrideAccess: true })
  await cms.payload.create({ collection: 'pages', data: { title: 'Embargo: ny rapport', _status: 'draft' } as never, overrideAccess: true })
})
afterAll(async () => cms?.stop())

describe('an anonymous visitor reads the API', () => {
  it.each([
    'pages',
    'pages?draft=true',
    'reports',
    'datasets',
    'topics',
    'privacy-notices',
    'media',
    'documents',
    'feedback',
    'users',
    'globals/site-settings',
    'globals/navigation',
    'globals/site-build',
  ])('%s: 403', async (path) => {
    const response = await rest('GET', path)
    expect(response.status).toBe(403)
    expect(JSON.stringify(response.body)).not.toContain('Embargo')
  })

  it('finds no GraphQL API: Payload’s own GraphQL handler answers 404', async () => {
    const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
    const config = (await import('../../cms/payload.config')).default
    const query = JSON.stringify({ query: '{ Pages(draft: true) { docs { title } } }' })
    const response = await GRAPHQL_POST(config)(
      new Request('http://localhost/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: query }),
    )
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('Embargo')
  })
})

describe('a body meant to exhaust the server', () => {
  it('too large (2 MB of JSON): 413, unread', async () => {
    const response = await rest('POST', 'users/login', { body: { email: 'a@example.se', password: 'x'.repeat(2_000_000) } })
    expect(response.status).toBe(413)
    expect(response.body.errors[0].message).toBe('Förfrågan är för stor.')
  })

  it('nested 100,000 levels deep: 400, not a crash', async () => {
    const response = await rest('POST', 'users/login', { body: `{"email":${'['.repeat(100_000)}${']'.repeat(100_000)}}` })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toBe('Förfrågan är för djupt nästlad.')
  })

  it('not JSON at all, though it says so: 400', async () => {
    const response = await rest('POST', 'users/login', { body: '{"email": "a@example.se", ' })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toBe('Förfrågan är inte giltig JSON.')
  })

  it('a form post larger than the limit, without a length: 413, read only up to the limit', async () => {
    const response = await rest('POST', 'forms/submit', {
      body: 'formType=feedback&comment=' + 'x'.repeat(6_000_000),
      contentType: 'application/x-www-form-urlencoded',
    })
    expect(response.status).toBe(413)
  })

  it('an upload without a length: 411, not streamed without end', async () => {
    const response = await rest('POST', 'documents', { body: '--x\r\n', contentType: 'multipart/form-data; boundary=x' })
    expect(response.status).toBe(411)
  })
})

describe('how deep JSON nests, counted without parsing it', () => {
  it.each([
    ['{}', 1],
    ['{"a":[1,{"b":[]}]}', 4],
    ['"[[[[["', 0],
    ['{"a":"\\"[[[["}', 1],
    [`${'['.repeat(MAX_JSON_DEPTH + 1)}${']'.repeat(MAX_JSON_DEPTH + 1)}`, MAX_JSON_DEPTH + 1],
  ])('%s is %i deep', (text, depth) => {
    expect(jsonDepth(text)).toBe(depth)
  })
})
