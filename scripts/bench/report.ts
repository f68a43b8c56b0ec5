/** What the benchmark prints as it goes, and its result: a table on the console and one JSON file per run. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { BuildResult } from './builds'
import type { Burst } from './publish'
import { round, type Summary } from './stats'

export const log = (text: string) => console.log(`[bench] ${text}`)

/** Recorded at the start and the end of a run: figures from a busy machine are not comparable. */
export const loadAverage = () => os.loadavg().map((x) => round(x, 2))

export type Measurements = {
  loadAtStart: number[]
  documents: number
  fullBuild: BuildResult | null
  jsonBuild: BuildResult | null
  publishToLive: Record<string, Summary>
  phasesMedianMs: Record<string, Record<string, number>>
  burst: Burst
}

/** The goals the figures are read against (README, *Benchmark*); written into each result so it can be read alone. */
const TARGETS = {
  fullBuild: { seconds: 45, peakMB: 1024 },
  reportTitle: { p50: 1, p95: 2 },
  otherReportEdits: { p95: 3 },
  pageTitleOrMenu: { p95: 15 },
  burstLastLiveSeconds: 2,
}

/** Writes bench/results/<date>T<hhmm>.json (UTC, one file per run) and prints the tables. */
export function writeResults(root: string, m: Measurements): void {
  const results = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      memoryGB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    loadAverage: { start: m.loadAtStart, end: loadAverage() },
    documents: m.documents,
    fullBuild: m.fullBuild,
    jsonBuild: m.jsonBuild,
    publishToLive: m.publishToLive,
    phasesMedianMs: m.phasesMedianMs,
    burst: m.burst,
    targets: TARGETS,
  }
  const file = path.join(root, 'bench/results', `${results.date.slice(0, 10)}T${results.date.slice(11, 16).replace(':', '')}.json`)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, JSON.stringify(results, null, 2) + '\n')
  console.table(m.publishToLive)
  if (m.fullBuild && m.jsonBuild) console.table({ 'full build': m.fullBuild, 'JSON build': m.jsonBuild })
  log(`results written to ${path.relative(root, file)}`)
}
