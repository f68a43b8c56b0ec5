/**
 * `npm run bench [-- --docs 10000 --edits 12]`: measures the publishing pipeline on a synthetic corpus in a
 * temporary database (20 % pages, 80 % reports, plus the demo content):
 *  1. a full site build from the CMS: wall time and peak memory (clean caches);
 *  2. the same site built from a JSON export without the CMS: the CMS's overhead ratio;
 *  3. publish-to-live latency: the admin server (Next, with its jobs runner) and the site server run as in
 *     `npm start`; a report's title is changed through the REST API and the clock stops when the site serves it.
 * Prints a table and writes bench/results/<date>T<hhmm>.json. Figures depend on the machine: quote them with it.
 */
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({ options: { docs: { type: 'string', default: '10000' }, edits: { type: 'string', default: '12' } } })
const DOCS = Number(values.docs)
const EDITS = Math.max(10, Number(values.edits))
const root = path.resolve(import.meta.dirname, '..')
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-'))
process.env.DATA_DIR = work
process.env.PAYLOAD_SECRET ??= 'bench-only-secret-0123456789abcdef0123456789'
process.env.PROJECT_ROOT = root
process.env.SITE_REBUILD = 'off' // no rebuild jobs while the corpus is created
delete process.env.DATABASE_URL

const { getCms } = await import('../cms/get-cms')
const { seed } = await import('../cms/seed')
const { paragraph } = await import('../shared/lexical')
const { countPages } = await import('../cms/site-build/folders')

const log = (text: string) => console.log(`[bench] ${text}`)
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]

// 1. The corpus.
const payload = await getCms()
await seed(payload, { rebuild: false })
const started = performance.now()
const pageCount = Math.round(DOCS * 0.2)
const parents: (number | string)[] = []
for (let i = 0; i < DOCS; i++) {
  if (i < pageCount) {
    const parent = i % 50 === 0 || parents.length === 0 ? undefined : parents[i % parents.length]
    const page = await payload.create({
      collection: 'pages',
      data: { title: `Syntetisk sida ${i}`, slug: `sida-${i}`, lead: `Ingress för sida ${i}.`, parent, layout: [{ blockType: 'richText', content: paragraph(`Text på sida ${i}.`) }], _status: 'published' } as never,
      overrideAccess: true,
      context: { skipRebuild: true },
    })
    if (!parent) parents.push(page.id)
  } else {
    await payload.create({
      collection: 'reports',
      data: { title: `Syntetisk rapport ${i}`, slug: `rapport-${i}`, publishedDate: new Date(Date.UTC(2000 + (i % 25), i % 12, 1 + (i % 28))).toISOString(), summary: paragraph(`Sammanfattning av rapport ${i}.`), _status: 'published' } as never,
      overrideAccess: true,
      context: { skipRebuild: true },
    })
  }
  if ((i + 1) % 1000 === 0) log(`${i + 1} documents created`)
}
log(`corpus of ${DOCS} documents created in ${((performance.now() - started) / 1000).toFixed(0)} s`)

// 2. Export the same published content to JSON, for the build without a CMS.
const { contentSource } = await import('../site/lib/cms-source')
const jsonDir = path.join(work, 'json')
fs.mkdirSync(path.join(jsonDir, 'globals'), { recursive: true })
for (const collection of ['pages', 'reports', 'datasets', 'topics', 'privacy-notices', 'media', 'documents'] as const) {
  fs.writeFileSync(path.join(jsonDir, `${collection}.json`), JSON.stringify(await contentSource().findAll(collection)))
}
for (const slug of ['site-settings', 'navigation'] as const) fs.writeFileSync(path.join(jsonDir, `globals/${slug}.json`), JSON.stringify(await contentSource().findGlobal(slug)))
for (const collection of ['media', 'documents']) fs.cpSync(path.join(work, 'uploads', collection), path.join(jsonDir, 'uploads', collection), { recursive: true })

/** Runs `npm run build`'s script under GNU time: wall seconds, peak resident memory, pages written. */
async function timed(label: string, env: Record<string, string> = {}) {
  const out = path.join(work, `build-${label}`)
  const stderrFile = path.join(work, `time-${label}.txt`)
  execFileSync('/bin/sh', ['-c', `/usr/bin/time -f 'TIME %e %M' "$0" --import tsx/esm scripts/build-site.ts > /dev/null 2> "${stderrFile}"`, process.execPath], {
    cwd: root,
    env: { ...process.env, SITE_OUT_DIR: out, ASTRO_CACHE_DIR: path.join(work, `cache-${label}`), CI: '1', ...env },
  })
  const line = fs.readFileSync(stderrFile, 'utf8').split('\n').find((l) => l.startsWith('TIME '))!
  const [, seconds, kb] = line.split(' ')
  const pages = await countPages(path.join(out, 'client'))
  return { seconds: Number(seconds), peakMB: Math.round(Number(kb) / 1024), pages }
}

