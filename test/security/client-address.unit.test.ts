import { afterEach, describe, expect, it, vi } from 'vitest'

import { CLIENT_ADDRESS_HEADER, clientAddressOf, rateLimitKey, rateLimitKeyOf, trustedProxies } from '../../shared/security/client-address'

/** Who a request counts against in the rate limits: the client's address as the CMS's own server works it out. */

describe('the client address of a request', () => {
  const proxy = '10.0.0.1'
  const otherProxy = '10.0.0.2'
  it.each([
    { name: 'a direct client is its connection address', socket: '203.0.113.7', xff: undefined, trusted: [], client: '203.0.113.7' },
    {
      name: 'a direct client that forges X-Forwarded-For is still its connection address',
      socket: '203.0.113.7',
      xff: '198.51.100.1',
      trusted: [],
      client: '203.0.113.7',
    },
    {
      name: 'a forged X-Forwarded-For is ignored from an address that is not the trusted proxy',
      socket: '203.0.113.7',
      xff: '198.51.100.1',
      trusted: [proxy],
      client: '203.0.113.7',
    },
    {
      name: 'behind the trusted proxy, the client is the address the proxy added',
      socket: proxy,
      xff: '198.51.100.1',
      trusted: [proxy],
      client: '198.51.100.1',
    },
    {
      name: 'behind the trusted proxy, addresses the client put in X-Forwarded-For itself are skipped',
      socket: proxy,
      xff: '1.1.1.1, 2.2.2.2, 198.51.100.1',
      trusted: [proxy],
      client: '198.51.100.1',
    },
    {
      name: 'behind two trusted proxies, the client is the address before both',
      socket: proxy,
      xff: '1.1.1.1, 198.51.100.1, 10.0.0.2',
      trusted: [proxy, otherProxy],
      client: '198.51.100.1',
    },
    {
      name: 'a client that claims to be a trusted proxy itself gets no further than the proxy let it',
      socket: proxy,
      xff: '10.0.0.2,198.51.100.1',
      trusted: [proxy, otherProxy],
      client: '198.51.100.1',
    },
    {
      name: 'behind the trusted proxy, a hop that is not an address stops the walk at the last real one',
      socket: proxy,
      xff: '198.51.100.1, nonsense',
      trusted: [proxy],
      client: proxy,
    },
    { name: 'the trusted proxy itself, with no X-Forwarded-For, is the client', socket: proxy, xff: '', trusted: [proxy], client: proxy },
    {
      name: 'an IPv4 client reaching a dual-stack server (::ffff:a.b.c.d) is its IPv4 address',
      socket: '::ffff:203.0.113.7',
      xff: undefined,
      trusted: [],
      client: '203.0.113.7',
    },
    {
      name: 'a trusted proxy is recognised when the server sees it as ::ffff:a.b.c.d',
      socket: '::ffff:10.0.0.1',
      xff: '198.51.100.1',
      trusted: [proxy],
      client: '198.51.100.1',
    },
    {
      name: 'an IPv6 address in brackets with a port, in upper case, is the plain lower-case address',
      socket: proxy,
      xff: '[2001:DB8::1]:4711',
      trusted: [proxy],
      client: '2001:db8::1',
    },
    {
      name: 'a request with no connection address is "unknown"',
      socket: undefined,
      xff: '198.51.100.1',
      trusted: [proxy],
      client: 'unknown',
    },
  ])('$name', ({ socket, xff, trusted, client }) => {
    expect(clientAddressOf(socket, xff, trusted)).toBe(client)
  })
})

describe('TRUSTED_PROXIES', () => {
  afterEach(() => vi.unstubAllEnvs())

  it.each([
    ['', []],
    ['10.0.0.1', ['10.0.0.1']],
    [' 10.0.0.1 , 2001:db8::5 ,', ['10.0.0.1', '2001:db8::5']],
    [',,', []],
  ])('%j trusts %j', (value, proxies) => {
    expect(trustedProxies(value)).toEqual(proxies)
  })

  it('is read from the environment when not given, and trusts nobody when unset', () => {
    vi.stubEnv('TRUSTED_PROXIES', '10.0.0.9')
    expect(trustedProxies()).toEqual(['10.0.0.9'])
    vi.stubEnv('TRUSTED_PROXIES', undefined)
    expect(trustedProxies()).toEqual([])
  })
})

describe('the key a rate limit counts by', () => {
  it.each([
    ['two IPv4 addresses are counted apart', '203.0.113.7', '203.0.113.8', false],
    ['two addresses in one IPv6 /64 are counted together', '2001:db8:1:2::1', '2001:db8:1:2:aaaa:bbbb:cccc:dddd', true],
    ['two IPv6 /64 networks are counted apart', '2001:db8:1:2::1', '2001:db8:1:3::1', false],
    ['an IPv6 address written with leading zeros is the same client', '2001:0db8:0001:0002::1', '2001:db8:1:2::ffff', true],
    ['an IPv6 address in upper case is the same client', '2001:DB8:1:2::1', '2001:db8:1:2::2', true],
    ['an IPv6 address written in full is the same as its short form', '2001:db8:0:0:0:0:0:1', '2001:db8::2', true],
  ])('%s', (_name, a, b, same) => {
    expect(rateLimitKey(a) === rateLimitKey(b)).toBe(same)
  })

  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1', 'fe80:0:0:0::/64'],
    ['unknown', 'unknown'],
  ])('%s is counted as %s', (address, key) => {
    expect(rateLimitKey(address)).toBe(key)
  })

  it.each([
    ['the address the CMS server worked out', { [CLIENT_ADDRESS_HEADER]: '2001:db8:1:2::9' }, '2001:db8:1:2::/64'],
    ['not X-Forwarded-For, which a client chooses', { 'x-forwarded-for': '198.51.100.1' }, 'unknown'],
    ['"unknown" (one shared key) for a request that did not come through the CMS server', {}, 'unknown'],
  ])('of a request is %s', (_name, headers, key) => {
    expect(rateLimitKeyOf(new Headers(headers))).toBe(key)
  })
})
