/**
 * A content snapshot for unit tests of the site's pure functions (site/lib), set the way a build or the publisher
 * sets one (setSiteContent). Each call makes a new snapshot, so every value worked out `once` per snapshot is
 * worked out afresh from it.
 */
import { deepFreeze, reportOrder, setSiteContent, type Page, type Report, type SiteContent, type Topic } from '../../site/lib/content'

export function useContent(content: Partial<SiteContent>): SiteContent {
  const snapshot = deepFreeze({
    pages: [],
    datasets: [],
    topics: [],
    privacyNotices: [],
    settings: { siteName: 'Testverket' },
    navigation: { items: [] },
    ...content,
    // Newest first, as loadSiteContent orders them.
    reports: [...(content.reports ?? [])].sort(reportOrder),
  } as SiteContent)
  setSiteContent(snapshot)
  return snapshot
}

export const topic = (id: number, title: string, slug = title.toLowerCase()): Topic => ({ id, title, slug }) as Topic

/** A published report: `topics` as ids (unpopulated) or topics (populated), as Payload may give them. */
export const report = (id: number, publishedDate: string, topics: (number | Topic)[] = [], extra: Partial<Report> = {}): Report =>
  ({ id, title: `Rapport ${id}`, slug: `rapport-${id}`, publishedDate, type: 'rapport', topics, ...extra }) as Report

export const page = (id: number, title: string, path: string, extra: Partial<Page> = {}): Page =>
  ({ id, title, slug: path.split('/').filter(Boolean).at(-1) ?? '', path, ...extra }) as Page
