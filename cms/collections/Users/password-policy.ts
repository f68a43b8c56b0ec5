import { ValidationError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { COMMON_PASSWORDS } from './common-passwords'

export const MIN_PASSWORD_LENGTH = 12

/**
 * What is wrong with a new password, in Swedish, or undefined when it is good enough: at least 12 characters,
 * not one of the passwords attackers try first, not the account's own address.
 */
export function passwordProblem(password: string, email?: string): string | undefined {
  if ([...password].length < MIN_PASSWORD_LENGTH) return `Lösenordet måste vara minst ${MIN_PASSWORD_LENGTH} tecken långt.`
  const lower = password.toLowerCase()
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(lower.replace(/[\d!?.]+$/, '')) || /^(.)\1+$/.test(password)) {
    return 'Lösenordet är för vanligt och gissas lätt. Välj ett annat, till exempel fyra ord som inte hör ihop.'
  }
  if (email && lower.includes(email.toLowerCase().split('@')[0]) && email.split('@')[0].length >= 4) {
    return 'Lösenordet får inte innehålla din e-postadress.'
  }
  return undefined
}

/**
 * The policy on every path that sets a password: creating a user (the first-user screen and ADMIN_PASSWORD
 * included: both create through this operation), changing it, and resetting it with a token.
 * `beforeOperation` runs for all three, before Payload hashes the password.
 */
/** The account's address: the one being saved, or for a change to an existing account, the stored one. */
async function emailOf(args: unknown, data: { email?: unknown }): Promise<string | undefined> {
  if (typeof data.email === 'string') return data.email
  const { id, req } = args as { id?: number | string; req?: PayloadRequest }
  if (id === undefined || !req) return undefined
  const user = await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req }).catch(() => undefined)
  return user?.email
}

export const enforcePasswordPolicy: CollectionBeforeOperationHook = async ({ args, operation, collection }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const data = (args as { data?: { password?: unknown; email?: unknown } }).data
  if (!data || data.password === undefined || data.password === null || data.password === '') return args
  const problem = typeof data.password === 'string' ? passwordProblem(data.password, await emailOf(args, data)) : 'Ange ett lösenord.'
  if (problem) throw new ValidationError({ collection: collection.slug, errors: [{ path: 'password', message: problem }] })
  return args
}
