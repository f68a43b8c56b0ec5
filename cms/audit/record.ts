import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'

import { wasLiveBeforeSave, storedVersion } from '../stored-version'
import type { AuditAction } from './collection'

/** Adds an entry to the audit log, in the same transaction as the change it records. */
export async function audit(
  req: PayloadRequest,
  entry: { action: AuditAction; summary: string; collectionSlug?: string; documentId?: string | number; locale?: string },
) {
  const user = req.user && req.user.collection === 'users' ? req.user : undefined
  await req.payload.create({
    collection: 'audit-log',
    data: {
      ...entry,
      documentId: entry.documentId === undefined ? undefined : String(entry.documentId),
      user: user?.id,
      userEmail: user?.email ?? 'systemet',
    },
    overrideAccess: true,
    req,
  })
}

const titleOf = (doc: Record<string, unknown>) => String(doc.title ?? doc.from ?? doc.email ?? doc.id)
/** A publish (any save of the live version) or an unpublish of a document with drafts. */
export const auditPublishing: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const wasLive = wasLiveBeforeSave(req, collection.slug, doc.id)
  const action: AuditAction | undefined = doc._status === 'published' ? 'publish' : wasLive ? 'unpublish' : undefined
  // A draft save of a live document returns the draft: the stored version says whether it is still live.
  if (action === 'unpublish') {
    const stored = await storedVersion(req, collection.slug, doc.id)
    if (stored?._status === 'published') return doc
  }
  if (action)
    await audit(req, {
      action,
      summary: titleOf(doc),
      collectionSlug: collection.slug,
      documentId: doc.id,
      locale: req.locale ?? undefined,
    })
  return doc
}

export const auditDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await audit(req, {
    action: collection.slug === 'redirects' ? 'redirect-delete' : 'delete',
    summary: titleOf(doc),
    collectionSlug: collection.slug,
    documentId: doc.id,
  })
  return doc
}

export const auditRedirect: CollectionAfterChangeHook = async ({ doc, req }) => {
  const to =
    doc.to?.type === 'custom'
      ? doc.to.url
      : `${doc.to?.reference?.relationTo} ${typeof doc.to?.reference?.value === 'object' ? doc.to.reference.value.id : doc.to?.reference?.value}`
  await audit(req, { action: 'redirect', summary: `${doc.from} → ${to} (${doc.type})`, collectionSlug: 'redirects', documentId: doc.id })
  return doc
}

export const auditRoles: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const before = [...(previousDoc?.roles ?? [])].sort().join(', ')
  const after = [...(doc.roles ?? [])].sort().join(', ')
  if (operation === 'update' && before === after) return doc
  await audit(req, { action: 'roles', summary: `${doc.email}: ${before || '–'} → ${after}`, collectionSlug: 'users', documentId: doc.id })
  return doc
}

export const auditSettings: GlobalAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const changed = ['reviewBeforePublish', 'reviewIntervalMonths'].filter((key) => doc[key] !== previousDoc?.[key])
  if (changed.length > 0)
    await audit(req, { action: 'settings', summary: changed.map((key) => `${key}: ${previousDoc?.[key]} → ${doc[key]}`).join(', ') })
  return doc
}
