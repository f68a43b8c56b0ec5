import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { BuildRecord } from '../cms/site-build/runner'
import { paragraph, startTestCms, type TestCms } from './helpers/cms'
import { projectRoot, runToEnd } from './helpers/processes'

/**
 * Publishing rebuilds the site through the jobs queue; builds are atomic (a failed or killed build leaves the
 * live site as it was), kept for rollback, and incremental (yet equal to a clean full build).
 */
let cms: TestCms
let runner: typeof import('../cms/site-build/runner')
let folders: typeof import('../cms/site-build/folders')

/** Every file of the live site with the hash of its content: what a visitor could get. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const name of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const full = path.join(dir, name)
    if (fs.statSync(full).isFile()) files[name] = createHash('sha256').update(fs.readFileSync(full)).digest('hex')
  }
  return files
}
const live = () => fs.realpathSync(folders.liveLink())
const livePage = (route: string) => fs.readFileSync(path.join(folders.liveStaticDir(), route, 'index.html'), 'utf8')
const builds = async () => ((await cms.payload.findGlobal({ slug: 'site-build', overrideAccess: true })).builds ?? []) as BuildRecord[]
const pendingRebuilds = async () =>
  (await cms.payload.count({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: 'rebuildSite' } }, { completedAt: { exists: false } }] }, overrideAccess: true })).totalDocs

/** Runs queued rebuilds the way the admin server's runner does: one at a time, checking every second. */
async function runQueueUntilEmpty(timeoutMs = 90_000) {
  const until = Date.now() + timeoutMs
  while ((await pendingRebuilds()) > 0) {
    if (Date.now() > until) throw new Error('rebuild jobs still pending')
    await cms.payload.jobs.run({ queue: 'site-build', limit: 1 })
    await new Promise((r) => setTimeout(r, 500))
  }
}

const reportBySlug = async (slug: string) => (await cms.payload.find({ collection: 'reports', where: { slug: { equals: slug } }, overrideAccess: true })).docs[0]

beforeAll(async () => {
  process.env.SITE_REBUILD_DEBOUNCE_MS = '1000'
  cms = await startTestCms()
  runner = await import('../cms/site-build/runner')
  folders = await import('../cms/site-build/folders')
  const { seed } = await import('../cms/seed')
  await seed(cms.payload, { rebuild: false })
  const first = await runner.runSiteBuild(cms.payload, { reason: 'första bygget' })
  expect(first.status, first.logTail ?? '').toBe('succeeded')
}, 180_000)
afterAll(async () => cms?.stop())

describe('atomic builds', () => {
  it('records a failed build with its error and log, and leaves the live site exactly as it was', async () => {
    const before = snapshot(live())
    const failing = [process.execPath, '-e', "const fs=require('fs');fs.mkdirSync(process.env.SITE_OUT_DIR,{recursive:true});fs.writeFileSync(process.env.SITE_OUT_DIR+'/index.html','trasig');console.error('Fel: sidmallen saknas');process.exit(1)"]
    const record = await runner.runSiteBuild(cms.payload, { reason: 'test: fel', command: failing })
    expect(record).toMatchObject({ status: 'failed', error: 'The build failed (exit code 1).' })
    expect(record.logTail).toContain('Fel: sidmallen saknas')
    expect(snapshot(live())).toEqual(before)
    expect(fs.existsSync(path.join(folders.buildsDir(), record.buildId))).toBe(false)
    expect((await builds())[0]).toMatchObject({ buildId: record.buildId, status: 'failed' })
  })

  it('leaves the live site intact when a build is killed with SIGKILL', async () => {
    const before = snapshot(live())
    const record = await runner.runSiteBuild(cms.payload, { reason: 'test: dödat', onSpawn: (child) => setTimeout(() => child.kill('SIGKILL'), 2500) })
    expect(record).toMatchObject({ status: 'failed', error: 'The build was stopped (SIGKILL).' })
    expect(snapshot(live())).toEqual(before)
    expect(fs.existsSync(path.join(folders.buildsDir(), record.buildId))).toBe(false)
  })
})

