import type { Payload } from 'payload'

import { passwordProblem } from './collections/Users/password-policy'

/**
 * Creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD when no user exists yet (unattended installs).
 * Without them nothing is created: the first admin signs up on the admin's first-user screen. There is no default password.
 */
export async function ensureAdminFromEnv(payload: Payload): Promise<string | undefined> {
  const email = process.env.ADMIN_EMAIL
  const password = process.env.ADMIN_PASSWORD
  if (!email || !password) return undefined
  const problem = passwordProblem(password, email)
  if (problem) throw new Error(`ADMIN_PASSWORD: ${problem}`)
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return undefined
  await payload.create({ collection: 'users', data: { email, password, roles: ['admin'] }, overrideAccess: true })
  return email
}
