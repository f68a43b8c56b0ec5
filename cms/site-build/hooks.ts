import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import { rememberLiveBeforeSave, storedVersion, wasLiveBeforeSave } from '../stored-version'
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
    if (!wasLiveBeforeSave(req, collection.slug, doc.id)) return doc
    if ((await storedVersion(req, collection.slug, doc.id))?._status === 'published') return doc
  }
  const reason = `${collection.slug} #${doc.id} ${operation === 'create' ? 'skapad' : doc._status === 'draft' ? 'avpublicerad' : 'ändrad'}`
  await queueRebuild(req.payload, reason, { collection: collection.slug, id: String(doc.id) }, req)
  return doc
}

/** Remembers whether the document was public before this save (cms/stored-version.ts). */
export const rememberLiveStatus = rememberLiveBeforeSave

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
