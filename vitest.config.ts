import fs from 'node:fs'
import path from 'node:path'

import { defineConfig } from 'vitest/config'

/**
 * Suites are sorted by kind, which their file name says, and selected by it:
 * - `*.unit.test.ts`: pure functions, no database, no server (`npm run test:unit`, seconds);
 * - `*.db.test.ts`: a real Payload on a fresh database of its own, through its REST handlers or Local API; run on
 *   the embedded SQLite, and again on PostgreSQL / MongoDB when TEST_POSTGRES_URL / TEST_MONGODB_URL point to a
 *   server (`.ci/run` starts PostgreSQL);
 * - `*.e2e.test.ts`: builds of the site, real servers and Chromium (on SQLite).
 * Suites share nothing (each has its own temporary folder, database and ports), so two run at a time: first the unit
 * and database suites, then the end-to-end ones (most of their time is waiting for a browser or a server). The
 * publisher's suite runs last and alone: it times publishing (a change live within two seconds).
 */
const KINDS = { unit: 'test/**/*.unit.test.ts', db: 'test/**/*.db.test.ts', e2e: 'test/**/*.e2e.test.ts' }
const shared = { testTimeout: 60_000, hookTimeout: 180_000, pool: 'forks' as const }
const TIMED = 'test/publisher.e2e.test.ts'
const inGroup = (groupOrder: number, maxWorkers: number) => ({ ...shared, maxWorkers, sequence: { groupOrder } })
const together = inGroup(0, 2)

// A suite whose name says no kind would silently never run.
const unsorted = fs.globSync('test/**/*.test.ts', { cwd: import.meta.dirname }).filter((file) => !/\.(unit|db|e2e)\.test\.ts$/.test(file))
if (unsorted.length > 0)
  throw new Error(`Name these suites *.unit, *.db or *.e2e.test.ts: ${unsorted.map((f) => path.normalize(f)).join(', ')}`)

/**
 * Unit suites render no Astro component, but some import route data, which reaches the block table
 * (site/blocks/index.ts) and its .astro components: those load as empty stand-ins (Astro's compiler is not in this
 * pipeline). React components (the statistics island) are compiled with React's JSX runtime, as Astro does.
 */
const astroStandIns = {
  name: 'astro-components-as-stand-ins',
  enforce: 'pre' as const,
  load: (id: string) => (id.endsWith('.astro') ? 'export default function AstroComponent() {}' : undefined),
}

const servers = [
  { name: 'postgres', url: process.env.TEST_POSTGRES_URL },
  { name: 'mongodb', url: process.env.TEST_MONGODB_URL },
].filter((server) => server.url)

export default defineConfig({
  test: {
    ...shared,
    projects: [
      { plugins: [astroStandIns], oxc: { jsx: { runtime: 'automatic' } }, test: { ...together, name: 'unit', include: [KINDS.unit] } },
      { test: { ...together, name: 'sqlite', include: [KINDS.db], env: { TEST_DATABASE: 'sqlite' } } },
      ...servers.map((server) => ({
        test: { ...together, name: server.name, include: [KINDS.db], env: { TEST_DATABASE: server.name, TEST_SERVER_URL: server.url! } },
      })),
      { test: { ...inGroup(1, 2), name: 'e2e', include: [KINDS.e2e], exclude: [TIMED], env: { TEST_DATABASE: 'sqlite' } } },
      { test: { ...inGroup(2, 1), name: 'e2e-timed', include: [TIMED], env: { TEST_DATABASE: 'sqlite' } } },
    ],
  },
})
