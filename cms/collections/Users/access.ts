import type { Access, FieldAccess, PayloadRequest } from 'payload'

import { isAdminUser, isStaffUser } from '../../access'

/** Admins manage all users; a signed-in user reads and edits only their own account. */
export const adminsOrSelf: Access = ({ req }) => {
  if (isAdminUser(req.user)) return true
  if (req.user && isStaffUser(req.user)) return { id: { equals: req.user.id } }
  return false
}

/** Creating users is for admins, except the very first account (the admin's first-user screen). */
export const noUsersYet = async (req: PayloadRequest) =>
  (await req.payload.count({ collection: 'users', overrideAccess: true, req })).totalDocs === 0

export const adminsOrFirstUser: Access = async ({ req }) => isAdminUser(req.user) || noUsersYet(req)
export const adminsOrFirstUserField: FieldAccess = async ({ req }) => isAdminUser(req.user) || noUsersYet(req)
