import type { Endpoint } from 'payload'

import { isAdminUser, isStaffUser } from '../access'
import { queueRebuild } from './queue'
import { rollbackTo } from './runner'

/** POST /api/site-build/rebuild (editors and admins): "Rebuild now". */
export const rebuildNowEndpoint: Endpoint = {
  path: '/site-build/rebuild',
  method: 'post',
  handler: async (req) => {
    if (!isStaffUser(req.user as never)) return Response.json({ error: 'Logga in för att bygga om webbplatsen.' }, { status: 403 })
    await queueRebuild(req.payload, `manuellt av ${req.user?.email ?? 'okänd'}`)
    return Response.json({ queued: true }, { status: 202 })
  },
}

/** POST /api/site-build/rollback {"buildId": "..."} (admins): show an earlier good build again. */
export const rollbackEndpoint: Endpoint = {
  path: '/site-build/rollback',
  method: 'post',
  handler: async (req) => {
    if (!isAdminUser(req.user as never)) return Response.json({ error: 'Endast administratörer kan återställa ett tidigare bygge.' }, { status: 403 })
    const body = (await req.json?.().catch(() => ({}))) as { buildId?: unknown }
    if (typeof body?.buildId !== 'string') return Response.json({ error: 'Ange vilket bygge som ska visas (buildId).' }, { status: 400 })
    try {
      await rollbackTo(req.payload, body.buildId)
      return Response.json({ live: body.buildId })
    } catch (error) {
      return Response.json({ error: (error as Error).message }, { status: 404 })
    }
  },
}

/** GET /api/site-build/status (editors and admins): the builds, which is live, and how many rebuilds wait in the queue. */
export const statusEndpoint: Endpoint = {
  path: '/site-build/status',
  method: 'get',
  handler: async (req) => {
    if (!isStaffUser(req.user as never)) return Response.json({ error: 'Logga in för att se byggstatus.' }, { status: 403 })
    const state = await req.payload.findGlobal({ slug: 'site-build', depth: 0, overrideAccess: true })
    const queued = await req.payload.count({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'rebuildSite' } }, { processing: { equals: false } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
      overrideAccess: true,
    })
    return Response.json({ ...state, queued: queued.totalDocs })
  },
}
