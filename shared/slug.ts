/**
 * Slug and URL rules shared by the CMS (which stores slugs and paths) and the site (which builds links).
 * Swedish letters are folded to ASCII so URLs stay readable and safe: "Östersjöregionen" -> "ostersjoregionen".
 */
const FOLD: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', é: 'e', ü: 'u' }

export function slugify(input: string): string {
  return input
    .toLowerCase()
    .replace(/[åäöéü]/g, (ch) => FOLD[ch] ?? ch)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Path segments reserved for the site's own sections: a top-level page may not take them. */
export const RESERVED_TOP_LEVEL_SLUGS = [
  'publikationer',
  'statistik',
  'personuppgifter',
  'sok',
  'media',
  'dokument',
  '404',
  'admin',
  'api',
  '_astro',
  'pagefind',
  'forhandsvisning',
  'formular',
  // The English site (shared/locales.ts) and its own sections under /en/.
  'en',
  'publications',
  'statistics',
  'privacy',
  'search',
  'forms',
]

/** "/a/b/" from ["a", "b"]; "/" for the empty list. */
export function pathFromSlugs(slugs: string[]): string {
  return slugs.length === 0 ? '/' : `/${slugs.join('/')}/`
}

export const reportPath = (slug: string) => `/publikationer/${slug}/`
/** A report's English version, and the English publications list (the English site: shared/locales.ts). */
export const englishReportPath = (slug: string) => `/en/publications/${slug}/`
export const ENGLISH_PUBLICATIONS_PATH = '/en/publications/'
export const datasetPath = (slug: string) => `/statistik/${slug}/`
export const privacyNoticePath = (slug: string) => `/personuppgifter/${slug}/`
/** A dataset's and a privacy notice's English versions, and the English statistics list. */
export const englishDatasetPath = (slug: string) => `/en/statistics/${slug}/`
export const ENGLISH_STATISTICS_PATH = '/en/statistics/'
export const englishPrivacyNoticePath = (slug: string) => `/en/privacy/${slug}/`

/** Uploaded files are copied into the build under these folders, so the static site never calls the CMS. */
export const mediaFileUrl = (filename: string) => `/media/${encodeURIComponent(filename)}`
export const documentFileUrl = (filename: string) => `/dokument/${encodeURIComponent(filename)}`
