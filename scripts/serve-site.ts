import fs from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'

import sirv from 'sirv'

/**
 * Serves the static build like any static host would: files as they are, `/x/` from `/x/index.html`,
 * and the site's own 404 page (with status 404) for anything else. Files are looked up on every request,
 * so a rebuild shows at once.
 */
export function createSiteHandler(dir: string) {
  const serve = sirv(dir, { dev: true, etag: true, extensions: ['html'] })
  return (req: IncomingMessage, res: ServerResponse) =>
    serve(req, res, () => {
      const notFound = path.join(dir, '404.html')
      res.statusCode = 404
      res.setHeader('content-type', 'text/html; charset=utf-8')
      if (fs.existsSync(notFound)) fs.createReadStream(notFound).pipe(res)
      else res.end('Sidan finns inte.')
    })
}