log('full build from the CMS (clean caches)…')
const full = await timed('cms')
log(`  ${full.pages} pages in ${full.seconds} s, peak ${full.peakMB} MB`)
log('the same build from JSON, without the CMS…')
const plain = await timed('json', { CONTENT_JSON_DIR: jsonDir })
log(`  ${plain.pages} pages in ${plain.seconds} s, peak ${plain.peakMB} MB`)

// 3. Publish-to-live latency on the running system.
const { adminBuildIsCurrent, nextBin } = await import('./admin-build')
const { createSiteHandler } = await import('./serve-site')
if (!adminBuildIsCurrent(root)) execFileSync(process.execPath, [nextBin(root), 'build', 'cms'], { cwd: root, stdio: 'inherit' })
delete process.env.SITE_REBUILD
const { freePort, waitForHttp } = await import('./net')
const cmsPort = await freePort()
const sitePort = await freePort()
const cms = payload
await cms.create({ collection: 'users', data: { email: 'bench@example.se', password: 'bench-losenord-123', roles: ['admin'] }, overrideAccess: true })
const { runSiteBuild } = await import('../cms/site-build/runner')
const { liveLink } = await import('../cms/site-build/folders')
log('first live build (fills the incremental cache)…')
const first = await runSiteBuild(cms, { reason: 'bench' })
if (first.status !== 'succeeded') throw new Error(`first live build failed:\n${first.logTail}`)
const admin = spawn(process.execPath, [nextBin(root), 'start', 'cms', '--port', String(cmsPort)], { cwd: root, env: { ...process.env, NODE_ENV: 'production' }, stdio: 'ignore', detached: true })
const stopAdmin = () => {
  if (admin.exitCode === null) process.kill(-admin.pid!, 'SIGTERM')
}
process.on('exit', stopAdmin)
admin.on('exit', (code) => {
  if (code !== null && code !== 0) {
    console.error(`[bench] the admin server stopped (${code})`)
    process.exit(1)
  }
})
const site = http.createServer(createSiteHandler(liveLink()))
await new Promise<void>((r) => site.listen(sitePort, r))
const base = `http://localhost:${cmsPort}`
await waitForHttp(`${base}/admin`, 120_000)
const login = await (await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'bench@example.se', password: 'bench-losenord-123' }) })).json()
const auth = { authorization: `JWT ${login.token}`, 'content-type': 'application/json' }
const target = (await (await fetch(`${base}/api/reports?where[slug][equals]=rapport-${DOCS - 1}&depth=0`, { headers: auth })).json()).docs[0]
const latencies: number[] = []
for (let n = 1; n <= EDITS; n++) {
  const title = `Redigerad rapport ${n} ${Date.now()}`
  const t0 = performance.now()
  const response = await fetch(`${base}/api/reports/${target.id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ title, _status: 'published' }) })
  if (!response.ok) throw new Error(`publish failed: ${response.status}`)
  for (;;) {
    const html = await (await fetch(`http://localhost:${sitePort}/publikationer/${target.slug}/`)).text()
    if (html.includes(title)) break
    if (performance.now() - t0 > 180_000) throw new Error('the edit never went live')
    await new Promise((r) => setTimeout(r, 100))
  }
  latencies.push((performance.now() - t0) / 1000)
  log(`  edit ${n}: live after ${latencies.at(-1)!.toFixed(2)} s`)
}
stopAdmin()
site.close()

const results = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
  documents: DOCS,
  fullBuild: full,
  jsonBuild: plain,
  overheadRatio: Number((full.seconds / plain.seconds).toFixed(2)),
  publishToLive: { edits: EDITS, p50: Number(median(latencies).toFixed(2)), p95: Number(percentile(latencies, 95).toFixed(2)), all: latencies.map((l) => Number(l.toFixed(2))) },
  targets: { fullBuildSeconds: 45, peakMB: 1024, p50: 3, p95: 5 },
}
// One file per run: <date>T<hhmm>.json (UTC).
const file = path.join(root, 'bench/results', `${results.date.slice(0, 10)}T${results.date.slice(11, 16).replace(':', '')}.json`)
fs.mkdirSync(path.dirname(file), { recursive: true })
fs.writeFileSync(file, JSON.stringify(results, null, 2) + '\n')
console.table({
  'full build (s)': { measured: full.seconds, target: '≤ 45' },
  'peak memory (MB)': { measured: full.peakMB, target: '≤ 1024' },
  'JSON build (s)': { measured: plain.seconds, target: '' },
  'CMS overhead (×)': { measured: results.overheadRatio, target: '' },
  'publish-to-live p50 (s)': { measured: results.publishToLive.p50, target: '≤ 3' },
  'publish-to-live p95 (s)': { measured: results.publishToLive.p95, target: '≤ 5' },
})
log(`results written to ${path.relative(root, file)}`)
fs.rmSync(work, { recursive: true, force: true })
process.exit(0)
