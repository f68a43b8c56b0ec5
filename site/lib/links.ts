import { safeHref } from '../../shared/security/safe-url'
import type { Page, Report, SiteSetting } from './content'
import {
  datasetHref,
  getDatasets,
  getPages,
  getPrivacyNotices,
  getReports,
  getSettings,
  homePath,
  idOf,
  once,
  pagePath,
  privacyNoticeHref,
  reportHref,
} from './content'

/** A reference to another document; pages, reports, datasets and privacy notices have addresses. */
export type Relation = { relationTo: string; value: unknown }
export type LinkValue = { label: string; linkType?: 'internal' | 'external' | null; reference?: Relation | null; url?: string | null }
export type ResolvedLink = { href: string; label: string; external: boolean }

/** Absolute http(s) address on another host than the site's own. */
export function isExternalHref(href: string, siteUrl: string | URL | undefined): boolean {
  if (!/^https?:\/\//i.test(href)) return false
  if (!siteUrl) return true
  return new URL(href).host !== new URL(siteUrl).host
}

export type LinkResolver = {
  settings: SiteSetting
  /** The public address of a page, report, dataset or privacy notice, or undefined when it is not published. */
  hrefOf(relation: Relation): string | undefined
  resolve(link: LinkValue, siteUrl: string | URL | undefined): ResolvedLink | undefined
  pagesById: Map<string, Page>
  reportsById: Map<string, Report>
}

/** Datasets by id, once per snapshot. */
const datasetsById = once(() => new Map(getDatasets().map((d) => [String(d.id), d])))

/** Built once per content snapshot: maps from id to the published document, so links to unpublished content are dropped, never broken. */
export const linkResolver = once((): LinkResolver => {
  const [pages, reports, settings, home] = [getPages(), getReports(), getSettings(), homePath()]
  const pagesById = new Map(pages.map((p) => [String(p.id), p]))
  const reportsById = new Map(reports.map((r) => [String(r.id), r]))
  const hrefOf = ({ relationTo, value }: Relation) => {
    const id = idOf(value)
    if (!id) return undefined
    if (relationTo === 'pages') {
      const page = pagesById.get(id)
      return page ? pagePath(page, settings, home) : undefined
    }
    if (relationTo === 'reports') {
      const report = reportsById.get(id)
      return report ? reportHref(report) : undefined
    }
    if (relationTo === 'datasets') {
      const dataset = datasetsById().get(id)
      return dataset ? datasetHref(dataset) : undefined
    }
    if (relationTo === 'privacy-notices') {
      const notice = getPrivacyNotices().find((n) => String(n.id) === id)
      return notice ? privacyNoticeHref(notice) : undefined
    }
    return undefined
  }
  return {
    settings,
    pagesById,
    reportsById,
    hrefOf,
    resolve(link, siteUrl) {
      // Whatever the CMS holds, only http(s), mailto, tel and site paths become links (shared/security/safe-url.ts).
      const href = link.linkType === 'external' ? safeHref(link.url) : link.reference ? hrefOf(link.reference) : undefined
      return href ? { href, label: link.label, external: isExternalHref(href, siteUrl) } : undefined
    },
  }
})
