/**
 * A real Payload on a fresh, empty database for one test suite: a temporary data folder (embedded SQLite file,
 * secret, uploads) and, for PostgreSQL or MongoDB, a new database on the server named after the suite.
 * Environment variables are set before the CMS modules are imported, because the config reads them on import.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

export type TestCms = { payload: Payload; dataDir: string; databaseUrl: string | undefined; stop: () => Promise<void> }

/**
 * `migrationsBefore`: apply only the migrations before the first whose name ends so (a database as an earlier
 * release left it), for tests of a migration itself; the test applies the rest.
 */
export async function startTestCms({ migrationsBefore }: { migrationsBefore?: string } = {}): Promise<TestCms> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-test-'))
  const kind = process.env.TEST_DATABASE ?? 'sqlite'
  const dbName = `test_${randomBytes(6).toString('hex')}`
  let databaseUrl: string | undefined
  let dropDatabase = async () => {}

  if (kind === 'postgres') {
    const server = new URL(process.env.TEST_SERVER_URL!)
    const pg = (await import('pg')).default
    const admin = new pg.Client({ connectionString: server.href })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${dbName}`)
    await admin.end()
    databaseUrl = Object.assign(new URL(server.href), { pathname: `/${dbName}` }).href
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: server.href })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`)
      await client.end()
    }
  } else if (kind === 'mongodb') {
    databaseUrl = Object.assign(new URL(process.env.TEST_SERVER_URL!), { pathname: `/${dbName}` }).href
  }

  process.env.DATA_DIR = dataDir
  process.env.PAYLOAD_SECRET = randomBytes(32).toString('hex')
  if (databaseUrl) process.env.DATABASE_URL = databaseUrl
  else delete process.env.DATABASE_URL

  const { getCms } = await import('../../cms/get-cms')
  const payload = migrationsBefore ? await cmsWithMigrationsBefore(migrationsBefore) : await getCms()
  return {
    payload,
    dataDir,
    databaseUrl,
    async stop() {
      if (kind === 'mongodb') await (payload.db as unknown as { connection: { dropDatabase(): Promise<void> } }).connection.dropDatabase()
      await payload.destroy()
      // Payload's destroy() leaves the Postgres pool's idle connections open; dropping the database ends them,
      // which the pool reports as an error event. That is expected here, so it is not left unhandled.
      ;(payload.db as unknown as { pool?: { on(event: 'error', listener: () => void): void } }).pool?.on('error', () => {})
      await dropDatabase()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

async function cmsWithMigrationsBefore(suffix: string): Promise<Payload> {
  const [{ getPayload }, { default: config }, { migrationsFor }] = await Promise.all([
    import('payload'),
    import('../../cms/payload.config'),
    import('../../cms/database'),
  ])
  const payload = await getPayload({ config, cron: false })
  const all = migrationsFor()
  const index = all.findIndex((m) => m.name.endsWith(suffix))
  if (index < 0) throw new Error(`No migration named …${suffix}`)
  await payload.db.migrate({ migrations: all.slice(0, index) })
  return payload
}

export { paragraph } from '../../shared/lexical'

/** The field errors of a refused save ("slug: Det finns redan …"), as an editor sees them beside the fields. */
export async function fieldErrors(operation: Promise<unknown>): Promise<string> {
  try {
    await operation
  } catch (error) {
    const errors = (error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors ?? []
    return errors.map((e) => `${e.path}: ${e.message}`).join('\n') || String((error as Error).message)
  }
  throw new Error('The operation was expected to be refused, but it succeeded.')
}

/** The password test users are given: long enough for the password policy. */
export const TEST_PASSWORD = 'ett-langt-losenord-1'

/** Creates a user with this role (the first one created becomes an admin whatever it asks) and returns its session token. */
export async function signedInAs(payload: Payload, role: 'admin' | 'editor' | 'publisher', email = `${role}@example.se`): Promise<string> {
  await payload.create({ collection: 'users', data: { email, password: TEST_PASSWORD, roles: [role] }, overrideAccess: true })
  return (await payload.login({ collection: 'users', data: { email, password: TEST_PASSWORD } })).token!
}

/** The pages published in a language, as an anonymous visitor reads them there: id, title, address. */
export const publishedPagesIn = async (payload: Payload, locale: 'sv' | 'en') =>
  (
    await payload.find({
      collection: 'pages',
      locale,
      draft: false,
      overrideAccess: false,
      where: { _status: { equals: 'published' } },
      pagination: false,
      depth: 0,
    })
  ).docs.map((page) => ({ id: page.id, title: page.title, path: page.path }))
