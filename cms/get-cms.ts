import { getPayload, type Payload } from 'payload'

import { migrationsFor } from './database'
import config from './payload.config'

/**
 * Payload with its schema in place: the committed migrations are applied first (a no-op when they already are),
 * so every entry point (start, seed, build, tests) works on a fresh database without a separate step.
 */
export async function getCms(options: { cron?: boolean } = {}): Promise<Payload> {
  const payload = await getPayload({ config, cron: options.cron ?? false })
  const migrations = migrationsFor()
  if (migrations.length > 0) await payload.db.migrate({ migrations })
  return payload
}
