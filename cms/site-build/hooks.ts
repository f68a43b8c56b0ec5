import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionSlug,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { queueRebuild } from './queue'

/**
 * Queues the change for the publisher when a change can alter the public site: publishing, unpublishing, saving a published
 * document, or any change to a collection without drafts. Saving a draft (autosave included) of a document
 * leaves the public site as it is, and queues nothing.
 */
export const rebuildAfterChange: CollectionAfterChangeHook = async ({ collection, doc, operation, req, context }) => {
  if (context.skipRebuild) return doc
  if (collection.versions?.drafts && doc._status !== 'published') {
    // A draft: the public site changes only if this save unpublished the document that was live.
    if (!wasLive.get(req)?.get(`${collection.slug}:${doc.id}`)) return doc
    if ((await publicStatus(req, collection.slug, doc.id)) === 'published') return doc
  }
  const reason = `${collection.slug} #${doc.id} ${operation === 'create' ? 'skapad' : doc._status === 'draft' ? 'avpublicerad' : 'ändrad'}`
  await queueRebuild(req.payload, reason, { collection: collection.slug, id: String(doc.id) }, req)
  return doc
}

/**
 * Remembers whether the document was public before this save. The hooks' `previousDoc` can be the latest draft,
 * not what the public sees, so the stored (public) document is read.
 */
export const rememberLiveStatus: CollectionBeforeChangeHook = async ({ collection, operation, originalDoc, req, data }) => {
  if (operation === 'update' && originalDoc?.id !== undefined) {
    const seen = wasLive.get(req) ?? new Map<string, boolean>()
    seen.set(`${collection.slug}:${originalDoc.id}`, (await publicStatus(req, collection.slug, originalDoc.id)) === 'published')
    wasLive.set(req, seen)
  }
  return data
}
// Keyed by request, then document: Payload hands the after-change hooks a different `context` object than the
// before-change ones, and one request can save several documents (nested operations).
const wasLive = new WeakMap<object, Map<string, boolean>>()

async function publicStatus(req: PayloadRequest, collection: CollectionSlug, id: number | string) {
  const stored = await req.payload.findByID({
    collection,
    id,
    depth: 0,
    draft: false,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  return stored && '_status' in stored ? stored._status : undefined
}

export const rebuildAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req, context }) => {
  if (context.skipRebuild) return doc
  if (collection.versions?.drafts && doc._status !== 'published') return doc
  await queueRebuild(req.payload, `${collection.slug} #${doc.id} borttagen`, { collection: collection.slug, id: String(doc.id) }, req)
  return doc
}

export const rebuildAfterGlobalChange: GlobalAfterChangeHook = async ({ global, doc, req, context }) => {
  if (context.skipRebuild) return doc
  await queueRebuild(req.payload, `${global.slug} ändrad`, { global: global.slug }, req)
  return doc
}
