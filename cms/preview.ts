import { siteUrl } from '../shared/urls'
import { PREVIEW_PREFIX } from '../shared/build-layout'
import { DEFAULT_LOCALE, isContentLocale } from '../shared/locales'

/**
 * The admin's "Preview" button: the draft rendered by the public site's own components (site/pages/forhandsvisning/),
 * in the language being edited (`?locale=en`: the English site's words, addresses and menu around the English text).
 */
export const previewUrl =
  (collection: 'pages' | 'reports') =>
  ({ id }: { id?: number | string | null }, { locale }: { locale?: unknown } = {}) => {
    if (id === undefined || id === null) return null
    const language = isContentLocale(locale) && locale !== DEFAULT_LOCALE ? `?locale=${locale}` : ''
    return `${siteUrl()}${PREVIEW_PREFIX}${collection}/${id}/${language}`
  }
