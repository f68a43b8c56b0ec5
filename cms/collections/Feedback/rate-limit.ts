import { createHash, randomBytes } from 'node:crypto'

/**
 * At most FORM_RATE_LIMIT submissions (default 5) per client address in FORM_RATE_WINDOW_SECONDS (default 600).
 * Kept in this process's memory, keyed by a salted hash (the address itself is never kept): right for one CMS
 * server; several servers behind a load balancer each count their own.
 */
const salt = randomBytes(16)
const hits = new Map<string, number[]>()

export function allowSubmission(clientAddress: string, now = Date.now()): boolean {
  const limit = Number(process.env.FORM_RATE_LIMIT ?? 5)
  const windowMs = Number(process.env.FORM_RATE_WINDOW_SECONDS ?? 600) * 1000
  const key = createHash('sha256').update(salt).update(clientAddress).digest('base64url')
  const recent = (hits.get(key) ?? []).filter((t) => now - t < windowMs)
  if (recent.length >= limit) {
    hits.set(key, recent)
    return false
  }
  recent.push(now)
  hits.set(key, recent)
  // Forget addresses that have gone quiet, so the map does not grow without end.
  if (hits.size > 10_000) for (const [k, times] of hits) if (times.every((t) => now - t >= windowMs)) hits.delete(k)
  return true
}

/**
 * The client's address: the last entry of X-Forwarded-For, which the server in front of Payload (Next.js itself,
 * or a proxy) appends; earlier entries come from the client and could be forged.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',').map((s) => s.trim()).filter(Boolean)
  return forwarded?.at(-1) ?? headers.get('x-real-ip') ?? 'unknown'
}
