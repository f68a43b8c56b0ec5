import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { clientAddressOf, rateLimitKey, trustedProxies } from '../../shared/security/client-address'
import { serveApi } from '../helpers/api-server'
import { startTestCms, type TestCms } from '../helpers/cms'

/**
 * Who the client is, for every limit that counts per address (forms, sign-in, password reset): a client that
 * forges X-Forwarded-For, or sends its own X-Client-Address, changes nothing; X-Forwarded-For is read only from the
 * proxies named in TRUSTED_PROXIES; an IPv6 client counts by its /64.
 */
describe('the client address worked out from the connection', () => {
  it.each([
    ['a direct client forging X-Forwarded-For', '203.0.113.5', '10.0.0.1', [], '203.0.113.5'],
    ['a client behind a trusted proxy', '10.0.0.2', '198.51.100.7', ['10.0.0.2'], '198.51.100.7'],
    ['a client forging the first hop behind a trusted proxy', '10.0.0.2', '1.2.3.4, 198.51.100.7', ['10.0.0.2'], '198.51.100.7'],
    ['a client behind two trusted proxies', '10.0.0.2', '198.51.100.7, 10.0.0.3', ['10.0.0.2', '10.0.0.3'], '198.51.100.7'],
    ['a trusted proxy that forwarded junk', '10.0.0.2', 'inte-en-adress', ['10.0.0.2'], '10.0.0.2'],
    ['an IPv4 client on a dual-stack server', '::ffff:203.0.113.5', undefined, [], '203.0.113.5'],
    ['an IPv6 client', '2001:DB8::1', undefined, [], '2001:db8::1'],
    ['no connection address', undefined, '1.2.3.4', [], 'unknown'],
  ])('%s', (_case, socket, forwarded, trusted, expected) => {
    expect(clientAddressOf(socket, forwarded, trusted)).toBe(expected)
  })

  it.each([
    ['203.0.113.5', '203.0.113.5'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::ffff', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
  ])('%s counts as %s', (address, key) => {
    expect(rateLimitKey(address)).toBe(key)
  })

  it('reads TRUSTED_PROXIES as a list', () => {
    expect(trustedProxies(' 10.0.0.2, ::1 ,')).toEqual(['10.0.0.2', '::1'])
    expect(trustedProxies('')).toEqual([])
  })
})

describe('a client spreads its posts over forged addresses', () => {
  let cms: TestCms
  let api: { url: string; close: () => void }
  beforeAll(async () => {
    process.env.FORM_RATE_LIMIT = '3'
    cms = await startTestCms()
    api = await serveApi()
  })
  afterAll(async () => {
    api?.close()
    await cms?.stop()
    delete process.env.FORM_RATE_LIMIT
    delete process.env.TRUSTED_PROXIES
  })
  const post = (headers: Record<string, string>) =>
    fetch(`${api.url}/api/forms/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', ...headers },
      body: 'formType=feedback&found=yes',
    })

  it('is still one client: X-Forwarded-For and X-Client-Address from the client are not believed', async () => {
    const statuses = []
    for (let i = 1; i <= 5; i++)
      statuses.push((await post({ 'x-forwarded-for': `198.51.100.${i}`, 'x-client-address': `192.0.2.${i}` })).status)
    expect(statuses).toEqual([200, 200, 200, 429, 429])
  })

  it('behind a proxy named in TRUSTED_PROXIES, the forwarded address counts', async () => {
    // 127.0.0.1 itself is over its limit now (above): these pass only because the forwarded address is counted.
    process.env.TRUSTED_PROXIES = '127.0.0.1'
    for (let i = 1; i <= 3; i++) expect((await post({ 'x-forwarded-for': `198.51.100.${i}` })).status).toBe(200)
    expect((await post({ 'x-forwarded-for': '198.51.100.1' })).status).toBe(200)
    expect((await post({ 'x-forwarded-for': '198.51.100.50' })).status).toBe(200)
  })
})
