import { timingSafeEqual } from 'node:crypto'

import { ValidationError, type CollectionBeforeChangeHook, type Field } from 'payload'

import { noUsersYet } from './access'

/** Where the servers listen (HOST); 127.0.0.1, so only this machine, unless a host is configured. */
export const listenHost = () => process.env.HOST || '127.0.0.1'
export const isLoopbackHost = (host: string) => host === 'localhost' || host === '::1' || /^127\./.test(host)

/**
 * On a server others can reach, the first account is not free for whoever comes first: it comes from
 * ADMIN_EMAIL/ADMIN_PASSWORD at start, or from the first-user screen with the one-time setup code that
 * `npm start` prints to its console (SETUP_TOKEN). On 127.0.0.1 only this machine's user can reach the screen.
 */
export const setupTokenRequired = () => !isLoopbackHost(listenHost())

function isSetupToken(value: unknown): boolean {
  const expected = process.env.SETUP_TOKEN
  if (!expected || typeof value !== 'string') return false
  const [a, b] = [Buffer.from(value.trim()), Buffer.from(expected)]
  return a.length === b.length && timingSafeEqual(a, b)
}

/** Shown on the first-user screen only (nobody is signed in anywhere else in the admin); never stored. */
export const setupTokenField: Field = {
  name: 'setupToken',
  type: 'text',
  virtual: true,
  label: { sv: 'Installationskod', en: 'Setup code' },
  admin: {
    condition: (_data, _siblingData, { user }) => !user,
    description: {
      sv: 'Behövs när servern kan nås från andra datorer: koden skrevs ut i konsolen när servern startade.',
      en: 'Needed when the server can be reached from other machines: the code was printed to the console at start.',
    },
  },
}

/**
 * Makes the first account atomic: it is given this value, and the column is unique, so of two registrations that
 * both saw an empty user table only one is saved; the other gets an error instead of a second admin.
 */
export const firstAdminClaimField: Field = {
  name: 'firstAdminClaim',
  type: 'text',
  unique: true,
  admin: { hidden: true },
  access: { read: () => false },
}

/** The first account ever created becomes an admin, whatever roles were sent: someone must be able to manage users. */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req, collection }) => {
  // The claim is set here only; whatever a client sent for it (or for the code, which is never stored) is dropped.
  const { setupToken, firstAdminClaim: _sent, ...rest } = data as { setupToken?: unknown; firstAdminClaim?: unknown }
  if (operation !== 'create' || !(await noUsersYet(req))) return rest
  // The Local API (ADMIN_EMAIL at start, the seed, tests) runs on the server itself; the screen and the REST API need the code.
  if (req.payloadAPI !== 'local' && setupTokenRequired() && !isSetupToken(setupToken)) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'setupToken', message: 'Ange installationskoden som skrevs ut i serverns konsol när den startade.' }],
    })
  }
  return { ...rest, roles: ['admin'], firstAdminClaim: 'first-admin' }
}