describe('rebuild on publish', () => {
  it('coalesces twenty saves within five seconds into at most two builds, and shows the last one', async () => {
    const report = await reportBySlug('regionalt-tillvaxtarbete-2017')
    const buildsBefore = (await builds()).length
    let running = true
    const runnerLoop = (async () => {
      while (running) {
        await cms.payload.jobs.run({ queue: 'site-build', limit: 1 })
        await new Promise((r) => setTimeout(r, 1000))
      }
    })()
    for (let i = 1; i <= 20; i++) {
      await cms.payload.update({ collection: 'reports', id: report.id, data: { subtitle: `Version ${i}` }, overrideAccess: true })
      await new Promise((r) => setTimeout(r, 240))
    }
    await new Promise((r) => setTimeout(r, 1500))
    while ((await pendingRebuilds()) > 0) await new Promise((r) => setTimeout(r, 500))
    running = false
    await runnerLoop
    const newBuilds = (await builds()).length - buildsBefore
    expect(newBuilds).toBeGreaterThanOrEqual(1)
    expect(newBuilds).toBeLessThanOrEqual(2)
    expect(livePage('publikationer/regionalt-tillvaxtarbete-2017')).toContain('Version 20')
  }, 120_000)

  it('does not rebuild for a draft, and rebuilds when a report is unpublished', async () => {
    const report = await reportBySlug('tillstand-och-trender-for-regional-tillvaxt-2018')
    await cms.payload.update({ collection: 'reports', id: report.id, data: { title: 'Utkast som inte ska synas' }, draft: true, overrideAccess: true })
    expect(await pendingRebuilds()).toBe(0)
    await cms.payload.update({ collection: 'reports', id: report.id, data: { _status: 'draft' }, overrideAccess: true })
    expect(await pendingRebuilds()).toBe(1)
    await runQueueUntilEmpty()
    expect(fs.existsSync(path.join(folders.liveStaticDir(), 'publikationer/tillstand-och-trender-for-regional-tillvaxt-2018'))).toBe(false)
    expect(livePage('publikationer')).not.toContain('Utkast som inte ska synas')
  }, 120_000)

  it('keeps a queued rebuild across a restart: a new CMS process picks it up', async () => {
    const report = await reportBySlug('politik-for-utvecklingskraft-i-hela-sverige')
    await cms.payload.update({ collection: 'reports', id: report.id, data: { title: 'Politik för utvecklingskraft (omstart)' }, overrideAccess: true })
    expect(await pendingRebuilds()).toBe(1)
    await new Promise((r) => setTimeout(r, 1200)) // past the debounce
    await runToEnd([path.join(projectRoot, 'node_modules/payload/bin.js'), 'jobs:run', '--queue', 'site-build'], { ...process.env, PAYLOAD_CONFIG_PATH: 'cms/payload.config.ts' })
    expect(await pendingRebuilds()).toBe(0)
    expect(livePage('publikationer')).toContain('Politik för utvecklingskraft (omstart)')
  }, 120_000)

  it('publishes a scheduled report and rebuilds the site', async () => {
    const draft = await cms.payload.create({
      collection: 'reports',
      data: { title: 'Schemalagd rapport', slug: 'schemalagd', publishedDate: '2026-12-01', summary: paragraph('Publiceras automatiskt.'), _status: 'draft' } as never,
      overrideAccess: true,
    })
    await cms.payload.jobs.queue({ task: 'schedulePublish', input: { type: 'publish', doc: { relationTo: 'reports', value: draft.id } }, waitUntil: new Date(Date.now() + 1000) })
    await new Promise((r) => setTimeout(r, 1200))
    await cms.payload.jobs.run({ queue: 'default' })
    expect((await cms.payload.findByID({ collection: 'reports', id: draft.id, overrideAccess: true }))._status).toBe('published')
    await runQueueUntilEmpty()
    expect(livePage('publikationer/schemalagd')).toContain('Schemalagd rapport')
  }, 120_000)
})

