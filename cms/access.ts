import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

/** Roles: `admin` manages everything incl. users and settings; `editor` manages content. */
export type Role = 'admin' | 'editor'

type UserLike = { roles?: Role[] | null } | null | undefined

export const hasRole = (user: UserLike, role: Role) => Boolean(user?.roles?.includes(role))
export const isAdminUser = (user: UserLike) => hasRole(user, 'admin')
export const isStaffUser = (user: UserLike) => hasRole(user, 'admin') || hasRole(user, 'editor')

export const anyone: Access = () => true
export const admins: Access = ({ req }) => isAdminUser(req.user as UserLike)
export const staff: Access = ({ req }) => isStaffUser(req.user as UserLike)
export const adminsField: FieldAccess = ({ req }) => isAdminUser(req.user as UserLike)

const PUBLISHED: Where = { _status: { equals: 'published' } }

/** Signed-in staff read everything, drafts included; everyone else reads published documents only. */
export const publishedOrStaff: Access = ({ req }) => (isStaffUser(req.user as UserLike) ? true : PUBLISHED)

export const isStaffRequest = (req: PayloadRequest) => isStaffUser(req.user as UserLike)
