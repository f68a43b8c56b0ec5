import { createHash } from 'node:crypto'

import { reportsFor, teasersFor } from './block-data'
import type { Page, Report } from './content'
import { findById, getDatasets, getNavigation, getPages, getPrivacyNotices, getReports, getSettings } from './content'

/**
 * Cache keys for Astro's incremental builds: a page is rendered again only when its key changes.
 * A key is the document itself, the site "shell" every page shows (menu, footer, breadcrumbs, the addresses
 * links resolve to), and for a page the documents its blocks show (teasers, report lists).
 * So editing a report re-renders that report and the pages listing it; renaming a page or changing the menu
 * re-renders every page. (The home page and the publications list are rendered on every build.)
 */
export const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 32)

/** Populated documents (objects with an id and updatedAt) replaced by their id: what a reference is, not what it holds. */
function shallow(value: unknown, depth = 0): unknown {
  if (Array.isArray(value)) return value.map((v) => shallow(v, depth))
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (depth > 0 && 'id' in record && 'updatedAt' in record) return record.id
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, shallow(v, depth + 1)]))
  }
  return value
}

let shell: Promise<string> | undefined
function shellKey(): Promise<string> {
  shell ??= (async () => {
    const [pages, reports, notices, settings, navigation] = await Promise.all([getPages(), getReports(), getPrivacyNotices(), getSettings(), getNavigation()])
    return hashOf({
      pages: pages.map((p) => [p.id, p.path, p.title]),
      reports: reports.map((r) => [r.id, r.slug]),
      notices: notices.map((n) => [n.id, n.slug]),
      settings: shallow(settings),
      navigation: shallow(navigation),
    })
  })()
  return shell
}

/** What a report card (components/ReportCard.astro) shows of a report. */
export const reportCardKey = (r: Report) => [r.id, r.slug, r.title, r.subtitle, r.publishedDate, r.reportNumber, r.type]

/** What a page's blocks show of other documents. */
async function blockDependencies(page: Page) {
  return Promise.all(
    (page.layout ?? []).map(async (block) => {
      if (block.blockType === 'reportList') return (await reportsFor(block)).map(reportCardKey)
      // The dataset and the privacy notice as published now (the blocks look them up by id, see Blocks.astro).
      if (block.blockType === 'statistics') return findById(await getDatasets(), block.dataset)?.updatedAt ?? null
      if (block.blockType === 'form') return findById(await getPrivacyNotices(), block.privacyNotice)?.updatedAt ?? null
      if (block.blockType === 'teaserList') return (await teasersFor(block)).map(({ page: p, text }) => [p.id, p.path, p.title, text])
      return null
    }),
  )
}

export async function pageCacheKey(page: Page): Promise<string> {
  return hashOf([page, await shellKey(), await blockDependencies(page)])
}

/** Reports and privacy notices show only themselves inside the shell. */
export async function documentCacheKey(doc: unknown): Promise<string> {
  return hashOf([doc, await shellKey()])
}

/** A page of the publications list: its reports as cards, its place among the pages, and the filters it offers. */
export async function listingCacheKey(listing: { reports: Report[]; page: number; pages: number; total: number; base: string }, facets: unknown): Promise<string> {
  return hashOf([listing.base, listing.page, listing.pages, listing.total, listing.reports.map(reportCardKey), facets, await shellKey()])
}
