import { Forbidden, type Access, type CollectionBeforeOperationHook, type CollectionConfig, type PayloadRequest, type Where } from 'payload'

import { LOCALE_CODES } from '../../shared/locales'
import { hasRole, isAdminUser, isStaffUser } from '../access'
import { editorialSettings } from './settings'

/** Whether this user publishes: admins and publishers always; editors only while review before publishing is off. */
export async function mayPublish(req: PayloadRequest): Promise<boolean> {
  if (isAdminUser(req.user) || hasRole(req.user, 'publisher')) return true
  if (!isStaffUser(req.user)) return false
  return (await editorialSettings(req)).reviewBeforePublish === false
}

/**
 * The collection's update rule, and publishing only for those who may publish. Payload asks this rule with
 * `{ _status: 'published' }` to decide whether the admin shows Publish and Schedule, so an editor sees neither.
 */
export const publishingNeedsRight =
  (update: Access | undefined): Access =>
  async (args) => {
    const allowed = update ? await update(args) : isStaffUser(args.req.user)
    if (!allowed) return allowed
    if ((args.data as { _status?: string } | undefined)?._status === 'published' && !(await mayPublish(args.req))) return false
    return allowed
  }

type OperationArgs = {
  id?: number | string
  data?: { _status?: string }
  draft?: boolean
  overrideAccess?: boolean
  where?: Where
  publishSpecificLocale?: string
  publishAllLocales?: boolean
  unpublishAllLocales?: boolean
  req: PayloadRequest
}

/**
 * What the update rule cannot see: an unpublish, and a save straight into the live version (an update that is not a
 * draft of a document that is published). Both change the public site, so both need the right to publish; an editor
 * saves drafts and submits them. Deleting a published document is the same as unpublishing it. Bulk edits and
 * deletions (by `where`) are refused when any document they reach is live.
 */
export const guardPublishing: CollectionBeforeOperationHook = async ({ args, operation, collection }) => {
  const op = args as OperationArgs
  // The Local API overrides access unless told not to; REST requests leave it unset or false.
  if (op.overrideAccess === true || !['create', 'update', 'delete'].includes(operation)) return args
  const { req } = op
  if (await mayPublish(req)) return args
  const refuse = () => {
    throw new Forbidden(req.t)
  }
  if (op.publishSpecificLocale || op.publishAllLocales || op.unpublishAllLocales || op.data?._status === 'published') refuse()
  if (operation === 'create' || (operation === 'update' && op.draft)) return args
  // One document (by id) or many (by `where`, the list view's bulk edit and delete): none of them may be live.
  const which: Where = op.id !== undefined ? { id: { equals: op.id } } : (op.where ?? {})
  // Live in any language: a save in one language also writes the fields the languages share.
  for (const locale of LOCALE_CODES) {
    const live = await req.payload.count({
      collection: collection.slug,
      where: { and: [which, { _status: { equals: 'published' } }] },
      locale,
      overrideAccess: true,
      req,
    })
    if (live.totalDocs > 0) refuse()
  }
  return args
}

/** The collection with publishing reserved to those who may publish. */
export const withPublishingRight = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  access: { ...collection.access, update: publishingNeedsRight(collection.access?.update) },
  hooks: { ...collection.hooks, beforeOperation: [...(collection.hooks?.beforeOperation ?? []), guardPublishing] },
})
