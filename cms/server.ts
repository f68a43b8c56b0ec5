/**
 * The admin's server: Next.js (the Payload admin and API in cms/) behind a plain Node HTTP server, so that two
 * things are decided here and not by whoever sends the request:
 *  - the address it listens on: HOST, 127.0.0.1 unless configured (a fresh install is not on the network);
 *  - who the client is: the connection's address, or with TRUSTED_PROXIES the address those proxies forwarded,
 *    passed on in X-Client-Address (any such header the client sent is replaced). Rate limits count by it.
 * Run from the project's root: `node --import tsx/esm cms/server.ts [--dev] [--port 3000]` (npm start does).
 */
import http from 'node:http'
import path from 'node:path'

import next from 'next'

import { CLIENT_ADDRESS_HEADER, clientAddressOf, trustedProxies } from '../shared/security/client-address'
import { listenHost } from './collections/Users/first-admin'

const args = process.argv.slice(2)
const dev = args.includes('--dev')
const portArg = args.indexOf('--port')
const port = Number(portArg >= 0 ? args[portArg + 1] : (process.env.CMS_PORT ?? 3000))
const hostname = listenHost()

// Next keys its build by the app folder relative to the working directory: run from the root, with dir 'cms'.
const app = next({ dev, dir: path.relative(process.cwd(), path.resolve(import.meta.dirname)) || '.', hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

const proxies = trustedProxies()
http
  .createServer((req, res) => {
    const forwardedFor = req.headers['x-forwarded-for']
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(
      req.socket.remoteAddress,
      Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor,
      proxies,
    )
    void handle(req, res)
  })
  .listen(port, hostname, () =>
    console.log(`  Admin server listening on http://${hostname.includes(':') ? `[${hostname}]` : hostname}:${port}`),
  )
