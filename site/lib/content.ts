/** Typed access to the content the loaders pulled, and the URL of each kind of document. */
import { getCollection, getEntry } from 'astro:content'

import type { Dataset, Document, Media, Navigation, Page, PrivacyNotice, Report, SiteSetting, Topic } from '../../shared/payload-types'
import { datasetPath, privacyNoticePath, reportPath } from '../../shared/slug'

export type { Dataset, Document, Media, Navigation, Page, PrivacyNotice, Report, SiteSetting, Topic }

type CollectionName = 'pages' | 'reports' | 'datasets' | 'topics' | 'privacyNotices'

/**
 * A value worked out once per build (or per preview build): the content store does not change while pages are
 * rendered, and with thousands of pages, sorting the reports again for each one costs minutes.
 */
export function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined
  return () => (value ??= compute())
}

const dataOf = async <T>(name: CollectionName) => (await getCollection(name)).map((entry) => entry.data as unknown as T)

export const getPages = once(() => dataOf<Page>('pages'))
export const getTopics = once(() => dataOf<Topic>('topics'))
/** Published datasets, by title. */
export const getDatasets = once(async () => (await dataOf<Dataset>('datasets')).sort((a, b) => a.title.localeCompare(b.title, 'sv')))
export const getPrivacyNotices = once(() => dataOf<PrivacyNotice>('privacyNotices'))

/** Published reports, newest first. */
export const getReports = once(async (): Promise<Report[]> => {
  const reports = await dataOf<Report>('reports')
  return reports.sort((a, b) => b.publishedDate.localeCompare(a.publishedDate) || a.title.localeCompare(b.title, 'sv'))
})

export async function getSettings(): Promise<SiteSetting> {
  return (await getEntry('globals', 'site-settings'))?.data as unknown as SiteSetting
}

export async function getNavigation(): Promise<Navigation> {
  return (await getEntry('globals', 'navigation'))?.data as unknown as Navigation
}

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

/** Where a page lives on the public site: the home page at "/", every other page at its full path. */
export function pagePath(page: Pick<Page, 'id' | 'path'>, settings: SiteSetting | undefined): string {
  return idOf(settings?.homePage) === String(page.id) ? '/' : (page.path ?? '/')
}

export { datasetPath, reportPath, privacyNoticePath }
