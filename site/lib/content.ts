/**
 * Typed access to the published content a build or publish renders, and the URL of each kind of document.
 * The content is a snapshot in memory (SiteContent), set by whoever renders: `npm run build` loads it once, the
 * resident publisher swaps in a new one for each publish. Nothing here reads a database or Astro's content layer,
 * so the same rendered bundle can render again from new content without being rebuilt.
 */
import { localePath, type ContentLocale } from '../../shared/locales'
import type {
  Dataset,
  Document,
  Media as StoredMedia,
  Navigation,
  Page,
  PrivacyNotice,
  Redirect,
  Report,
  SiteSetting,
  Topic,
} from '../../shared/payload-types'
import {
  datasetPath,
  englishDatasetPath,
  englishPrivacyNoticePath,
  englishReportPath,
  privacyNoticePath,
  reportPath,
} from '../../shared/slug'

export type { Dataset, Document, Navigation, Page, PrivacyNotice, Redirect, Report, SiteSetting, Topic }

/**
 * An image as the site shows it. On the English site, an image with no English alt text or caption has the
 * Swedish one, and says so (`altLang`, `captionLang`: set as `lang` on the <img> and <figcaption>; snapshot.ts).
 */
export type Media = StoredMedia & { altLang?: ContentLocale; captionLang?: ContentLocale }

/**
 * Everything the public site shows, as anonymous visitors may read it (published documents only). A snapshot is
 * never changed once set: a publish makes a new one that shares the unchanged documents (objects) with the old.
 */
export interface SiteContent {
  /** Which site this is: Swedish at "/" (the snapshot itself), English under "/en/" (its `english`). Unset: Swedish. */
  locale?: ContentLocale
  /** In the English site: published in English, their text in English and their addresses under /en/. */
  pages: Page[]
  /** Newest first (see reportOrder). */
  reports: Report[]
  /** By title. */
  datasets: Dataset[]
  topics: Topic[]
  privacyNotices: PrivacyNotice[]
  settings: SiteSetting
  navigation: Navigation
  /** Old addresses and where they lead (the Swedish snapshot's; they name their language themselves). Unset: none. */
  redirects?: Redirect[]
  /**
   * The English site, on the Swedish snapshot: the pages, reports, datasets and privacy notices published in English
   * (in English), the English settings and menu; the topics are the Swedish snapshot's.
   */
  english?: SiteContent
}

// On globalThis, because the renderer's bundle holds its own copy of this module.
const CONTENT = Symbol.for('regional-publishing.site-content')
const LANGUAGE = Symbol.for('regional-publishing.site-language')
type Holder = { [CONTENT]?: SiteContent; [LANGUAGE]?: ContentLocale }

/** Makes `content` what every page renders from now on. */
export function setSiteContent(content: SiteContent): void {
  ;(globalThis as Holder)[CONTENT] = content
}

/** The content of the site being rendered: the Swedish snapshot, or its English site inside `inLanguage('en', …)`. */
export function siteContent(): SiteContent {
  const holder = globalThis as Holder
  const content = holder[CONTENT]
  if (!content) throw new Error('No site content is loaded: set it with setSiteContent() before rendering.')
  return holder[LANGUAGE] === 'en' ? englishOf(content) : content
}

const noEnglish = new WeakMap<SiteContent, SiteContent>()
/** The English site of a snapshot (one with no English pages when the snapshot has none, as in unit tests). */
function englishOf(content: SiteContent): SiteContent {
  if (content.english) return content.english
  if (!noEnglish.has(content))
    noEnglish.set(
      content,
      deepFreeze({ ...content, locale: 'en', pages: [], reports: [], datasets: [], privacyNotices: [], english: undefined }),
    )
  return noEnglish.get(content)!
}

/**
 * Works out `compute` for the site in `locale`: every read of the content inside it (route data, links, menus)
 * reads that site's. Synchronous only, so that nothing else runs while the language is switched.
 */
export function inLanguage<T>(locale: ContentLocale, compute: () => T): T {
  const holder = globalThis as Holder
  const previous = holder[LANGUAGE]
  holder[LANGUAGE] = locale
  try {
    const result = compute()
    if (result instanceof Promise) throw new Error('inLanguage() takes synchronous work only.')
    return result
  } finally {
    holder[LANGUAGE] = previous
  }
}

/** The language of the site being rendered. */
export const siteLanguage = (): ContentLocale => siteContent().locale ?? 'sv'
/** The address of the site's home page in the language being rendered ("/", "/en/"). */
export const homePath = () => localePath(siteLanguage(), '/')
/** A report's address in the language being rendered. */
export const reportHref = (report: Pick<Report, 'slug'>) =>
  siteLanguage() === 'en' ? englishReportPath(report.slug) : reportPath(report.slug)
