import { defineConfig } from 'vitest/config'

/**
 * Suites run one file at a time (the machines have 2 cores; each integration suite starts its own Payload on a
 * fresh database). Integration suites run once per database: always on the embedded SQLite, and again on
 * PostgreSQL / MongoDB when TEST_POSTGRES_URL / TEST_MONGODB_URL point to a server (`.ci/run` starts PostgreSQL).
 */
const integration = [
  'test/collections.test.ts',
  'test/access.test.ts',
  'test/seed.test.ts',
  'test/loader.test.ts',
  'test/statistics-import.test.ts',
  // Where the database decides: a unique index under a race, LIKE's wildcards and case, the API's answers.
  'test/security/first-account.test.ts',
  'test/security/erasure.test.ts',
  'test/security/api.test.ts',
]
const shared = { testTimeout: 60_000, hookTimeout: 180_000, fileParallelism: false, pool: 'forks' as const }

const servers = [
  { name: 'postgres', url: process.env.TEST_POSTGRES_URL },
  { name: 'mongodb', url: process.env.TEST_MONGODB_URL },
].filter((server) => server.url)

export default defineConfig({
  test: {
    ...shared,
    projects: [
      { test: { ...shared, name: 'sqlite', include: ['test/**/*.test.ts'], env: { TEST_DATABASE: 'sqlite' } } },
      ...servers.map((server) => ({
        test: { ...shared, name: server.name, include: integration, env: { TEST_DATABASE: server.name, TEST_SERVER_URL: server.url! } },
      })),
    ],
  },
})
