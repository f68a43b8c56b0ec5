import { rateLimitKeyOf } from '../../shared/security/client-address'
import { SlidingWindow } from '../../shared/security/rate-limit'

/**
 * Two limits on the public forms:
 * - per client address (an IPv6 client by its /64): FORM_RATE_LIMIT posts (default 5) in FORM_RATE_WINDOW_SECONDS
 *   (default 600), valid or not, so a sender of junk only slows itself;
 * - for everyone together: FORM_GLOBAL_RATE_LIMIT (default 30) stored submissions a minute, a backstop against
 *   a sender with many addresses. Only submissions that were valid and stored count towards it: junk cannot
 *   use it up and so switch the forms off for everyone.
 */
const perAddress = new SlidingWindow(
  () => Number(process.env.FORM_RATE_LIMIT ?? 5),
  () => Number(process.env.FORM_RATE_WINDOW_SECONDS ?? 600) * 1000,
)
const everyone = new SlidingWindow(
  () => Number(process.env.FORM_GLOBAL_RATE_LIMIT ?? 30),
  () => 60_000,
)

/** Counts one post from this client; false when the client or everyone together is over the limit. */
export function admitPost(headers: Headers, now = Date.now()): boolean {
  const key = rateLimitKeyOf(headers)
  const allowed = perAddress.allows(key, now) && everyone.allows('all', now)
  perAddress.record(key, now)
  return allowed
}

/** Counts one stored submission towards the limit for everyone. */
export function recordStoredSubmission(now = Date.now()): void {
  everyone.record('all', now)
}
