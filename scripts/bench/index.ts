/**
 * `npm run bench [-- --docs 10000 --samples 50 --heavy-samples 50]`: measures publishing on a synthetic corpus in a
 * temporary database (20 % pages, 80 % reports, plus the demo content; `--docs 0` is the demo site alone):
 *  1. a clean full build (`npm run build`, a new process): wall time and the peak memory of its whole process tree
 *     (the resident set of every process in it, summed, sampled every 50 ms), and the same build from a JSON export;
 *  2. publish-to-live on the running system, `npm start` as a user runs it (admin server, publisher, site server):
 *     per class of edit, each sample's clock starts before the REST call and stops at the first site response
 *     showing the change (polled every 10 ms); the publisher's phase times are read from its log;
 *  3. twenty saves of one report within five seconds while the site is read ten times a second.
 * Prints a table and writes bench/results/<date>T<hhmm>.json. Figures depend on the machine: quote them with it.
 * `--skip-builds` leaves out step 1.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { runBuilds } from './builds'
import { createCorpus } from './corpus'
import { connect, measureBurst, measurePublishToLive } from './publish'
import { loadAverage, writeResults } from './report'
import { startSystem } from './system'

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '10000' },
    samples: { type: 'string', default: '50' },
    'heavy-samples': { type: 'string' },
    'skip-builds': { type: 'boolean', default: false },
  },
})
const docs = Number(values.docs)
const samples = Number(values.samples)
const heavySamples = Number(values['heavy-samples'] ?? values.samples)
const root = path.resolve(import.meta.dirname, '../..')
const work = useTemporaryDatabase()
const loadAtStart = loadAverage()

const jsonDir = await createCorpus(work, docs)
const { fullBuild, jsonBuild } = await runBuilds(root, work, jsonDir, values['skip-builds'])

const system = await startSystem(root)
const bench = await connect(system, docs)
const { publishToLive, phasesMedianMs } = await measurePublishToLive(bench, samples, heavySamples)
const burst = await measureBurst(bench)
system.stop()

writeResults(root, { loadAtStart, documents: docs, fullBuild, jsonBuild, publishToLive, phasesMedianMs, burst })
fs.rmSync(work, { recursive: true, force: true })
// The CMS loaded in this process keeps handles open.
process.exit(0)

/** Points the CMS, and every process started from here, at a new temporary folder and the embedded database. */
function useTemporaryDatabase(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-'))
  process.env.DATA_DIR = dir
  process.env.PAYLOAD_SECRET ??= 'bench-only-secret-0123456789abcdef0123456789'
  process.env.PROJECT_ROOT = root
  process.env.SITE_REBUILD = 'off' // no change records while the corpus is created
  delete process.env.DATABASE_URL
  return dir
}
