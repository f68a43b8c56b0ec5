import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import { queueRebuild } from './queue'

/**
 * Queues a rebuild when a change can alter the public site: publishing, unpublishing, saving a published
 * document, or any change to a collection without drafts. Saving a draft (autosave included) of a document
 * leaves the public site as it is, and queues nothing.
 */
export const rebuildAfterChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, operation, req, context }) => {
  if (context.skipRebuild) return doc
  if (collection.versions?.drafts) {
    const wasPublished = previousDoc?._status === 'published'
    if (doc._status !== 'published' && !wasPublished) return doc
    if (doc._status !== 'published' && wasPublished) {
      // Either a new draft on top of the published version (the public sees no change) or an unpublish.
      const stored = await req.payload.findByID({ collection: collection.slug, id: doc.id, depth: 0, draft: false, overrideAccess: true, req })
      if (stored._status === 'published') return doc
    }
  }
  await queueRebuild(req.payload, `${collection.slug} #${doc.id} ${operation === 'create' ? 'skapad' : doc._status === 'draft' ? 'avpublicerad' : 'ändrad'}`, req)
  return doc
}

export const rebuildAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req, context }) => {
  if (context.skipRebuild) return doc
  if (collection.versions?.drafts && doc._status !== 'published') return doc
  await queueRebuild(req.payload, `${collection.slug} #${doc.id} borttagen`, req)
  return doc
}

export const rebuildAfterGlobalChange: GlobalAfterChangeHook = async ({ global, doc, req, context }) => {
  if (context.skipRebuild) return doc
  await queueRebuild(req.payload, `${global.slug} ändrad`, req)
  return doc
}
