import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { admitPost, recordStoredSubmission } from '../../cms/forms/rate-limit'
import { forgiveSuccessfulSignIn, resetSignInThrottle, throttleSignIn } from '../../cms/collections/Users/sign-in-throttle'
import { CLIENT_ADDRESS_HEADER } from '../../shared/security/client-address'
import { SlidingWindow } from '../../shared/security/rate-limit'

/** Rate limits: how many attempts a client gets, and when it may try again. Time is the fake clock's. */

const MINUTE = 60_000
beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(new Date('2025-03-01T12:00:00Z'))
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllEnvs()
})

describe('a sliding window', () => {
  const window = (limit = 3, windowMs = MINUTE) =>
    new SlidingWindow(
      () => limit,
      () => windowMs,
    )
  const tries = (w: SlidingWindow, key: string, count: number) =>
    Array.from({ length: count }, () => {
      const allowed = w.allows(key)
      w.record(key)
      return allowed
    })

  it.each([1, 3, 10])('with a limit of %i, allows that many attempts and refuses the next', (limit) => {
    const w = window(limit)
    expect(tries(w, 'a', limit + 1)).toEqual([...Array(limit).fill(true), false])
  })

  it('only counts what is recorded: asking whether a client is allowed uses nothing up', () => {
    const w = window(1)
    for (let i = 0; i < 5; i++) expect(w.allows('a')).toBe(true)
    w.record('a')
    expect(w.allows('a')).toBe(false)
  })

  it('counts each client apart', () => {
    const w = window(2)
    tries(w, 'a', 2)
    expect([w.allows('a'), w.allows('b')]).toEqual([false, true])
  })

  it.each([
    { name: 'just before the oldest attempt is a window old, the client is still refused', after: MINUTE - 1, allowed: false },
    { name: 'once the oldest attempt is a window old, the client may try once more', after: MINUTE, allowed: true },
  ])('$name', ({ after, allowed }) => {
    const w = window(3)
    w.record('a')
    vi.advanceTimersByTime(20_000)
    w.record('a')
    w.record('a')
    vi.advanceTimersByTime(after - 20_000)
    expect(w.allows('a')).toBe(allowed)
  })

  it('slides: attempts spread over time are refused only when too many fall within one window', () => {
    const w = window(3)
    const results: boolean[] = []
    // One attempt every 25 seconds: never more than 3 in any minute (0, 25, 50 → at 75 the first has left).
    for (let i = 0; i < 8; i++) {
      results.push(w.allows('a'))
      w.record('a')
      vi.advanceTimersByTime(25_000)
    }
    expect(results.every(Boolean)).toBe(true)
    // Three quick ones now: the two of the last minute plus these three go over.
    expect(tries(w, 'a', 2)).toEqual([true, false])
  })

  it.each([
    { name: 'is 0 while the client is allowed', recorded: [0, 10], at: 30, seconds: 0 },
    { name: 'is the time until the oldest counted attempt leaves the window', recorded: [0, 10, 20], at: 30, seconds: 30 },
    { name: 'is rounded up to whole seconds', recorded: [0, 10, 20], at: 30.5, seconds: 30 },
    { name: 'counts from the attempt that has to leave, not from the very oldest', recorded: [0, 10, 20, 40], at: 45, seconds: 25 },
  ])('the wait a refused client is told $name', ({ recorded, at, seconds }) => {
    const w = window(3)
    const start = Date.now()
    for (const s of recorded) w.record('a', start + s * 1000)
    expect(w.retryAfter('a', start + at * 1000)).toBe(seconds)
    // When that wait is over, the client is allowed.
    expect(w.allows('a', start + at * 1000 + seconds * 1000)).toBe(true)
  })

  it('takes back the latest attempt when it is forgiven (a sign-in that succeeded)', () => {
    const w = window(2)
    tries(w, 'a', 2)
    expect(w.allows('a')).toBe(false)
    w.forgive('a')
    expect(w.allows('a')).toBe(true)
    w.forgive('never-seen')
    expect(w.allows('never-seen')).toBe(true)
  })

  it('reads its limit and window on every call, so a changed setting applies at once', () => {
    let limit = 2
    const w = new SlidingWindow(
      () => limit,
      () => MINUTE,
    )
    tries(w, 'a', 2)
    expect(w.allows('a')).toBe(false)
    limit = 5
    expect(w.allows('a')).toBe(true)
  })

  it('forgets every count when cleared', () => {
    const w = window(1)
    tries(w, 'a', 1)
    w.clear()
    expect(w.allows('a')).toBe(true)
  })

  it('keeps the count of a busy client when it forgets thousands of quiet ones', () => {
    const w = window(3)
    for (let i = 0; i < 10_001; i++) w.record(`quiet-${i}`)
    vi.advanceTimersByTime(30_000)
    tries(w, 'busy', 3)
    vi.advanceTimersByTime(MINUTE - 30_000)
    // The quiet clients' attempts have left the window; recording one more makes the window tidy up.
    w.record('another')
    expect(w.allows('busy')).toBe(false)
    expect(w.allows('quiet-1')).toBe(true)
  })
})

