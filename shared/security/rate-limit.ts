import { createHash, randomBytes } from 'node:crypto'

/**
 * A sliding-window count of events per key, kept in this process's memory (right for one CMS server; several
 * servers each count their own). Keys are stored as salted hashes, so client addresses are never kept.
 * `allows` only looks; `record` counts: a caller decides what counts (for example only valid submissions).
 */
export class SlidingWindow {
  readonly #salt = randomBytes(16)
  readonly #events = new Map<string, number[]>()

  constructor(
    private readonly limit: () => number,
    private readonly windowMs: () => number,
  ) {}

  allows(key: string, now = Date.now()): boolean {
    return this.#recent(this.#hash(key), now).length < this.limit()
  }

  record(key: string, now = Date.now()): void {
    const hashed = this.#hash(key)
    const recent = this.#recent(hashed, now)
    recent.push(now)
    this.#events.set(hashed, recent)
    // Forget keys that have gone quiet, so the map does not grow without end.
    if (this.#events.size > 10_000)
      for (const [k, times] of this.#events) if (times.every((t) => now - t >= this.windowMs())) this.#events.delete(k)
  }

  /** Takes back the key's latest event (an attempt that turned out to be allowed, such as a successful sign-in). */
  forgive(key: string): void {
    const hashed = this.#hash(key)
    this.#events.get(hashed)?.pop()
  }

  /** Seconds until the key is allowed again (0 when it is). */
  retryAfter(key: string, now = Date.now()): number {
    const recent = this.#recent(this.#hash(key), now)
    if (recent.length < this.limit()) return 0
    return Math.ceil((recent[recent.length - this.limit()] + this.windowMs() - now) / 1000)
  }

  clear(): void {
    this.#events.clear()
  }

  #hash(key: string) {
    return createHash('sha256').update(this.#salt).update(key).digest('base64url')
  }

  #recent(hashed: string, now: number) {
    return (this.#events.get(hashed) ?? []).filter((t) => now - t < this.windowMs())
  }
}
