import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj, Migration } from 'payload'

import { migrations as postgresMigrations } from './migrations/postgres'
import { migrations as sqliteMigrations } from './migrations/sqlite'
import { dataDir } from './paths'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export function databaseKind(url = process.env.DATABASE_URL): DatabaseKind {
  if (!url || url.startsWith('file:')) return 'sqlite'
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return 'postgres'
  if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://')) return 'mongodb'
  throw new Error(`DATABASE_URL must start with file:, postgres://, postgresql:// or mongodb:// (got "${url.split(':')[0]}:…").`)
}

/** The committed migrations for the configured database; MongoDB needs none (it has no fixed schema). */
export function migrationsFor(kind = databaseKind()): Migration[] {
  const list = kind === 'postgres' ? postgresMigrations : kind === 'sqlite' ? sqliteMigrations : []
  // Generated migrations type their arguments precisely; Payload's list type takes `unknown`.
  return list as unknown as Migration[]
}

export const usesEmbeddedDatabase = () => databaseKind() === 'sqlite'

const migrationDir = (kind: string) => path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations', kind)

/**
 * The database adapter chosen by DATABASE_URL. The schema is never pushed: it comes from the committed
 * migrations (cms/migrations/<kind>), which `runMigrations` applies before anything else reads the database,
 * so development, tests, builds and production all run on the same schema.
 */
export function databaseAdapter(): DatabaseAdapterObj {
  const url = process.env.DATABASE_URL
  switch (databaseKind(url)) {
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: url },
        push: false,
        migrationDir: migrationDir('postgres'),
        prodMigrations: migrationsFor('postgres'),
      })
    case 'mongodb':
      return mongooseAdapter({ url: url! })
    default: {
      fs.mkdirSync(dataDir, { recursive: true })
      const file = url ?? `file:${path.join(dataDir, 'payload.db')}`
      // Several processes share the file (the admin server, a site build, `npm run seed`): WAL lets them read while
      // one writes, and a busy timeout makes a writer wait for the lock instead of failing.
      return sqliteAdapter({
        client: { url: file },
        wal: true,
        busyTimeout: 10_000,
        push: false,
        migrationDir: migrationDir('sqlite'),
        prodMigrations: migrationsFor('sqlite'),
      })
    }
  }
}
