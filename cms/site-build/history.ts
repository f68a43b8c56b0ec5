import type { Payload } from 'payload'

import type { SiteBuild } from '../../shared/payload-types'
import type { PublishRecord } from '../../site/publisher/publisher'

const HISTORY = 20
const ROUTES_LISTED = 40
const BROKEN_LISTED = 200

type BuildRow = NonNullable<SiteBuild['builds']>[number]
/** One publish in the `site-build` global's history (what the admin's build panel lists): always with its id, status and start. */
export type BuildRecord = BuildRow & { buildId: string; status: NonNullable<BuildRow['status']>; startedAt: string }

/** The builds in the history, newest first. */
export async function readBuilds(payload: Payload): Promise<BuildRow[]> {
  const state = await payload.findGlobal({ slug: 'site-build', overrideAccess: true, depth: 0 })
  // Saved again as new rows (the array is written whole): their old row ids are dropped.
  return (state.builds ?? []).map((build) => ({ ...build, id: undefined }))
}

/** Records a publish in the build history (phases and the routes it rendered in the log); `live` when it went live. */
export async function saveRecord(payload: Payload, record: PublishRecord, live: boolean): Promise<void> {
  const { phases } = record
  const logTail = [
    `väckning ${phases.wake} ms · hämtning ${phases.fetch} ms · rendering ${phases.render} ms · skrivning ${phases.write} ms · sökindex ${phases.search} ms · byte ${phases.switch} ms`,
    `${record.rendered.length} av ${record.routes} adresser renderades, ${record.written} filer skrevs:`,
    ...record.rendered.slice(0, ROUTES_LISTED),
    ...(record.rendered.length > ROUTES_LISTED ? [`… och ${record.rendered.length - ROUTES_LISTED} till`] : []),
  ].join('\n')
  const build: BuildRecord = {
    buildId: record.id,
    status: record.status === 'failed' ? 'failed' : 'succeeded',
    reason: record.reason,
    startedAt: record.startedAt,
    finishedAt: new Date(new Date(record.startedAt).getTime() + record.durationMs).toISOString(),
    durationMs: record.durationMs,
    pages: record.routes,
    pagesReused: record.routes - record.rendered.length,
    kept: record.status !== 'failed',
    error: record.error?.split('\n').slice(0, 8).join('\n'),
    logTail,
    brokenLinks: record.brokenLinks.slice(0, BROKEN_LISTED),
  }
  const builds = [build, ...(await readBuilds(payload)).filter((b) => b.buildId !== build.buildId)].slice(0, HISTORY)
  const liveFields = live ? { liveBuild: record.id, liveSince: build.finishedAt, liveContentAt: record.startedAt } : {}
  await payload.updateGlobal({ slug: 'site-build', overrideAccess: true, data: { builds, ...liveFields }, context: { skipRebuild: true } })
}

/** Records that an earlier build is live again (a rollback). */
export async function setLive(payload: Payload, id: string): Promise<void> {
  const build = (await readBuilds(payload)).find((b) => b.buildId === id)
  await payload.updateGlobal({
    slug: 'site-build',
    overrideAccess: true,
    data: { liveBuild: id, liveSince: new Date().toISOString(), liveContentAt: build?.startedAt ?? null },
    context: { skipRebuild: true },
  })
}
