import { Forbidden, type Access, type CollectionBeforeOperationHook, type CollectionConfig, type PayloadRequest } from 'payload'

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
  publishSpecificLocale?: string
  publishAllLocales?: boolean
  unpublishAllLocales?: boolean
  req: PayloadRequest
}

/**
 * What the update rule cannot see: an unpublish, and a save straight into the live version (an update that is not a
 * draft of a document that is published). Both change the public site, so both need the right to publish; an editor
 * saves drafts and submits them. Deleting a published document is the same as unpublishing it.
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
  if (operation === 'create' || op.id === undefined) return args
  if (operation === 'delete' || !op.draft) {
    const stored = await req.payload.findByID({
      collection: collection.slug,
      id: op.id,
      depth: 0,
      draft: false,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    if (stored && (stored as { _status?: string })._status === 'published') refuse()
  }
  return args
}

/** The collection with publishing reserved to those who may publish. */
export const withPublishingRight = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  access: { ...collection.access, update: publishingNeedsRight(collection.access?.update) },
  hooks: { ...collection.hooks, beforeOperation: [...(collection.hooks?.beforeOperation ?? []), guardPublishing] },
})
