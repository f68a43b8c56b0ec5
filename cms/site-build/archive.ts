/**
 * The archive of what the site said: every live build is kept (site/publisher/store.ts; SITE_ARCHIVE_DAYS limits
 * it), and an admin browses one read-only inside the admin, at /api/site-archive/<build>/… — chosen by date and time
 * in the build panel (GET /api/site-archive?at=<time> finds the build that was live then). Archived pages run no
 * scripts (a strict Content-Security-Policy): they are shown as the public saw them, not used.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { archivedAddress, rewriteArchived } from '../../shared/archive'
import { formatDateTime } from '../../shared/format'
import { contentTypeOf, fileFor } from '../../site/publisher/server'
import { SiteStore } from '../../site/publisher/store'
import { isAdminUser } from '../access'
import { siteDir } from './folders'

const ARCHIVE_HEADERS = {
  'x-content-type-options': 'nosniff',
  'cache-control': 'private, max-age=3600',
  'content-security-policy':
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; script-src 'none'; object-src 'none'; form-action 'none'; base-uri 'none'; frame-ancestors 'self'",
}

const refuse = (req: PayloadRequest) =>
  isAdminUser(req.user) ? undefined : Response.json({ error: 'Endast administratörer kan se arkivet.' }, { status: 403 })

/** GET /api/site-archive (admins): the builds that were live, newest first; `?at=<time>`: sent to the one live then. */
export const archiveListEndpoint: Endpoint = {
  path: '/site-archive',
  method: 'get',
  handler: async (req) => {
    const refused = refuse(req)
    if (refused) return refused
    const store = new SiteStore(siteDir())
    const at = typeof req.query?.at === 'string' ? new Date(req.query.at) : undefined
    if (at) {
      if (Number.isNaN(at.getTime())) return Response.json({ error: 'Ange tiden som 2026-12-05T14:30.' }, { status: 400 })
      const id = store.liveAt(at)
      if (!id) return Response.json({ error: 'Arkivet har inget bygge från den tiden.' }, { status: 404 })
      return new Response(null, { status: 302, headers: { location: archivedAddress(id, '/') } })
    }
    return Response.json({ builds: store.liveLog().reverse() })
  },
}

/** GET /api/site-archive/<build>/<address> (admins): a file of an archived build, as the public was served it then. */
export const archiveFileEndpoint: Endpoint = {
  path: '/site-archive/:build/:path*',
  method: 'get',
  handler: async (req) => {
    const refused = refuse(req)
    if (refused) return refused
    const store = new SiteStore(siteDir())
    const id = String(req.routeParams?.build ?? '')
    const manifest = store.readManifest(id)
    if (!manifest) return Response.json({ error: `Bygget ${id} finns inte i arkivet.` }, { status: 404 })
    const rest = req.routeParams?.path
    const segments = Array.isArray(rest) ? rest : typeof rest === 'string' && rest ? rest.split('/') : []
    const trailing = new URL(req.url ?? 'http://x/').pathname.endsWith('/')
    const address = `/${segments.join('/')}${trailing && segments.length > 0 ? '/' : ''}`
    const file = fileFor(manifest, address)
    if (!file) return new Response('Adressen fanns inte på webbplatsen vid den tiden.', { status: 404, headers: ARCHIVE_HEADERS })
    const type = contentTypeOf(file)
    let body: Buffer | string = store.read(manifest.files[file].hash)
    if (type.startsWith('text/html') || type.startsWith('text/css')) {
      body = rewriteArchived(body.toString('utf8'), id)
      if (type.startsWith('text/html')) body = withArchiveBanner(body, manifest.createdAt)
    }
    return new Response(typeof body === 'string' ? body : new Uint8Array(body), { headers: { ...ARCHIVE_HEADERS, 'content-type': type } })
  },
}

/** A notice at the top of each archived page: which moment it shows, and that it is not the live site. */
function withArchiveBanner(html: string, createdAt: string): string {
  const banner = `<div role="note" style="background:#fff3c4;color:#1b1f24;border-bottom:2px solid #8a6d00;padding:0.75rem 1rem;font:1rem/1.4 system-ui,sans-serif">Arkiv: så här såg webbplatsen ut ${formatDateTime(createdAt)}. Sidan visas skrivskyddad och är inte den publicerade webbplatsen.</div>`
  return html.replace(/<body([^>]*)>/, `<body$1>${banner}`)
}
