import fs from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import sirv from 'sirv'

import { PREVIEW_PREFIX, SERVER_ENTRY, STATIC_DIR } from '../shared/build-layout'

type NodeHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void

/**
 * Serves the live build like any static host would: files as they are, `/x/` from `/x/index.html`, and the
 * site's own 404 page (with status 404) for anything else. `buildDir` is the live link; it is resolved on every
 * request, so a new build shows at once and a request never mixes two builds.
 * Requests under /forhandsvisning/ go to the build's preview route (Astro's Node adapter, middleware mode).
 */
export function createSiteHandler(buildDir: string) {
  const staticDir = path.join(buildDir, STATIC_DIR)
  const serve = sirv(staticDir, { dev: true, etag: true, extensions: ['html'] })
  // The preview code of the live build only: a new build brings its own code and content.
  let preview: { build: string; handler: Promise<NodeHandler> } | undefined

  function notFound(res: ServerResponse) {
    const page = path.join(staticDir, '404.html')
    res.statusCode = 404
    res.setHeader('content-type', 'text/html; charset=utf-8')
    if (fs.existsSync(page)) fs.createReadStream(page).pipe(res)
    else res.end('Sidan finns inte.')
  }

  async function servePreview(req: IncomingMessage, res: ServerResponse) {
    const build = fs.existsSync(buildDir) ? fs.realpathSync(buildDir) : undefined
    const entry = build && path.join(build, SERVER_ENTRY)
    if (!entry || !fs.existsSync(entry)) return notFound(res)
    if (preview?.build !== build) preview = { build, handler: import(pathToFileURL(entry).href).then((mod: { handler: NodeHandler }) => mod.handler) }
    const current = preview
    try {
      ;(await current.handler)(req, res, () => notFound(res))
    } catch (error) {
      if (preview === current) preview = undefined // a failed load is tried again on the next request
      console.error(`preview failed: ${(error as Error).message}`)
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
      res.end('Förhandsvisningen fungerar inte just nu.')
    }
  }

  return (req: IncomingMessage, res: ServerResponse) => {
    if (req.url?.startsWith(PREVIEW_PREFIX)) return void servePreview(req, res)
    serve(req, res, () => notFound(res))
  }
}
