import type { Payload, PayloadRequest } from 'payload'

export const SITE_BUILD_QUEUE = 'site-build'
/** Edits within this window are built together: each new request replaces the pending one and restarts the wait. */
export const REBUILD_DEBOUNCE_MS = Number(process.env.SITE_REBUILD_DEBOUNCE_MS ?? 1500)

/**
 * Asks for a rebuild of the public site through Payload's jobs queue. The task's concurrency control runs one
 * build at a time and lets a new request supersede a pending one, so a burst of edits gives at most one build
 * running and one waiting. Queued jobs are stored in the database and survive a restart of the CMS.
 * SITE_REBUILD=off turns this off (tests of other features, builds done by hand).
 */
export async function queueRebuild(payload: Payload, reason: string, req?: PayloadRequest): Promise<void> {
  if (process.env.SITE_REBUILD === 'off') return
  await payload.jobs.queue({
    task: 'rebuildSite',
    queue: SITE_BUILD_QUEUE,
    input: { reason },
    waitUntil: new Date(Date.now() + REBUILD_DEBOUNCE_MS),
    req,
  })
}
