import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'

import { CLIENT_ADDRESS_HEADER, clientAddressOf, trustedProxies } from '../../shared/security/client-address'

/**
 * The CMS's REST API on a local port, as the admin's server (cms/server.ts) mounts it under /api but without
 * building the Next.js admin: enough for a browser on the static site to post forms to the CMS. Like that server,
 * it says who the client is in X-Client-Address, from the connection and TRUSTED_PROXIES, replacing any such
 * header the client sent. Import after startTestCms() (the config reads the environment).
 */
export async function serveApi(port = 0): Promise<{ url: string; close: () => void }> {
  const { restHandlers } = await import('../../cms/api-guard')
  const config = (await import('../../cms/payload.config')).default
  const handlers: Record<string, ReturnType<typeof restHandlers>['GET']> = restHandlers(config)
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`)
    const handler = handlers[req.method ?? 'GET']
    if (!url.pathname.startsWith('/api/') || !handler) {
      res.writeHead(404).end()
      return
    }
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value)
    headers.set(CLIENT_ADDRESS_HEADER, clientAddressOf(req.socket.remoteAddress, headers.get('x-forwarded-for'), trustedProxies()))
    const hasBody = !['GET', 'HEAD', 'OPTIONS'].includes(req.method ?? 'GET')
    const request = new Request(url, {
      method: req.method,
      headers,
      body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
      duplex: 'half',
    } as RequestInit)
    const response = await handler(request, { params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }) })
    res.writeHead(response.status, Object.fromEntries(response.headers))
    res.end(Buffer.from(await response.arrayBuffer()))
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() }
}
