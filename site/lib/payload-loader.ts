import type { Loader } from 'astro/loaders'

import { contentSource, type PublicCollection, type PublicGlobal } from './cms-source'

/** Collections whose documents are embedded (populated) in other documents: a change there refreshes everything. */
const EMBEDDED: PublicCollection[] = ['media', 'documents', 'topics']

/**
 * An Astro Content Layer loader for one Payload collection, syncing incrementally: Astro keeps the store between
 * builds, so only documents whose `updatedAt` changed are fetched again, and documents no longer published
 * (unpublished or deleted) are removed. When an embedded image, document or topic changed, the whole collection
 * is fetched again, since the copies embedded in it are stale.
 */
export function payloadCollection(collection: PublicCollection): Loader {
  return {
    name: `payload-${collection}`,
    async load({ store, meta, generateDigest, logger }) {
      const source = contentSource()
      const embeddedStamp = generateDigest(JSON.stringify(await Promise.all(EMBEDDED.map((c) => source.stamps(c)))))
      const refreshAll = meta.get('embedded') !== embeddedStamp
      const stamps = await source.stamps(collection)
      const published = new Map(stamps.map((s) => [s.id, s.updatedAt]))

      let removed = 0
      for (const id of store.keys()) {
        if (!published.has(id) || refreshAll) {
          store.delete(id)
          removed++
        }
      }
      const changed = stamps.filter((s) => (store.get(s.id)?.data as { updatedAt?: string } | undefined)?.updatedAt !== s.updatedAt).map((s) => s.id)
      for (const doc of await source.findByIds(collection, changed)) {
        store.set({ id: String(doc.id), data: doc, digest: generateDigest(doc) })
      }
      meta.set('embedded', embeddedStamp)
      logger.info(`${stamps.length} published ${collection}: ${changed.length} fetched, ${removed} removed`)
    },
  }
}

/** The globals (site settings, navigation) as entries keyed by their slug; small, so always fetched. */
export function payloadGlobals(slugs: PublicGlobal[]): Loader {
  return {
    name: 'payload-globals',
    async load({ store, generateDigest }) {
      for (const slug of slugs) {
        const data = await contentSource().findGlobal(slug)
        store.set({ id: slug, data, digest: generateDigest(data) })
      }
    },
  }
}
