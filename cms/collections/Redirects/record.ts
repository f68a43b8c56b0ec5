import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { isContentLocale, localePath, type ContentLocale } from '../../../shared/locales'
import { englishReportPath, reportPath } from '../../../shared/slug'
import { storedVersion } from '../../stored-version'

/** The documents an old address can lead to, and the public address of each in a language. */
export const ADDRESS_OF = {
  pages: (doc: { path?: string | null }, locale: ContentLocale) => (doc.path ? localePath(locale, doc.path) : undefined),
  reports: (doc: { slug?: string | null }, locale: ContentLocale) =>
    doc.slug ? (locale === 'en' ? englishReportPath(doc.slug) : reportPath(doc.slug)) : undefined,
} as const
export type RedirectTarget = keyof typeof ADDRESS_OF

/** The document's public address as stored now (its published version), or undefined when it is not published. */
export async function publicAddress(req: PayloadRequest, collection: RedirectTarget, id: number | string, locale: ContentLocale) {
  const stored = await storedVersion(req, collection, id, locale)
  if (stored?._status !== 'published') return undefined
  return ADDRESS_OF[collection](stored as { path?: string | null; slug?: string | null }, locale)
}

/** Records that `from` now leads to the document (its address in `locale`, wherever it moves later). */
export async function recordRedirect(
  req: PayloadRequest,
  { from, collection, id, locale }: { from: string; collection: RedirectTarget; id: number | string; locale: ContentLocale },
) {
  const data = {
    from,
    to: { type: 'reference' as const, reference: { relationTo: collection, value: id as number }, locale },
    type: '301' as const,
    automatic: true,
  }
  const existing = await req.payload.find({
    collection: 'redirects',
    where: { from: { equals: from } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (existing.docs[0]) await req.payload.update({ collection: 'redirects', id: existing.docs[0].id, data, overrideAccess: true, req })
  else await req.payload.create({ collection: 'redirects', data, overrideAccess: true, req })
}

/** A document now lives at `address`: a redirect from it would hide the document, so it goes. */
export async function releaseAddress(req: PayloadRequest, address: string) {
  await req.payload.delete({ collection: 'redirects', where: { from: { equals: address } }, overrideAccess: true, req })
}

// Keyed by request, then document: the after-change hook gets another `context` object than the before-change one.
const addressBefore = new WeakMap<object, Map<string, string | undefined>>()

/**
 * When a page or report's published address changes (a new slug, a new parent, published at last), the old address
 * leads to it from then on, and any redirect from its new address goes. Drafts move nothing: the public address is
 * the stored published one, read before and after the save.
 */
export function redirectWhenMoved(collection: RedirectTarget): {
  beforeChange: CollectionBeforeChangeHook
  afterChange: CollectionAfterChangeHook
} {
  return {
    beforeChange: async ({ operation, originalDoc, req, data }) => {
      // A draft save (autosave every few seconds) moves nothing public: no need to read the stored address.
      if (operation !== 'update' || originalDoc?.id === undefined || !isContentLocale(req.locale) || data._status === 'draft') return data
      const seen = addressBefore.get(req) ?? new Map<string, string | undefined>()
      seen.set(`${collection}:${originalDoc.id}`, await publicAddress(req, collection, originalDoc.id, req.locale))
      addressBefore.set(req, seen)
      return data
    },
    afterChange: async ({ doc, req }) => {
      if (!isContentLocale(req.locale)) return doc
      const before = addressBefore.get(req)?.get(`${collection}:${doc.id}`)
      const now = await publicAddress(req, collection, doc.id, req.locale)
      if (!now || now === before) return doc
      if (before) await recordRedirect(req, { from: before, collection, id: doc.id, locale: req.locale })
      await releaseAddress(req, now)
      return doc
    },
  }
}
