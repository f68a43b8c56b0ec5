/**
 * The sitemap (sitemaps.org protocol): every public page's address, from the same content the pages are rendered
 * from. Written as two endpoints (sitemap-index.xml and sitemap-0.xml, the names search engines were given before),
 * so the resident publisher renders it like any other route. Not listed: the preview, the forms' answers, 404.
 */
import { siteUrl } from '../../shared/urls'
import { ENGLISH_STATISTICS_PATH } from '../../shared/slug'
import {
  datasetHref,
  getDatasets,
  getPages,
  getPrivacyNotices,
  getReports,
  getSettings,
  homePath,
  inLanguage,
  pagePath,
  privacyNoticeHref,
  reportHref,
} from './content'
import { publicationListings } from './publications'

/** Every document with an address (pages, reports, datasets, privacy notices) by kind and id, in the site being rendered. */
const addresses = () => {
  const [settings, home] = [getSettings(), homePath()]
  return new Map<string, string>([
    ...getPages().flatMap((page) => (page.path ? [[`page ${page.id}`, pagePath(page, settings, home)] as const] : [])),
    ...getReports().map((report) => [`report ${report.id}`, reportHref(report)] as const),
    ...getDatasets().map((dataset) => [`dataset ${dataset.id}`, datasetHref(dataset)] as const),
    ...getPrivacyNotices().map((notice) => [`notice ${notice.id}`, privacyNoticeHref(notice)] as const),
  ])
}

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)
const xml = (body: string) =>
  new Response(`<?xml version="1.0" encoding="UTF-8"?>${body}`, { headers: { 'content-type': 'application/xml; charset=utf-8' } })
const absolute = (path: string) => escapeXml(new URL(path, `${siteUrl()}/`).href)

export async function sitemapPaths(): Promise<string[]> {
  const paths = [
    '/',
    ...addresses().values(),
    ...publicationListings().map((listing) => listing.href(listing.page)),
    '/statistik/',
    '/sok/',
  ]
  const english = inLanguage('en', () => [
    '/en/',
    ...addresses().values(),
    ...publicationListings().map((listing) => listing.href(listing.page)),
    ENGLISH_STATISTICS_PATH,
    '/en/search/',
  ])
  return [...new Set([...paths, ...english])].sort()
}

/**
 * Each document that has a version in the other language, with both versions (Google's hreflang in sitemaps: every
 * version lists all of them, itself included).
 */
function alternatesByPath(): Map<string, { lang: string; path: string }[]> {
  const swedish = addresses()
  const english = inLanguage('en', addresses)
  const result = new Map<string, { lang: string; path: string }[]>()
  for (const [id, en] of english) {
    const sv = swedish.get(id)
    if (!sv) continue
    const versions = [
      { lang: 'sv', path: sv },
      { lang: 'en', path: en },
    ]
    result.set(sv, versions).set(en, versions)
  }
  return result
}

export async function sitemapResponse(): Promise<Response> {
  const alternates = alternatesByPath()
  const urls = (await sitemapPaths())
    .map((path) => {
      const links = (alternates.get(path) ?? []).map(
        (version) => `<xhtml:link rel="alternate" hreflang="${version.lang}" href="${absolute(version.path)}"/>`,
      )
      return `<url><loc>${absolute(path)}</loc>${links.join('')}</url>`
    })
    .join('')
  return xml(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${urls}</urlset>`)
}

export const sitemapIndexResponse = () =>
  xml(
    `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${absolute('/sitemap-0.xml')}</loc></sitemap></sitemapindex>`,
  )
