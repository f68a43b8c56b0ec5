/**
 * Serves the live build the way a static host would, straight from the store: the address is looked up in the
 * live manifest (`/x/` → `x/index.html`), the stored file is sent, and the site's own 404 page answers anything
 * else. The manifest is read again when live.json changes, and every request is answered from one manifest, so a
 * reader never gets a mix of two builds and a publish needs no folder to be written.
 * Requests under /forhandsvisning/ go to the preview route of the code the publisher runs (Astro's Node adapter).
 */
import fs from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { PREVIEW_PREFIX, SERVER_ENTRY } from '../../shared/build-layout'
import { parseRedirectsFile, redirectFor, type RedirectRule } from '../../shared/redirects'
import { headersFor, siteHeaderRules, siteUsesHttps } from '../../shared/security/headers'
import { SiteStore, type Manifest } from './store'

type NodeHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
}
export const contentTypeOf = (file: string) => TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'

/** The file of the manifest that answers a request path, if any. */
export function fileFor(manifest: Manifest, pathname: string): string | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return undefined
  }
  const relative = decoded.replace(/^\/+/, '')
  if (relative.split('/').some((part) => part === '..')) return undefined
  const candidates =
    relative === ''
      ? ['index.html']
      : relative.endsWith('/')
        ? [`${relative}index.html`]
        : [relative, `${relative}.html`, `${relative}/index.html`]
  return candidates.find((file) => manifest.files[file])
}

export function createSiteHandler({ siteDir, codeDir }: { siteDir: string; codeDir?: () => string | undefined }) {
  const store = new SiteStore(siteDir)
  const livePointer = path.join(siteDir, 'live.json')
  let current: { stamp: string; manifest: Manifest } | undefined
  const headerRules = siteHeaderRules({ https: siteUsesHttps() })

  function liveManifest(): Manifest | undefined {
    let stamp: string
    try {
      const stat = fs.statSync(livePointer)
      stamp = `${stat.mtimeMs}:${stat.ino}`
    } catch {
      return undefined
    }
    if (current?.stamp !== stamp) {
      const id = store.liveId()
      const manifest = id ? store.readManifest(id) : undefined
      if (manifest) current = { stamp, manifest }
    }
    return current?.manifest
  }

  // The redirects of each manifest, read from its `_redirects` file once.
  const redirects = new WeakMap<Manifest, Map<string, RedirectRule>>()
  function redirectsOf(manifest: Manifest): Map<string, RedirectRule> {
    let rules = redirects.get(manifest)
    if (!rules) {
      const entry = manifest.files['_redirects']
      rules = entry ? parseRedirectsFile(store.read(entry.hash).toString('utf8')) : new Map<string, RedirectRule>()
      redirects.set(manifest, rules)
    }
    return rules
  }

  function send(req: IncomingMessage, res: ServerResponse, manifest: Manifest, file: string, status = 200) {
    const { hash } = manifest.files[file]
    const headers: Record<string, string> = {
      'content-type': contentTypeOf(file),
      'x-content-type-options': 'nosniff',
      etag: `"${hash.slice(0, 32)}"`,
      'cache-control': file.startsWith('_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    }
    if (status === 200 && req.headers['if-none-match'] === headers.etag) return void res.writeHead(304, headers).end()
    let body: Buffer
    try {
      body = store.read(hash)
    } catch {
      return void res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' }).end('Webbplatsen uppdateras. Försök igen.')
    }
    res.writeHead(status, { ...headers, 'content-length': String(body.length) })
    res.end(req.method === 'HEAD' ? undefined : body)
  }

  function notFound(req: IncomingMessage, res: ServerResponse, manifest: Manifest | undefined) {
    // Under /en/, the English site's own 404 page.
    const english = req.url?.startsWith('/en/') && manifest?.files['en/404.html']
    if (english) return send(req, res, manifest, 'en/404.html', 404)
    if (manifest?.files['404.html']) return send(req, res, manifest, '404.html', 404)
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Sidan finns inte.')
  }

  // The preview code of the running publisher only: a new deploy brings its own.
  let preview: { entry: string; handler: Promise<NodeHandler> } | undefined
  async function servePreview(req: IncomingMessage, res: ServerResponse) {
    const dir = codeDir?.()
    const entry = dir && path.join(dir, SERVER_ENTRY)
    if (!entry || !fs.existsSync(entry)) return notFound(req, res, liveManifest())
    if (preview?.entry !== entry)
      preview = { entry, handler: import(pathToFileURL(entry).href).then((mod: { handler: NodeHandler }) => mod.handler) }
    const loading = preview
    try {
      ;(await loading.handler)(req, res, () => notFound(req, res, liveManifest()))
    } catch (error) {
      if (preview === loading) preview = undefined // a failed load is tried again on the next request
      console.error(`preview failed: ${(error as Error).message}`)
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
      res.end('Förhandsvisningen fungerar inte just nu.')
    }
  }

  return (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://site')
    // The security headers (shared/security/headers.ts) on every answer, the preview's and the 404 page's too.
    for (const [name, value] of Object.entries(headersFor(url.pathname, headerRules))) res.setHeader(name, value)
    if (url.pathname.startsWith(PREVIEW_PREFIX)) return void servePreview(req, res)
    const manifest = liveManifest()
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { allow: 'GET, HEAD' }).end()
    // An old address: a real redirect (the build also has a page there, for static hosts without redirects).
    const redirect = manifest && redirectFor(redirectsOf(manifest), url.pathname)
    if (redirect) {
      const location = redirect.to.startsWith('/') && !redirect.to.includes('?') ? `${redirect.to}${url.search}` : redirect.to
      return void res.writeHead(redirect.status, { location, 'cache-control': 'no-cache' }).end()
    }
    const file = manifest && fileFor(manifest, url.pathname)
    if (!manifest || !file) return notFound(req, res, manifest)
    // Pages live at addresses ending in "/": "/x" is sent on to "/x/", as static hosts do.
    if (file.endsWith('index.html') && !url.pathname.endsWith('/'))
      return void res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end()
    send(req, res, manifest, file)
  }
}
