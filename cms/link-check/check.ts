/**
 * Checks links to other websites the way a visitor's browser would meet them, politely: HEAD first (GET when the
 * server does not answer HEAD properly), a time limit, one request at a time per host with a pause between, and
 * redirects followed a few steps. Editors decide these addresses, so an address on this machine or the local
 * network is not requested (it would let anyone who can write a link probe the servers behind the CMS).
 */
import dns from 'node:dns/promises'
import net from 'node:net'

export interface LinkResult {
  url: string
  ok: boolean
  /** The last HTTP status, or undefined when no answer came. */
  status?: number
  /** Why it is broken (or was not checked), in Swedish. */
  error?: string
}

export interface CheckOptions {
  timeoutMs?: number
  /** The pause between two requests to one host. */
  perHostIntervalMs?: number
  /** Hosts checked at the same time. */
  concurrency?: number
  /** Allows addresses on this machine and the local network (the tests' server). */
  allowPrivate?: boolean
}

const MAX_REDIRECTS = 5
const USER_AGENT = 'Regionalverket-lankkontroll/1.0 (+https://github.com/)'

/** Loopback, private, link-local, carrier-grade NAT and unique-local addresses. */
export function isPrivateAddress(address: string): boolean {
  if (net.isIPv4(address)) {
    const [a, b] = address.split('.').map(Number)
    return (
      a === 10 ||
      a === 127 ||
      a === 0 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127)
    )
  }
  const lower = address.toLowerCase()
  if (lower.startsWith('::ffff:')) return isPrivateAddress(lower.slice(7))
  return lower === '::1' || lower === '::' || lower.startsWith('fc') || lower.startsWith('fd') || lower.startsWith('fe80')
}

async function refusedHost(url: URL, allowPrivate: boolean): Promise<string | undefined> {
  if (allowPrivate) return undefined
  const host = url.hostname.replace(/^\[|\]$/g, '')
  const addresses = net.isIP(host) ? [host] : (await dns.lookup(host, { all: true }).catch(() => [])).map((a) => a.address)
  if (addresses.length === 0) return 'Adressens server finns inte (DNS).'
  return addresses.some(isPrivateAddress) ? 'Ej kontrollerad: adressen pekar på ett internt nät.' : undefined
}

/** Waits until the host may be asked again (`wait`), and counts the pause from when its answer came (`done`). */
type Pace = { wait(host: string): Promise<void>; done(host: string): void }
const noPause: Pace = { wait: async () => undefined, done: () => undefined }

async function request(url: string, method: 'HEAD' | 'GET', timeoutMs: number, pace: Pace): Promise<Response> {
  const host = new URL(url).host
  await pace.wait(host)
  try {
    const response = await fetch(url, {
      method,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
      headers: { 'user-agent': USER_AGENT },
    })
    // Nothing of the body is needed: let it go at once.
    await response.body?.cancel().catch(() => undefined)
    return response
  } finally {
    pace.done(host)
  }
}

/** One link: HEAD, then GET where HEAD is refused or fails; redirects followed up to five steps. */
export async function checkLink(
  url: string,
  { timeoutMs = 10_000, allowPrivate = false }: CheckOptions = {},
  pace: Pace = noPause,
): Promise<LinkResult> {
  let current: URL
  try {
    current = new URL(url)
  } catch {
    return { url, ok: false, error: 'Ogiltig adress.' }
  }
  for (let step = 0; step <= MAX_REDIRECTS; step++) {
    if (current.protocol !== 'http:' && current.protocol !== 'https:')
      return { url, ok: false, error: 'Leder till en adress som inte är http(s).' }
    const refused = await refusedHost(current, allowPrivate)
    if (refused) return { url, ok: false, error: refused }
    let response: Response
    try {
      response = await request(current.href, 'HEAD', timeoutMs, pace)
      if (response.status === 405 || response.status === 501 || response.status === 403 || response.status >= 500)
        response = await request(current.href, 'GET', timeoutMs, pace)
    } catch (error) {
      try {
        response = await request(current.href, 'GET', timeoutMs, pace)
      } catch {
        const timedOut = (error as Error).name === 'TimeoutError'
        return {
          url,
          ok: false,
          error: timedOut ? `Inget svar inom ${Math.round(timeoutMs / 1000)} sekunder.` : 'Servern gick inte att nå.',
        }
      }
    }
    const location = response.headers.get('location')
    if (response.status >= 300 && response.status < 400 && location) {
      current = new URL(location, current)
      continue
    }
    return response.ok
      ? { url, ok: true, status: response.status }
      : { url, ok: false, status: response.status, error: `Svarar ${response.status}.` }
  }
  return { url, ok: false, error: 'För många omdirigeringar.' }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Many links: one host's links one after another, each request to a host a pause after the last answer, a few hosts at a time. */
export async function checkLinks(urls: string[], options: CheckOptions = {}): Promise<LinkResult[]> {
  const { perHostIntervalMs = 1000, concurrency = 4 } = options
  const last = new Map<string, number>()
  const pace: Pace = {
    async wait(host) {
      const wait = (last.get(host) ?? -Infinity) + perHostIntervalMs - Date.now()
      if (wait > 0) await sleep(wait)
    },
    done: (host) => void last.set(host, Date.now()),
  }
  const byHost = new Map<string, string[]>()
  for (const url of urls) {
    let host = ''
    try {
      host = new URL(url).host
    } catch {
      // an invalid address is its own group: checkLink says so
    }
    byHost.set(host, [...(byHost.get(host) ?? []), url])
  }
  const results = new Map<string, LinkResult>()
  const hosts = [...byHost.values()]
  const worker = async () => {
    for (let group = hosts.shift(); group; group = hosts.shift()) {
      for (const url of group) results.set(url, await checkLink(url, options, pace))
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, hosts.length) }, worker))
  return urls.map((url) => results.get(url)!)
}
