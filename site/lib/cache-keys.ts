import { createHash } from 'node:crypto'

import { getNavigation, getPages, getPrivacyNotices, getReports, getSettings } from './content'

/**
 * Cache keys for Astro's incremental builds: a page is rendered again only when its key changes.
 * A key is the document itself plus the site's "structure": everything one page shows of the others
 * (menu, footer, breadcrumbs, teasers, report lists, link targets). Editing the body of one report therefore
 * re-renders that report only; changing a title, address or the menu re-renders every page.
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

let structure: Promise<string> | undefined
function structureKey(): Promise<string> {
  structure ??= (async () => {
    const [pages, reports, notices, settings, navigation] = await Promise.all([getPages(), getReports(), getPrivacyNotices(), getSettings(), getNavigation()])
    return hashOf({
      pages: pages.map((p) => [p.id, p.path, p.title, p.lead, p.breadcrumbs]),
      reports: reports.map((r) => [r.id, r.slug, r.title, r.subtitle, r.publishedDate, r.reportNumber, shallow(r.topics, 1)]),
      notices: notices.map((n) => [n.id, n.slug, n.title]),
      settings: shallow(settings),
      navigation: shallow(navigation),
    })
  })()
  return structure
}

export async function cacheKeyFor(doc: unknown): Promise<string> {
  return hashOf([doc, await structureKey()])
}
