import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import type { User } from '../shared/payload-types'

/**
 * Roles: `admin` manages everything incl. users and settings; `editor` writes content; `publisher` writes and also
 * publishes, and with review before publishing only publishers and admins publish (cms/review/).
 */
export type Role = User['roles'][number]

/** A signed-in user as Payload gives it (`req.user`), or nobody. */
type UserLike = Pick<User, 'roles'> | null | undefined

export const hasRole = (user: UserLike, role: Role) => Boolean(user?.roles?.includes(role))
export const isAdminUser = (user: UserLike) => hasRole(user, 'admin')
export const isStaffUser = (user: UserLike) => hasRole(user, 'admin') || hasRole(user, 'editor') || hasRole(user, 'publisher')

/**
 * The public never reads the CMS: it reads the static site. Anonymous reads are allowed only through the Local
 * API, which is what the publisher uses in this process; over REST and GraphQL anonymous requests get nothing
 * (SECURITY.md), so drafts' files, deep population and unbounded lists are not open to the network.
 */
const isPublisherRead = (req: PayloadRequest) => req.payloadAPI === 'local'

/** Staff, or the publisher reading what the public site shows. */
export const staffOrPublisher: Access = ({ req }) => isStaffUser(req.user) || isPublisherRead(req)
export const admins: Access = ({ req }) => isAdminUser(req.user)
export const staff: Access = ({ req }) => isStaffUser(req.user)
export const adminsField: FieldAccess = ({ req }) => isAdminUser(req.user)

const PUBLISHED: Where = { _status: { equals: 'published' } }

/** Signed-in staff read everything, drafts included; the publisher reads published documents only; nobody else reads. */
export const publishedOrStaff: Access = ({ req }) => (isStaffUser(req.user) ? true : isPublisherRead(req) ? PUBLISHED : false)

export const isStaffRequest = (req: PayloadRequest) => isStaffUser(req.user)
