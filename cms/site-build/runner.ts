import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { STATIC_DIR } from '../../shared/build-layout'
import { projectRoot } from '../paths'
import { buildsDir, countPages, liveBuildId, newBuildId, switchLiveTo } from './folders'

export type BuildStatus = 'running' | 'succeeded' | 'failed'
export type BuildRecord = {
  buildId: string
  status: BuildStatus
  reason?: string | null
  startedAt: string
  finishedAt?: string | null
  durationMs?: number | null
  pages?: number | null
  /** Pages Astro reused from the previous build instead of rendering them again (incremental build). */
  pagesReused?: number | null
  kept?: boolean | null
  error?: string | null
  logTail?: string | null
}

/** Good builds kept on disk (the live one included), so an admin can roll back. */
export const KEEP_GOOD_BUILDS = 3
const HISTORY = 20
const LOG_TAIL_LINES = 40
const BUILD_TIMEOUT_MS = 15 * 60 * 1000

export type BuildOptions = {
  reason: string
  /** The command that builds the site into SITE_OUT_DIR; the default is `npm run build`'s script. Tests inject others. */
  command?: string[]
  /** Called with the build process once it runs (tests kill it). */
  onSpawn?: (child: ChildProcess) => void
}

const defaultCommand = () => [process.execPath, '--import', 'tsx/esm', path.join(projectRoot, 'scripts/build-site.ts')]

// One build at a time in this process; the jobs queue's concurrency control keeps it to one across the queue.
let chain: Promise<unknown> = Promise.resolve()

/**
 * Builds the public site into a fresh folder and makes it live only when the build succeeded.
 * A failed or killed build is recorded with its error and log tail; the live site stays exactly as it was.
 */
export function runSiteBuild(payload: Payload, options: BuildOptions): Promise<BuildRecord> {
  return serialised(() => buildOnce(payload, options))
}

/** Builds and rollbacks one after another, so the live link and the recorded live build always agree. */
function serialised<T>(work: () => Promise<T>): Promise<T> {
  const next = chain.then(work)
  chain = next.catch(() => undefined)
  return next
}

async function buildOnce(payload: Payload, { reason, command = defaultCommand(), onSpawn }: BuildOptions): Promise<BuildRecord> {
  const buildId = newBuildId()
  const outDir = path.join(buildsDir(), buildId)
  await fs.mkdir(buildsDir(), { recursive: true })
  const started = new Date()
  const record: BuildRecord = { buildId, status: 'running', reason, startedAt: started.toISOString() }
  await saveRecord(payload, record)

  try {
    return await finishBuild(payload, record, outDir, started, await runCommand(command, { SITE_OUT_DIR: outDir }, onSpawn))
  } catch (error) {
    // Whatever went wrong after the build (switching, recording), it must not stay "running" for ever.
    Object.assign(record, { status: 'failed', error: `The build could not be completed: ${(error as Error).message}`, finishedAt: new Date().toISOString() })
    await saveRecord(payload, record).catch(() => undefined)
    if ((await liveBuildId()) !== buildId) await fs.rm(outDir, { recursive: true, force: true })
    return record
  }
}

async function finishBuild(
  payload: Payload,
  record: BuildRecord,
  outDir: string,
  started: Date,
  { code, signal, log, reused }: Awaited<ReturnType<typeof runCommand>>,
): Promise<BuildRecord> {
  const { buildId } = record
  const finished = new Date()
  Object.assign(record, { finishedAt: finished.toISOString(), durationMs: finished.getTime() - started.getTime(), logTail: tail(log) })

  const wroteSite = code === 0 && (await exists(path.join(outDir, STATIC_DIR, 'index.html')))
  if (wroteSite) {
    record.pages = await countPages(path.join(outDir, STATIC_DIR))
    record.pagesReused = reused
    await switchLiveTo(buildId)
    Object.assign(record, { status: 'succeeded', kept: true })
    await saveRecord(payload, record, { liveBuild: buildId, liveSince: finished.toISOString(), liveContentAt: started.toISOString() })
    payload.logger.info(`site build ${buildId} is live (${record.pages} pages, ${record.durationMs} ms)`)
  } else {
    record.status = 'failed'
    record.error = signal ? `The build was stopped (${signal}).` : code === 0 ? 'The build wrote no start page.' : `The build failed (exit code ${code}).`
    await fs.rm(outDir, { recursive: true, force: true })
    await saveRecord(payload, record)
    payload.logger.error(`site build ${buildId} failed: ${record.error}`)
  }
  await pruneBuilds(payload)
  return record
}

