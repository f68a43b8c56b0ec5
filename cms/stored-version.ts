import type { CollectionBeforeChangeHook, CollectionSlug, PayloadRequest } from 'payload'

import type { ContentLocale } from '../shared/locales'

type Stored = Record<string, unknown> & { id: number | string; _status?: string | null }

/**
 * The stored version of a document, which is what the public site shows: not the latest draft (the hooks'
 * `previousDoc` and `originalDoc` can be that). `locale`: the language whose status and text to read.
 */
export async function storedVersion(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
  locale?: ContentLocale,
): Promise<Stored | undefined> {
  const stored = await req.payload.findByID({
    collection,
    id,
    depth: 0,
    draft: false,
    overrideAccess: true,
    req,
    disableErrors: true,
    ...(locale ? { locale } : {}),
  })
  return (stored as Stored | null) ?? undefined
}

// Keyed by request, then document: Payload hands the after-change hooks a different `context` object than the
// before-change ones, and one request can save several documents (nested operations).
const liveBefore = new WeakMap<object, Map<string, boolean>>()

/** Remembers whether the document was public before this save: publishing needs it to see an unpublish, the audit log to record one. */
export const rememberLiveBeforeSave: CollectionBeforeChangeHook = async ({ collection, operation, originalDoc, req, data }) => {
  if (operation !== 'update' || originalDoc?.id === undefined) return data
  const seen = liveBefore.get(req) ?? new Map<string, boolean>()
  seen.set(`${collection.slug}:${originalDoc.id}`, (await storedVersion(req, collection.slug, originalDoc.id))?._status === 'published')
  liveBefore.set(req, seen)
  return data
}

/** Whether the document was public before the save being finished (false when it was not remembered). */
export const wasLiveBeforeSave = (req: PayloadRequest, collection: string, id: number | string) =>
  liveBefore.get(req)?.get(`${collection}:${id}`) ?? false
