import { isIP } from 'node:net'

/**
 * Who sent a request, for rate limits. The CMS's own server (cms/server.ts) works it out from the connection and
 * passes it on in CLIENT_ADDRESS_HEADER, replacing whatever a client sent under that name.
 */
export const CLIENT_ADDRESS_HEADER = 'x-client-address'

/**
 * The client's address: the connection's, unless it comes from a trusted proxy (TRUSTED_PROXIES); then
 * X-Forwarded-For is read from the right, past every trusted proxy, to the first address one of them did not add.
 * A client that forges X-Forwarded-For on a direct connection changes nothing: the header is not read at all.
 */
export function clientAddressOf(
  socketAddress: string | undefined,
  forwardedFor: string | null | undefined,
  trustedProxies: readonly string[],
): string {
  let address = normalise(socketAddress ?? '')
  if (!address) return 'unknown'
  const trusted = new Set(trustedProxies.map(normalise))
  const hops = (forwardedFor ?? '')
    .split(',')
    .map((hop) => normalise(hop.trim()))
    .filter(Boolean)
  while (trusted.has(address) && hops.length > 0) {
    const next = hops.pop()!
    if (!isIP(next)) break
    address = next
  }
  return address
}

/** TRUSTED_PROXIES: comma-separated addresses of the proxies in front of the CMS (none by default). */
export const trustedProxies = (value = process.env.TRUSTED_PROXIES ?? '') =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)

/**
 * The key a rate limit counts by: an IPv4 address as it is, an IPv6 address by its /64 network, since one
 * subscriber is normally given a whole /64 and could otherwise use a new address for every request.
 */
export function rateLimitKey(address: string): string {
  if (isIP(address) !== 6) return address
  return `${expandIpv6(address).slice(0, 4).join(':')}::/64`
}

function normalise(address: string): string {
  const plain = address.replace(/^\[|\](:\d+)?$/g, '').toLowerCase()
  // IPv4 clients reach a dual-stack server as ::ffff:a.b.c.d.
  const mapped = plain.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/)
  return mapped ? mapped[1] : plain
}

function expandIpv6(address: string): string[] {
  const [head, tail = ''] = address.split('::')
  const left = head ? head.split(':') : []
  const right = address.includes('::') && tail ? tail.split(':') : []
  // An embedded IPv4 tail (::1.2.3.4) counts as two groups; its network part is what matters here.
  const groups = [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
  return groups.map((group) => (group.includes('.') ? group : (parseInt(group, 16) || 0).toString(16)))
}

/**
 * The rate-limit key of a request, from the address the CMS's own server worked out (CLIENT_ADDRESS_HEADER);
 * never from a header the client chose. Without one (a request that did not come through that server) all such
 * requests share one key.
 */
export const rateLimitKeyOf = (headers: Headers) => rateLimitKey(headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown')