function runCommand(command: string[], env: Record<string, string>, onSpawn?: (child: ChildProcess) => void) {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; log: string; reused: number }>((resolve) => {
    const [bin, ...args] = command
    const child = spawn(bin, args, { cwd: projectRoot, env: { ...process.env, ...env, CI: '1', NO_COLOR: '1', FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] })
    let log = ''
    let reused = 0
    const collect = (chunk: Buffer) => {
      const text = chunk.toString()
      // Astro lists each page it wrote; "(restored)" marks one copied from the previous build.
      reused += text.match(/\(restored\)/g)?.length ?? 0
      log = (log + text).slice(-20_000)
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    const timer = setTimeout(() => child.kill('SIGKILL'), BUILD_TIMEOUT_MS)
    child.on('error', (error) => collect(Buffer.from(String(error))))
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({ code, signal, log, reused })
    })
    onSpawn?.(child)
  })
}

const tail = (log: string) => log.trimEnd().split('\n').slice(-LOG_TAIL_LINES).join('\n')
const exists = (file: string) => fs.access(file).then(() => true, () => false)

type SiteBuildGlobal = { builds?: BuildRecord[] | null; liveBuild?: string | null }

async function readGlobal(payload: Payload): Promise<SiteBuildGlobal> {
  return (await payload.findGlobal({ slug: 'site-build', overrideAccess: true, depth: 0 })) as SiteBuildGlobal
}

/** Writes a build's record (newest first, the last 20 kept) and, on success, which build is live. */
async function saveRecord(payload: Payload, record: BuildRecord, live: Record<string, string> = {}) {
  const current = await readGlobal(payload)
  const others = (current.builds ?? []).filter((b) => b.buildId !== record.buildId).map(({ ...b }) => ({ ...b, id: undefined }))
  const builds = [{ ...record }, ...others].slice(0, HISTORY)
  await payload.updateGlobal({ slug: 'site-build', overrideAccess: true, data: { builds, ...live } as never, context: { skipRebuild: true } })
}

/** Builds recorded as running when the CMS (re)starts were cut off: they are marked failed, so their folders go. */
export async function failInterruptedBuilds(payload: Payload): Promise<void> {
  const current = await readGlobal(payload)
  if (!(current.builds ?? []).some((b) => b.status === 'running')) return
  const builds = (current.builds ?? []).map((b) => ({ ...b, id: undefined, ...(b.status === 'running' ? { status: 'failed', error: 'The CMS stopped during the build.' } : {}) }))
  await payload.updateGlobal({ slug: 'site-build', overrideAccess: true, data: { builds } as never, context: { skipRebuild: true } })
}

/** Keeps the newest good builds and the live one on disk; removes every other folder (failed, killed, old). */
async function pruneBuilds(payload: Payload) {
  const current = await readGlobal(payload)
  const live = await liveBuildId()
  const good = (current.builds ?? []).filter((b) => b.status === 'succeeded').map((b) => b.buildId)
  const keep = new Set([...good.slice(0, KEEP_GOOD_BUILDS), ...(live ? [live] : [])])
  const running = new Set((current.builds ?? []).filter((b) => b.status === 'running').map((b) => b.buildId))
  for (const folder of await fs.readdir(buildsDir())) {
    if (folder === 'node_modules') continue // the link that lets the preview code find its packages
    if (!keep.has(folder) && !running.has(folder)) await fs.rm(path.join(buildsDir(), folder), { recursive: true, force: true })
  }
  const builds = (current.builds ?? []).map((b) => ({ ...b, id: undefined, kept: keep.has(b.buildId) }))
  await payload.updateGlobal({ slug: 'site-build', overrideAccess: true, data: { builds } as never, context: { skipRebuild: true } })
}

/** Makes an earlier good build live again. */
export function rollbackTo(payload: Payload, buildId: string): Promise<void> {
  return serialised(() => rollbackOnce(payload, buildId))
}

async function rollbackOnce(payload: Payload, buildId: string): Promise<void> {
  const current = await readGlobal(payload)
  const build = (current.builds ?? []).find((b) => b.buildId === buildId)
  if (!build || build.status !== 'succeeded' || !(await exists(path.join(buildsDir(), buildId, STATIC_DIR, 'index.html')))) {
    throw new Error(`Bygget ${buildId} finns inte kvar och kan inte visas igen.`)
  }
  await switchLiveTo(buildId)
  await payload.updateGlobal({
    slug: 'site-build',
    overrideAccess: true,
    data: { liveBuild: buildId, liveSince: new Date().toISOString(), liveContentAt: build.startedAt } as never,
    context: { skipRebuild: true },
  })
}
