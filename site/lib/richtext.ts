import { convertLexicalToHTML, defaultHTMLConverters, LinkHTMLConverter, type HTMLConvertersFunction } from '@payloadcms/richtext-lexical/html'

import { describeDownload } from '../../shared/format'
import { documentFileUrl } from '../../shared/slug'
import type { Document, Media } from './content'
import { isExternalHref, type LinkResolver } from './links'
import { imageAttributes } from './images'

/** Said after every link to another website, so nobody leaves the site unawares. */
export const EXTERNAL_LINK_HINT = '<span class="link-hint">(länk till annan webbplats)</span>'

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)

/**
 * Lexical rich text to HTML with Payload's own converters (which escape text and sanitise URLs), adding what
 * the public site needs: internal links resolved to public paths, links to other websites marked as such,
 * images in responsive sizes, and document links that say type and size.
 */
export function richTextToHtml(data: unknown, links: LinkResolver, siteUrl: string | URL | undefined): string {
  if (!data || typeof data !== 'object') return ''
  const converters: HTMLConvertersFunction = ({ defaultConverters }) => {
    const base = LinkHTMLConverter({
      internalDocToHref: ({ linkNode }) => links.hrefOf(linkNode.fields.doc as never) ?? '#',
    })
    const markExternal = (html: string, url: string | undefined) => (url && isExternalHref(url, siteUrl) ? html.replace(/<\/a>$/, ` ${EXTERNAL_LINK_HINT}</a>`) : html)
    return {
      ...defaultConverters,
      link: (args) => markExternal((base.link as (a: typeof args) => string)(args), args.node.fields.linkType === 'internal' ? undefined : args.node.fields.url),
      autolink: (args) => markExternal((base.autolink as (a: typeof args) => string)(args), args.node.fields.url),
      upload: ({ node }) => {
        const value = node.value as unknown
        if (!value || typeof value !== 'object') return ''
        if (node.relationTo === 'documents') {
          const doc = value as Document
          return `<a class="download" href="${documentFileUrl(doc.filename ?? '')}">${escapeHtml(doc.title)} <span class="download-meta">(${describeDownload(doc)})</span></a>`
        }
        const media = value as Media
        const img = imageAttributes(media, '(min-width: 60rem) 48rem, 100vw')
        if (!img) return ''
        const caption = media.caption ? `<figcaption>${escapeHtml(media.caption)}</figcaption>` : ''
        return `<figure><img src="${img.src}" srcset="${img.srcset}" sizes="${img.sizes}" width="${img.width}" height="${img.height}" alt="${escapeHtml(media.alt)}" loading="lazy" decoding="async">${caption}</figure>`
      },
    }
  }
  return convertLexicalToHTML({ data: data as never, converters, disableContainer: true, disableIndent: true, disableTextAlign: true })
}
