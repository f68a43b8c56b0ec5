/**
 * The sitemap (sitemaps.org protocol): every public page's address, from the same content the pages are rendered
 * from. Written as two endpoints (sitemap-index.xml and sitemap-0.xml, the names search engines were given before),
 * so the resident publisher renders it like any other route. Not listed: the preview, the forms' answers, 404.
 */
import { siteUrl } from '../../shared/urls'
import {
  datasetPath,
  getDatasets,
  getPages,
  getPrivacyNotices,
  getReports,
  getSettings,
  pagePath,
  privacyNoticePath,
  reportPath,
} from './content'
import { publicationListings } from './publications'

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)
const xml = (body: string) =>
  new Response(`<?xml version="1.0" encoding="UTF-8"?>${body}`, { headers: { 'content-type': 'application/xml; charset=utf-8' } })
const absolute = (path: string) => escapeXml(new URL(path, `${siteUrl()}/`).href)

export async function sitemapPaths(): Promise<string[]> {
  const [pages, settings, reports, datasets, notices, listings] = await Promise.all([
    getPages(),
    getSettings(),
    getReports(),
    getDatasets(),
    getPrivacyNotices(),
    publicationListings(),
  ])
  const paths = [
    '/',
    ...pages.filter((page) => page.path).map((page) => pagePath(page, settings)),
    ...listings.map((listing) => listing.href(listing.page)),
    ...reports.map((report) => reportPath(report.slug)),
    '/statistik/',
    ...datasets.map((dataset) => datasetPath(dataset.slug)),
    ...notices.map((notice) => privacyNoticePath(notice.slug)),
    '/sok/',
  ]
  return [...new Set(paths)].sort()
}

export async function sitemapResponse(): Promise<Response> {
  const urls = (await sitemapPaths()).map((path) => `<url><loc>${absolute(path)}</loc></url>`).join('')
  return xml(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>`)
}

export const sitemapIndexResponse = () =>
  xml(
    `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${absolute('/sitemap-0.xml')}</loc></sitemap></sitemapindex>`,
  )
