import type { CollectionBeforeChangeHook } from 'payload'

import { noUsersYet } from './access'

/** The first account ever created becomes an admin, whatever roles were sent: someone must be able to manage users. */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  return (await noUsersYet(req)) ? { ...data, roles: ['admin'] } : data
}
