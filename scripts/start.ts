/**
 * `npm start`: everything a newcomer needs, in one command.
 *  1. migrates the database (the embedded SQLite file under data/ is created on first run),
 *  2. creates the first admin from ADMIN_EMAIL/ADMIN_PASSWORD if set, and seeds demo content into an empty database,
 *  3. starts the publishing service (cms/site-build/service.ts): builds the site's code and every page,
 *     and from then on publishes each change in about a second,
 *  4. builds the admin (Next.js) when its build is missing or older than the CMS code,
 *  5. serves the admin on :3000 (cms/server.ts) and the live site on :4321 (from the publisher's store), both on
 *     HOST (127.0.0.1 unless set), and prints both addresses. On any other address, with no account yet and no
 *     ADMIN_EMAIL, it prints a one-time setup code that the first-user screen asks for.
 * `npm run dev` runs the admin with `next dev` (hot reload) instead of a production build.
 * Ctrl-C stops everything this started.
 */
import './production-mode'

import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import path from 'node:path'

import { adminOrigins } from '../cms/admin-origins'
import { ensureAdminFromEnv } from '../cms/bootstrap'
import { listenHost, setupTokenRequired } from '../cms/collections/Users/first-admin'
import { adminBuildIsCurrent, nextBin as nextBinIn } from './admin-build'
import { getCms } from '../cms/get-cms'
import { isEmpty, seed } from '../cms/seed'
import { siteDir } from '../cms/site-build/folders'
import { startPublishingService } from '../cms/site-build/service'
import { createSiteHandler } from '../site/publisher/server'
import { waitForHttp } from './net'

const root = path.resolve(import.meta.dirname, '..')
const dev = process.argv.includes('--dev')
const CMS_PORT = Number(process.env.CMS_PORT ?? 3000)
const SITE_PORT = Number(process.env.SITE_PORT ?? 4321)
const HOST = listenHost()
const shownHost = HOST === '0.0.0.0' || HOST === '::' ? 'localhost' : HOST.includes(':') ? `[${HOST}]` : HOST
const children: ChildProcess[] = []
const step = (text: string) => console.log(`\n▶ ${text}`)

process.env.PROJECT_ROOT = root
process.env.NEXT_TELEMETRY_DISABLED = '1'
process.env.ASTRO_TELEMETRY_DISABLED = '1'

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
    children.push(child)
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? code})`)),
    )
  })
}

function stopAll(code = 0) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM')
  process.exit(code)
}
process.on('SIGINT', () => stopAll(0))
process.on('SIGTERM', () => stopAll(0))

try {
  step('Preparing the database (migrations)')
  const payload = await getCms()
  const admin = await ensureAdminFromEnv(payload)
  if (admin) console.log(`  Created the admin account ${admin} from ADMIN_EMAIL.`)
  // Reachable from other machines and nobody has an account: the first-user screen asks for this code.
  const needsSetupCode = setupTokenRequired() && (await payload.count({ collection: 'users', overrideAccess: true })).totalDocs === 0
  if (needsSetupCode) process.env.SETUP_TOKEN ||= randomBytes(12).toString('base64url')
  if (await isEmpty(payload)) {
    step('Empty database: adding the demo content')
    await seed(payload, { rebuild: false })
  }
  step('Building the site (the publisher starts with a full build)')
  const buildStarted = performance.now()
  const service = await startPublishingService(payload, { listen: true, log: (line) => console.log(`  [publisher] ${line}`) })
  console.log(
    `  ${service.publisher.live ? Object.keys(service.publisher.live.files).length : 0} files in ${((performance.now() - buildStarted) / 1000).toFixed(1)} s`,
  )

  const nextBin = nextBinIn(root)
  if (!dev && !adminBuildIsCurrent(root)) {
    step('Building the admin (Next.js; about a minute on first run)')
    await run(process.execPath, [nextBin, 'build', 'cms'])
  }

  step('Starting the servers')
  const admin$ = spawn(process.execPath, ['--import', 'tsx/esm', 'cms/server.ts', ...(dev ? ['--dev'] : []), '--port', String(CMS_PORT)], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NODE_ENV: dev ? 'development' : 'production', PUBLISHER_URL: service.url! },
  })
  children.push(admin$)
  admin$.on('exit', (code) => {
    console.error(`The admin server stopped (${code}).`)
    stopAll(1)
  })

  const site = http.createServer(createSiteHandler({ siteDir: siteDir(), codeDir: () => service.publisher.codeDir }))
  await new Promise<void>((resolve) => site.listen(SITE_PORT, HOST, resolve))
  await waitForHttp(`http://${shownHost}:${CMS_PORT}/admin`, dev ? 180_000 : 60_000)

  console.log(`
  Ready.
    Admin (Payload):   http://${shownHost}:${CMS_PORT}/admin
    Public site:       http://${shownHost}:${SITE_PORT}
${needsSetupCode ? `    Setup code for the first account: ${process.env.SETUP_TOKEN}   (asked for on the first-user screen; valid until an account exists)\n` : ''}${
    setupTokenRequired() && !process.env.CMS_PUBLIC_URL
      ? `    Reachable from other machines: set CMS_PUBLIC_URL to the admin's address as browsers reach it; sign-ins are accepted only from ${adminOrigins().join(' and ')}.\n`
      : ''
  }  Publishing in the admin updates the public site in about a second (see Inställningar → Publicering av webbplatsen).
  Ctrl-C stops both servers.
`)
} catch (error) {
  console.error(`\n✖ ${(error as Error).message}`)
  stopAll(1)
}
