import type { Endpoint } from 'payload'

import { SiteStore } from '../../site/publisher/store'
import { isAdminUser, isStaffUser } from '../access'
import { audit } from '../audit/record'
import { refuseUnlessContentType } from '../read-body'
import { siteDir } from './folders'
import { countWaitingChanges, queueRebuild } from './queue'

/** POST /api/site-build/rebuild (editors and admins): "Rebuild now" (everything is fetched and compared again). */
export const rebuildNowEndpoint: Endpoint = {
  path: '/site-build/rebuild',
  method: 'post',
  handler: async (req) => {
    if (!isStaffUser(req.user)) return Response.json({ error: 'Logga in för att bygga om webbplatsen.' }, { status: 403 })
    const wrongType = refuseUnlessContentType(req, 'application/json')
    if (wrongType) return wrongType
    await queueRebuild(req.payload, `manuellt av ${req.user?.email ?? 'okänd'}`, { all: true })
    return Response.json({ queued: true }, { status: 202 })
  },
}

/** POST /api/site-build/rollback {"buildId": "..."} (admins): show an earlier good build again. */
export const rollbackEndpoint: Endpoint = {
  path: '/site-build/rollback',
  method: 'post',
  handler: async (req) => {
    if (!isAdminUser(req.user))
      return Response.json({ error: 'Endast administratörer kan återställa ett tidigare bygge.' }, { status: 403 })
    const wrongType = refuseUnlessContentType(req, 'application/json')
    if (wrongType) return wrongType
    const body = (await req.json?.().catch(() => ({}))) as { buildId?: unknown }
    if (typeof body?.buildId !== 'string') return Response.json({ error: 'Ange vilket bygge som ska visas (buildId).' }, { status: 400 })
    if (!new SiteStore(siteDir()).readManifest(body.buildId))
      return Response.json({ error: `Bygget ${body.buildId} finns inte kvar och kan inte visas igen.` }, { status: 404 })
    // The publisher switches the live build (it holds it in memory); it is woken at once.
    await queueRebuild(req.payload, `återställt av ${req.user?.email ?? 'okänd'}`, { rollback: body.buildId })
    await audit(req, { action: 'rollback', summary: `Bygget ${body.buildId} visas igen` })
    return Response.json({ live: body.buildId }, { status: 202 })
  },
}

/** GET /api/site-build/status (editors and admins): the builds, which is live, and how many changes wait. */
export const statusEndpoint: Endpoint = {
  path: '/site-build/status',
  method: 'get',
  handler: async (req) => {
    if (!isStaffUser(req.user)) return Response.json({ error: 'Logga in för att se byggstatus.' }, { status: 403 })
    const state = await req.payload.findGlobal({ slug: 'site-build', depth: 0, overrideAccess: true })
    return Response.json({ ...state, queued: await countWaitingChanges(req.payload) })
  },
}
