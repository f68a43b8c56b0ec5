import type { Payload, PayloadRequest } from 'payload'

import type { ContentChange } from '../../site/lib/snapshot'

export const SITE_BUILD_QUEUE = 'site-build'

/** What the publishing service (cms/site-build/service.ts) registers in its own process to be woken directly. */
const WAKE = Symbol.for('regional-publishing.wake-publisher')
type WakeHolder = { [WAKE]?: () => void }
export const setLocalWake = (wake: (() => void) | undefined) => ((globalThis as WakeHolder)[WAKE] = wake)

/**
 * Tells the publisher there is work. In its own process (npm start's, or a test's) it is a function call; the admin
 * server (another process) posts to PUBLISHER_URL on loopback. The message carries nothing: the publisher reads
 * the queued jobs, so a forged wake-up costs one query and publishes nothing.
 */
export function wakePublisher(): void {
  const local = (globalThis as WakeHolder)[WAKE]
  if (local) return local()
  const url = process.env.PUBLISHER_URL
  if (url) fetch(`${url.replace(/\/+$/, '')}/wake`, { method: 'POST' }).catch(() => undefined)
}

/**
 * Records a change of public content as a `rebuildSite` job in Payload's jobs queue and wakes the publisher.
 * The job is the durable record: it is in the database (committed with the change itself), so a publisher that
 * was down, restarted or is on another machine finds it; the publisher deletes jobs once their change is live.
 * SITE_REBUILD=off turns this off (tests of other features, builds done by hand).
 */
export async function queueRebuild(payload: Payload, reason: string, change: ContentChange, req?: PayloadRequest): Promise<void> {
  if (process.env.SITE_REBUILD === 'off') return
  await payload.jobs.queue({ task: 'rebuildSite', queue: SITE_BUILD_QUEUE, input: { reason, change }, req })
  wakePublisher()
}
