import type { Loader } from 'astro/loaders'

import { contentSource, type PublicCollection, type PublicGlobal } from './cms-source'

/** An Astro Content Layer loader for one Payload collection: each published document becomes an entry keyed by its id. */
export function payloadCollection(collection: PublicCollection): Loader {
  return {
    name: `payload-${collection}`,
    async load({ store, generateDigest, logger }) {
      const docs = await contentSource().findAll(collection)
      store.clear()
      for (const doc of docs) {
        store.set({ id: String(doc.id), data: doc, digest: generateDigest(doc) })
      }
      logger.info(`${docs.length} published ${collection}`)
    },
  }
}

/** The globals (site settings, navigation) as entries keyed by their slug. */
export function payloadGlobals(slugs: PublicGlobal[]): Loader {
  return {
    name: 'payload-globals',
    async load({ store, generateDigest }) {
      store.clear()
      for (const slug of slugs) {
        const data = await contentSource().findGlobal(slug)
        store.set({ id: slug, data, digest: generateDigest(data) })
      }
    },
  }
}
