import type { Config, Plugin } from 'payload'

import { CONTENT_LOCALES, DEFAULT_LOCALE } from '../shared/locales'

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
 * Content in Swedish and English: the localization above, and per-language publishing (each collection with drafts
 * and localized fields sets `versions.drafts.localizeStatus`: cms/fields/versions.ts). A REST request that names no
 * language reads and writes Swedish: cms/api-guard.ts.
 */
export function contentLanguages(): Plugin {
  return (config) => ({
    ...config,
    localization,
    // Publishing one language leaves the other as it was.
    experimental: { ...config.experimental, localizeStatus: true },
  })
}
