import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'

/**
 * Payload's REST API on a local port, as the admin server mounts it under /api but without building the Next.js
 * admin: enough for a browser on the static site to post forms to the CMS. Like Next.js, it appends the client's
 * address to X-Forwarded-For. Import after startTestCms() (the config reads the environment).
 */
export async function serveApi(port = 0): Promise<{ url: string; close: () => void }> {
  const rest = await import('@payloadcms/next/routes')
  const config = (await import('../../cms/payload.config')).default
  const handlers: Record<string, (config: never) => (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>> = {
    GET: rest.REST_GET as never,
    POST: rest.REST_POST as never,
    PATCH: rest.REST_PATCH as never,
    DELETE: rest.REST_DELETE as never,
    OPTIONS: rest.REST_OPTIONS as never,
  }
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`)
    const handler = handlers[req.method ?? 'GET']
    if (!url.pathname.startsWith('/api/') || !handler) {
      res.writeHead(404).end()
      return
    }
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value)
    headers.set('x-forwarded-for', [req.headers['x-forwarded-for'], req.socket.remoteAddress].filter(Boolean).join(', '))
    const hasBody = !['GET', 'HEAD', 'OPTIONS'].includes(req.method ?? 'GET')
    const request = new Request(url, { method: req.method, headers, body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined, duplex: 'half' } as RequestInit)
    const response = await handler(config as never)(request, { params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }) })
    res.writeHead(response.status, Object.fromEntries(response.headers))
    res.end(Buffer.from(await response.arrayBuffer()))
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() }
}