describe('rollback', () => {
  it('keeps the last three good builds and shows an earlier one again', async () => {
    const history = await builds()
    const kept = history.filter((b) => b.kept)
    expect(kept.length).toBe(3)
    expect(fs.readdirSync(folders.buildsDir()).filter((f) => f !== 'node_modules').sort()).toEqual(kept.map((b) => b.buildId).sort())
    const earlier = kept[1]
    await runner.rollbackTo(cms.payload, earlier.buildId)
    expect(path.basename(live())).toBe(earlier.buildId)
    expect((await cms.payload.findGlobal({ slug: 'site-build', overrideAccess: true })).liveBuild).toBe(earlier.buildId)
    await expect(runner.rollbackTo(cms.payload, 'finns-inte')).rejects.toThrow(/finns inte kvar/)
  })
})

describe('incremental builds', () => {
  it('after edits, creates, unpublishes and deletes, equal a clean full build of the same content', async () => {
    const { payload } = cms
    const section = (await payload.find({ collection: 'pages', where: { path: { equals: '/samordning-och-uppfoljning/' } }, overrideAccess: true })).docs[0]
    const steps: (() => Promise<unknown>)[] = [
      async () => payload.update({ collection: 'reports', id: (await reportBySlug('regionalt-tillvaxtarbete-2017')).id, data: { summary: paragraph('En ny sammanfattning.') }, overrideAccess: true }),
      async () => payload.create({ collection: 'pages', data: { title: 'Ny undersida', parent: section.id, lead: 'Helt ny.', _status: 'published' } as never, overrideAccess: true }),
      async () => {
        const sub = (await payload.find({ collection: 'pages', where: { slug: { equals: 'stod-till-statliga-myndigheter' } }, overrideAccess: true })).docs[0]
        return payload.update({ collection: 'pages', id: sub.id, data: { _status: 'draft' }, overrideAccess: true })
      },
      async () => payload.delete({ collection: 'reports', id: (await reportBySlug('eu-strategin-for-ostersjoregionen-lagesbild-2020')).id, overrideAccess: true }),
      async () => payload.updateGlobal({ slug: 'navigation', data: { items: [{ label: 'Publikationer', linkType: 'external', url: '/publikationer/' }] }, overrideAccess: true }),
      // Documents shown inside pages: a dataset (statistics block) and a privacy notice (question form).
      async () => {
        const dataset = (await payload.find({ collection: 'datasets', where: { slug: { equals: 'befolkning' } }, overrideAccess: true })).docs[0]
        const observations = (dataset.observations as { region: string; year: number; value: number }[]).map((o) => (o.region === '23' && o.year === 2024 ? { ...o, value: 999999 } : o))
        return payload.update({ collection: 'datasets', id: dataset.id, data: { observations }, overrideAccess: true })
      },
      async () => {
        const notice = (await payload.find({ collection: 'privacy-notices', overrideAccess: true })).docs[0]
        return payload.update({ collection: 'privacy-notices', id: notice.id, data: { summary: 'En ändrad sammanfattning av hur vi behandlar adressen.' }, overrideAccess: true })
      },
    ]
    let restored = 0
    for (const step of steps) {
      await step()
      const record = await runner.runSiteBuild(payload, { reason: 'test: inkrementellt' })
      expect(record.status, record.logTail ?? '').toBe('succeeded')
      restored += record.pagesReused ?? 0
    }
    expect(restored).toBeGreaterThan(0)

    const full = path.join(cms.dataDir, 'full-build')
    await runToEnd(['--import', 'tsx/esm', 'scripts/build-site.ts'], { ...process.env, SITE_OUT_DIR: full, ASTRO_CACHE_DIR: path.join(cms.dataDir, 'fresh-cache') })
    // What visitors get: the static site (the preview server bundle is rebuilt in full each time anyway).
    const incremental = snapshot(path.join(live(), 'client'))
    const clean = snapshot(path.join(full, 'client'))
    expect(Object.keys(incremental).sort()).toEqual(Object.keys(clean).sort())
    expect(incremental).toEqual(clean)
    expect(livePage('samordning-och-uppfoljning/ny-undersida')).toContain('Helt ny.')
    const followUp = livePage('samordning-och-uppfoljning/uppfoljning-av-regionalt-tillvaxtarbete')
    expect(followUp).toMatch(/999\s999/)
    expect(followUp).toContain('En ändrad sammanfattning av hur vi behandlar adressen.')
  }, 240_000)
})