describe('the sign-in throttle (SIGN_IN_RATE_LIMIT failed sign-ins per client in 15 minutes, default 10)', () => {
  beforeEach(() => resetSignInThrottle())
  const request = (address: string) => ({ headers: new Headers({ [CLIENT_ADDRESS_HEADER]: address }) })
  const signIn = (address: string) => {
    try {
      throttleSignIn({ args: {}, operation: 'login', req: request(address) } as never)
      return 'tried'
    } catch (error) {
      return `refused ${(error as { status?: number }).status}`
    }
  }
  const inOneNetwork = (n: number) => `2001:db8:aa:bb::${n.toString(16)}`

  it('refuses the 11th failed sign-in from one /64, even from a new address in it each time', () => {
    const results = Array.from({ length: 11 }, (_, n) => signIn(inOneNetwork(n + 1)))
    expect(results).toEqual([...Array(10).fill('tried'), 'refused 429'])
  })

  it('tells the refused client how many minutes to wait', () => {
    for (let n = 0; n < 10; n++) signIn('203.0.113.7')
    vi.advanceTimersByTime(4 * MINUTE)
    expect(() => throttleSignIn({ args: {}, operation: 'login', req: request('203.0.113.7') } as never)).toThrow(/Vänta 11 minuter/)
  })

  it('still lets another /64 and another IPv4 address sign in while one /64 is refused', () => {
    for (let n = 0; n < 11; n++) signIn(inOneNetwork(n + 1))
    expect([signIn('2001:db8:aa:bc::1'), signIn('203.0.113.7')]).toEqual(['tried', 'tried'])
  })

  it('lets the /64 try again 15 minutes after its oldest failure', () => {
    for (let n = 0; n < 10; n++) signIn(inOneNetwork(n + 1))
    vi.advanceTimersByTime(15 * MINUTE - 1)
    expect(signIn(inOneNetwork(99))).toBe('refused 429')
    vi.advanceTimersByTime(1)
    expect(signIn(inOneNetwork(99))).toBe('tried')
  })

  it('does not count successful sign-ins: an admin who signs in often is never refused', () => {
    const results = Array.from({ length: 20 }, () => {
      const result = signIn('203.0.113.7')
      forgiveSuccessfulSignIn({ req: request('203.0.113.7') } as never)
      return result
    })
    expect(results.every((r) => r === 'tried')).toBe(true)
  })

  it('follows SIGN_IN_RATE_LIMIT', () => {
    vi.stubEnv('SIGN_IN_RATE_LIMIT', '2')
    expect([signIn('203.0.113.7'), signIn('203.0.113.7'), signIn('203.0.113.7')]).toEqual(['tried', 'tried', 'refused 429'])
  })

  it('counts password resets apart from sign-ins: the 6th reset request in 15 minutes is refused', () => {
    const reset = (operation: string) => {
      try {
        throttleSignIn({ args: {}, operation, req: request('198.51.100.4') } as never)
        return 'tried'
      } catch {
        return 'refused'
      }
    }
    const results = ['forgotPassword', 'resetPassword', 'forgotPassword', 'resetPassword', 'forgotPassword', 'forgotPassword'].map(reset)
    expect(results).toEqual(['tried', 'tried', 'tried', 'tried', 'tried', 'refused'])
    expect(signIn('198.51.100.4')).toBe('tried')
  })
})

describe('the limits on the public forms', () => {
  // The form limits live in the module for the life of the process: each case uses its own time and addresses.
  let base = Date.parse('2030-01-01T00:00:00Z')
  beforeEach(() => {
    base += 24 * 60 * MINUTE
  })
  const post = (address: string, at = 0) => admitPost(new Headers({ [CLIENT_ADDRESS_HEADER]: address }), base + at)

  it('refuses the 6th post from one client in 10 minutes, valid or not', () => {
    expect(Array.from({ length: 6 }, (_, i) => post('203.0.113.20', i * 1000))).toEqual([true, true, true, true, true, false])
  })

  it('lets the client post again 10 minutes after its first post', () => {
    for (let i = 0; i < 5; i++) post('203.0.113.21', i * 1000)
    expect(post('203.0.113.21', 10 * MINUTE - 1)).toBe(false)
    expect(post('203.0.113.21', 10 * MINUTE + 1000)).toBe(true)
  })

  it('counts refused posts too, so a client that keeps sending only keeps itself out', () => {
    for (let i = 0; i < 20; i++) post('203.0.113.22', i * 30_000)
    // At 10 minutes and 30 s, the last 10 minutes still hold far more than 5 posts.
    expect(post('203.0.113.22', 10 * MINUTE + 30_000)).toBe(false)
  })

  it('closes the forms for everyone after 30 stored submissions in a minute, but not after 30 junk posts', () => {
    for (let i = 0; i < 30; i++) post(`198.51.100.${i}`, i)
    expect(post('192.0.2.1', 100)).toBe(true)
    for (let i = 0; i < 30; i++) recordStoredSubmission(base + 200 + i)
    expect(post('192.0.2.2', 300)).toBe(false)
    expect(post('192.0.2.3', MINUTE + 200)).toBe(true)
  })

  it('follows FORM_RATE_LIMIT and FORM_RATE_WINDOW_SECONDS', () => {
    vi.stubEnv('FORM_RATE_LIMIT', '1')
    vi.stubEnv('FORM_RATE_WINDOW_SECONDS', '60')
    // The refused post at 1 s counts too: the client may post again a minute after it, not after its first.
    expect([post('203.0.113.23'), post('203.0.113.23', 1000), post('203.0.113.23', MINUTE + 1000)]).toEqual([true, false, true])
  })
})
