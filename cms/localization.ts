import type { CollectionBeforeOperationHook, CollectionSlug, Config, Plugin } from 'payload'

import { CONTENT_LOCALES, DEFAULT_LOCALE } from '../shared/locales'
import { changeCollections } from './config-changes'

/**
 * The content languages: Swedish, the site's own, and English. `fallback: false`, because a document without its
 * English version must have no English page, not show Swedish text under an English address. The admin's
 * Publish button publishes the language being edited only ('active'): an editor publishing English must not
 * publish a Swedish draft with it.
 */
export const localization: Config['localization'] = {
  locales: CONTENT_LOCALES.map(({ code, swedish, english }) => ({ code, label: { sv: swedish, en: english } })),
  defaultLocale: DEFAULT_LOCALE,
  fallback: false,
  defaultLocalePublishOption: 'active',
}

/**
 * A REST request that names no language reads and writes Swedish. Without fallback, Payload would otherwise answer
 * it with every localized field missing (and refuse a `where` on one, payloadcms/payload#18180).
 */
const swedishUnlessAsked: CollectionBeforeOperationHook = ({ args, req }) => {
  if (!req.locale) req.locale = DEFAULT_LOCALE
  return args
}

/**
 * Content in Swedish and English: the localization above, per-language publishing (for the named collections with
 * drafts, which must also set `versions.drafts.localizeStatus`: cms/fields/versions.ts), and Swedish for REST
 * requests to them that name no language.
 */
export function contentLanguages({ collections }: { collections: CollectionSlug[] }): Plugin {
  return (config) => ({
    ...config,
    localization,
    // Publishing one language leaves the other as it was.
    experimental: { ...config.experimental, localizeStatus: true },
    collections: changeCollections(config, collections, (collection) => ({
      ...collection,
      hooks: { ...collection.hooks, beforeOperation: [swedishUnlessAsked, ...(collection.hooks?.beforeOperation ?? [])] },
    })),
  })
}
