import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { dataDir } from './paths'
import { usesEmbeddedDatabase } from './database'

/**
 * PAYLOAD_SECRET signs sessions. It comes from the environment; for the embedded default database a random
 * secret is generated once per install and kept in `data/.payload-secret` (outside git, readable by the owner only).
 * A server database without PAYLOAD_SECRET is refused: such an install is shared, and its secret must be managed.
 */
export function payloadSecret(): string {
  const fromEnv = process.env.PAYLOAD_SECRET
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error('PAYLOAD_SECRET must be at least 32 characters long.')
    return fromEnv
  }
  if (!usesEmbeddedDatabase()) {
    throw new Error('PAYLOAD_SECRET is not set. Set it (32+ random characters) when DATABASE_URL points to a database server.')
  }
  const file = path.join(dataDir, '.payload-secret')
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch {
    fs.mkdirSync(dataDir, { recursive: true })
    const secret = randomBytes(32).toString('hex')
    // Written whole to a temporary file, then linked into place: another process starting at the same moment
    // either wins the link (and we read its secret) or loses it, but never sees a half-written file.
    const temporary = `${file}.${process.pid}.${Date.now()}`
    fs.writeFileSync(temporary, secret, { mode: 0o600 })
    try {
      fs.linkSync(temporary, file)
      return secret
    } catch {
      return fs.readFileSync(file, 'utf8').trim()
    } finally {
      fs.rmSync(temporary, { force: true })
    }
  }
}
