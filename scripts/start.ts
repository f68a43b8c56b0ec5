/**
 * `npm start`: everything a newcomer needs, in one command.
 *  1. migrates the database (the embedded SQLite file under data/ is created on first run),
 *  2. creates the first admin from ADMIN_EMAIL/ADMIN_PASSWORD if set, and seeds demo content into an empty database,
 *  3. builds the admin (Next.js) when its build is missing or older than the CMS code, and the static site,
 *  4. serves the admin on :3000 (whose jobs runner rebuilds the site on every publish) and the live static
 *     build on :4321, and prints both addresses.
 * `npm run dev` runs the admin with `next dev` (hot reload) instead of a production build.
 * Ctrl-C stops everything this started.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import http from 'node:http'
import path from 'node:path'

import { ensureAdminFromEnv } from '../cms/bootstrap'
import { adminBuildIsCurrent, nextBin as nextBinIn } from './admin-build'
import { getCms } from '../cms/get-cms'
import { isEmpty, seed } from '../cms/seed'
import { liveLink } from '../cms/site-build/folders'
import { runSiteBuild } from '../cms/site-build/runner'
import { waitForHttp } from './net'
import { createSiteHandler } from './serve-site'

const root = path.resolve(import.meta.dirname, '..')
const dev = process.argv.includes('--dev')
const CMS_PORT = Number(process.env.CMS_PORT ?? 3000)
const SITE_PORT = Number(process.env.SITE_PORT ?? 4321)
const children: ChildProcess[] = []
const step = (text: string) => console.log(`\n▶ ${text}`)

process.env.PROJECT_ROOT = root
process.env.NEXT_TELEMETRY_DISABLED = '1'
process.env.ASTRO_TELEMETRY_DISABLED = '1'

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
    children.push(child)
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? code})`))))
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
  if (await isEmpty(payload)) {
    step('Empty database: adding the demo content')
    await seed(payload, { rebuild: false })
  }
  step('Building the static site')
  const build = await runSiteBuild(payload, { reason: 'npm start' })
  if (build.status === 'succeeded') console.log(`  ${build.pages} pages in ${((build.durationMs ?? 0) / 1000).toFixed(1)} s`)
  else console.error(`  The build failed: ${build.error}\n${build.logTail}\n  The previous build (if any) stays online.`)
  await payload.destroy()

  const nextBin = nextBinIn(root)
  if (!dev && !adminBuildIsCurrent(root)) {
    step('Building the admin (Next.js; about a minute on first run)')
    await run(process.execPath, [nextBin, 'build', 'cms'])
  }

  step('Starting the servers')
  const admin$ = spawn(process.execPath, [nextBin, dev ? 'dev' : 'start', 'cms', '--port', String(CMS_PORT)], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NODE_ENV: dev ? 'development' : 'production' },
  })
  children.push(admin$)
  admin$.on('exit', (code) => {
    console.error(`The admin server stopped (${code}).`)
    stopAll(1)
  })

  const site = http.createServer(createSiteHandler(liveLink()))
  await new Promise<void>((resolve) => site.listen(SITE_PORT, resolve))
  await waitForHttp(`http://localhost:${CMS_PORT}/admin`, dev ? 180_000 : 60_000)

  console.log(`
  Ready.
    Admin (Payload):   http://localhost:${CMS_PORT}/admin
    Public site:       http://localhost:${SITE_PORT}
  Publishing in the admin rebuilds the public site (see Inställningar → Publicering av webbplatsen).
  Ctrl-C stops both servers.
`)
} catch (error) {
  console.error(`\n✖ ${(error as Error).message}`)
  stopAll(1)
}