/** A dataset's address in the language being rendered. */
export const datasetHref = (dataset: Pick<Dataset, 'slug'>) =>
  siteLanguage() === 'en' ? englishDatasetPath(dataset.slug) : datasetPath(dataset.slug)
/**
 * The slug a dataset's files are served under (/statistik/<slug>.csv, .json: one set, from the Swedish version's
 * address), or undefined when it is not published in Swedish.
 */
export const datasetFileSlug = (dataset: Pick<Dataset, 'id' | 'slug'>): string | undefined =>
  siteLanguage() === 'sv' ? dataset.slug : inLanguage('sv', () => findById(getDatasets(), dataset.id)?.slug)
/** A privacy notice's address in the language being rendered. */
export const privacyNoticeHref = (notice: Pick<PrivacyNotice, 'slug'>) =>
  siteLanguage() === 'en' ? englishPrivacyNoticePath(notice.slug) : privacyNoticePath(notice.slug)

/** A page as the English site shows it: its stored address and breadcrumbs (in English) under /en/. */
export const inEnglishSite = (page: Page): Page => ({
  ...page,
  path: page.path ? localePath('en', page.path) : page.path,
  breadcrumbs: page.breadcrumbs?.map((crumb) => ({ ...crumb, url: crumb.url ? localePath('en', crumb.url) : crumb.url })),
})

/** Whether content has been set in this process (the preview server may run before the first publish). */
export const hasSiteContent = () => (globalThis as Holder)[CONTENT] !== undefined

/**
 * A value worked out once per content snapshot: the content does not change while pages are rendered, and with
 * thousands of pages, sorting the reports again for each one costs minutes. A new snapshot gets new values.
 */
export function once<T>(compute: () => T): () => T {
  const values = new WeakMap<SiteContent, T>()
  return () => {
    const content = siteContent()
    if (!values.has(content)) values.set(content, compute())
    return values.get(content)!
  }
}

/**
 * Freezes a value and everything in it. Content and the values shared by many routes' data are frozen: route keys
 * remember the hash of a frozen object by its identity (route-key.ts), which is only right if nothing changes it
 * afterwards; rendering code that tried would fail loudly instead.
 */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

/** Swedish alphabetical order (å, ä, ö last). One collator: `localeCompare(…, 'sv')` builds one per call. */
export const swedishOrder = new Intl.Collator('sv').compare

/** Ids in order: numbers (SQLite, PostgreSQL) by value, strings (MongoDB) as strings. */
export const compareIds = (a: unknown, b: unknown) =>
  typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0

/** Reports newest first, then by title, then by id (a total order): the order of every list of publications. */
export const reportOrder = (a: Report, b: Report) =>
  a.publishedDate !== b.publishedDate
    ? a.publishedDate < b.publishedDate
      ? 1
      : -1
    : swedishOrder(a.title, b.title) || compareIds(a.id, b.id)
/** Datasets by title, then by id. */
export const datasetOrder = (a: Dataset, b: Dataset) => swedishOrder(a.title, b.title) || compareIds(a.id, b.id)

export const getPages = () => siteContent().pages
export const getTopics = () => siteContent().topics
/** Published datasets, by title. */
export const getDatasets = () => siteContent().datasets
export const getPrivacyNotices = () => siteContent().privacyNotices
/** Published reports, newest first. */
export const getReports = () => siteContent().reports
export const getSettings = (): SiteSetting => siteContent().settings
export const getNavigation = (): Navigation => siteContent().navigation

/** The id of a relation whether Payload populated it or not. */
export const idOf = (value: unknown): string | undefined =>
  value === null || value === undefined ? undefined : typeof value === 'object' ? String((value as { id: unknown }).id) : String(value)

/** The document a relation points to, among published ones (undefined when it is not published). */
export const findById = <T extends { id: unknown }>(docs: T[], relation: unknown): T | undefined => {
  const id = idOf(relation)
  return id === undefined ? undefined : docs.find((doc) => String(doc.id) === id)
}

/** A populated relation, or undefined when it is only an id (not readable by the public, e.g. a draft). */
export const populated = <T extends object>(value: T | number | string | null | undefined): T | undefined =>
  value && typeof value === 'object' ? value : undefined

/** Where a page lives on the public site: the home page at `home` ("/", "/en/"), every other page at its full path. */
export function pagePath(page: Pick<Page, 'id' | 'path'>, settings: SiteSetting | undefined, home = '/'): string {
  return idOf(settings?.homePage) === String(page.id) ? home : (page.path ?? home)
}

export { datasetPath, reportPath, privacyNoticePath }
