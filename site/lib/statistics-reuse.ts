/** Reusing a dataset elsewhere: its addresses as JSON and as an embeddable chart, and the <iframe> code for it. */
import { siteUrl } from '../../shared/urls'

export const datasetJsonPath = (slug: string) => `/statistik/${slug}.json`
export const datasetEmbedPath = (slug: string) => `/statistik/${slug}/inbaddning/`

/** The size other sites get by default: the chart and its source line fit without scrolling at this width. */
export const EMBED_SIZE = { width: 640, height: 600 }

const escapeAttribute = (text: string) => text.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`)

/** The <iframe> element to paste, with a title (WCAG 4.1.2: a frame is named) and the embed's absolute address. */
/** The embeddable chart's absolute address (without a selection: the dataset's first view). */
export const embedUrl = (slug: string, base = siteUrl()) => new URL(datasetEmbedPath(slug), `${base}/`).href

export function embedCode({ slug, title, siteName }: { slug: string; title: string; siteName: string }, base = siteUrl()): string {
  const src = embedUrl(slug, base)
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(`Diagram: ${title} (${siteName})`)}" width="${EMBED_SIZE.width}" height="${EMBED_SIZE.height}" loading="lazy"></iframe>`
}
