/**
 * The queue between a save and the publisher: each change of public content is a `rebuildSite` job in Payload's
 * jobs queue (written here by queueRebuild), which the publishing service (cms/site-build/service.ts) reads with
 * waitingChanges and deletes with forgetChanges once the change is live.
 */
import type { Payload, PayloadRequest } from 'payload'

import type { PayloadJob } from '../../shared/payload-types'
import type { ContentChange } from '../../site/lib/snapshot'

export const SITE_BUILD_QUEUE = 'site-build'

/** What the publishing service registers in its own process to be woken directly. */
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

/** A change waiting to go live: one queued `rebuildSite` job. */
export type WaitingChange = { jobId: PayloadJob['id']; reason: string; change: ContentChange }

/** The waiting changes, oldest first. */
export async function waitingChanges(payload: Payload): Promise<WaitingChange[]> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'rebuildSite' } }, { queue: { equals: SITE_BUILD_QUEUE } }] },
    sort: 'createdAt',
    limit: 1000,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs.map(waitingChangeOf)
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The job's input as queueRebuild wrote it; a job without a change (queued by hand) rebuilds everything. */
function waitingChangeOf(job: PayloadJob): WaitingChange {
  const input = isRecord(job.input) ? job.input : {}
  return {
    jobId: job.id,
    reason: typeof input.reason === 'string' ? input.reason : 'ändring',
    change: isRecord(input.change) ? (input.change as ContentChange) : { all: true },
  }
}

/** Deletes the jobs of changes that are live (or need nothing more). */
export async function forgetChanges(payload: Payload, changes: WaitingChange[]): Promise<void> {
  await payload.delete({ collection: 'payload-jobs', where: { id: { in: changes.map((c) => c.jobId) } }, overrideAccess: true })
}

/** Deletes every change queued before a full build started: the build covered them. */
export async function forgetChangesBefore(payload: Payload, startedAt: Date): Promise<void> {
  await payload.delete({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'rebuildSite' } }, { createdAt: { less_than: startedAt.toISOString() } }] },
    overrideAccess: true,
  })
}

/** How many changes wait (the build panel shows it). */
export async function countWaitingChanges(payload: Payload): Promise<number> {
  const { totalDocs } = await payload.count({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'rebuildSite' } },
    overrideAccess: true,
  })
  return totalDocs
}
