import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook } from 'payload'

import { rateLimitKeyOf } from '../../../shared/security/client-address'
import { SlidingWindow } from '../../../shared/security/rate-limit'

/**
 * Guessing passwords is slowed per client address (an IPv6 client by its /64), not per account: Payload's own
 * lockout per account is off (Users/config.ts), because with it anyone who knows an admin's address could keep
 * that admin locked out. Per address:
 * - sign-in: SIGN_IN_RATE_LIMIT failed attempts (default 10) in 15 minutes; a successful sign-in is not counted;
 * - password reset: 5 requests (forgot and reset together) in 15 minutes.
 * The answer is the same whether or not the address has an account.
 */
const WINDOW = 15 * 60 * 1000
const failedSignIns = new SlidingWindow(
  () => Number(process.env.SIGN_IN_RATE_LIMIT ?? 10),
  () => WINDOW,
)
const resets = new SlidingWindow(
  () => Number(process.env.PASSWORD_RESET_RATE_LIMIT ?? 5),
  () => WINDOW,
)

const tooMany = (seconds: number) =>
  new APIError(
    `För många försök från din adress. Vänta ${Math.max(1, Math.ceil(seconds / 60))} minuter och försök igen.`,
    429,
    undefined,
    true,
  )

export const throttleSignIn: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const key = rateLimitKeyOf(req.headers)
  if (operation === 'login') {
    if (!failedSignIns.allows(key)) throw tooMany(failedSignIns.retryAfter(key))
    // Counted now and forgiven when the sign-in succeeds (forgiveSuccessfulSignIn), so only failures remain.
    failedSignIns.record(key)
  }
  if (operation === 'forgotPassword' || operation === 'resetPassword') {
    if (!resets.allows(key)) throw tooMany(resets.retryAfter(key))
    resets.record(key)
  }
  return args
}

export const forgiveSuccessfulSignIn: CollectionAfterLoginHook = ({ req }) => {
  failedSignIns.forgive(rateLimitKeyOf(req.headers))
}

/** For tests: forget every count. */
export function resetSignInThrottle() {
  failedSignIns.clear()
  resets.clear()
}
