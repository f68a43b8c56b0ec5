import { createHash, randomBytes } from 'node:crypto'

/**
 * Two limits, kept in this process's memory (right for one CMS server; several servers each count their own):
 * - per client address: FORM_RATE_LIMIT submissions (default 5) in FORM_RATE_WINDOW_SECONDS (default 600),
 *   keyed by a salted hash, so the address itself is never kept;
 * - for everyone together: FORM_GLOBAL_RATE_LIMIT (default 30) a minute, a backstop for a client that forges
 *   its address (see clientAddress) or uses many.
 */
const salt = randomBytes(16)
const perAddress = new Map<string, number[]>()
let everyone: number[] = []
const MINUTE = 60_000

export function allowSubmission(clientAddress: string, now = Date.now()): boolean {
  const limit = Number(process.env.FORM_RATE_LIMIT ?? 5)
  const windowMs = Number(process.env.FORM_RATE_WINDOW_SECONDS ?? 600) * 1000
  const globalLimit = Number(process.env.FORM_GLOBAL_RATE_LIMIT ?? 30)
  everyone = everyone.filter((t) => now - t < MINUTE)
  const key = createHash('sha256').update(salt).update(clientAddress).digest('base64url')
  const recent = (perAddress.get(key) ?? []).filter((t) => now - t < windowMs)
  if (recent.length >= limit || everyone.length >= globalLimit) return false
  recent.push(now)
  perAddress.set(key, recent)
  everyone.push(now)
  // Forget addresses that have gone quiet, so the map does not grow without end.
  if (perAddress.size > 10_000) for (const [k, times] of perAddress) if (times.every((t) => now - t >= windowMs)) perAddress.delete(k)
  return true
}

/**
 * The client's address: the last entry of X-Forwarded-For, the one the nearest proxy appends. Next.js sets the
 * header to the connection's address only when the request has none, so a server reached directly (no proxy)
 * can be given a forged one; in production the proxy in front must set it (nginx:
 * `proxy_set_header X-Forwarded-For $remote_addr;`). The global limit holds either way.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',').map((s) => s.trim()).filter(Boolean)
  return forwarded?.at(-1) ?? headers.get('x-real-ip') ?? 'unknown'
}
