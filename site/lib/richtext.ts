import { convertLexicalToHTML, LinkHTMLConverter, type HTMLConvertersFunction } from '@payloadcms/richtext-lexical/html'

import { describeDownload } from '../../shared/format'
import { safeHref } from '../../shared/security/safe-url'
import { documentFileUrl } from '../../shared/slug'
import type { Document, Media, Report } from './content'

import { siteUrl } from '../../shared/urls'
import { isExternalHref, linkResolver, type LinkResolver, type Relation } from './links'
import { imageAttributes } from './images'

/** A rich-text field's value as Payload's generated types give it (every rich-text field has this type). */
export type RichTextValue = Report['summary']

/** Said after every link to another website, so nobody leaves the site unawares. */
export const EXTERNAL_LINK_HINT = '<span class="link-hint">(länk till annan webbplats)</span>'

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)

/**
 * Lexical rich text to HTML with Payload's own converters (which escape text and sanitise URLs), adding what
 * the public site needs: internal links resolved to public paths, links to other websites marked as such,
 * images in responsive sizes, and document links that say type and size.
 */
export function richTextToHtml(data: RichTextValue | null | undefined, links: LinkResolver, siteUrl: string | URL | undefined): string {
  if (!data || typeof data !== 'object') return ''
  const converters: HTMLConvertersFunction = ({ defaultConverters }) => {
    const base = LinkHTMLConverter({
      internalDocToHref: ({ linkNode }) => (linkNode.fields.doc && links.hrefOf(linkNode.fields.doc)) || '#',
    })
    const markExternal = (html: string, url: string | undefined) =>
      url && isExternalHref(url, siteUrl) ? html.replace(/<\/a>$/, ` ${EXTERNAL_LINK_HINT}</a>`) : html
    return {
      ...defaultConverters,
      // A link whose address is not one the site renders (javascript:, data:, …) is shown as its text alone.
      link: (args) =>
        args.node.fields.linkType !== 'internal' && !safeHref(args.node.fields.url)
          ? args.nodesToHTML({ nodes: args.node.children }).join('')
          : markExternal(
              (base.link as (a: typeof args) => string)(args),
              args.node.fields.linkType === 'internal' ? undefined : args.node.fields.url,
            ),
      autolink: (args) =>
        !safeHref(args.node.fields.url)
          ? args.nodesToHTML({ nodes: args.node.children }).join('')
          : markExternal((base.autolink as (a: typeof args) => string)(args), args.node.fields.url),
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
        // A Swedish text on the English site is marked as Swedish (snapshot.ts).
        const lang = (code: string | undefined) => (code ? ` lang="${code}"` : '')
        const caption = media.caption ? `<figcaption${lang(media.captionLang)}>${escapeHtml(media.caption)}</figcaption>` : ''
        return `<figure><img src="${img.src}" srcset="${img.srcset}" sizes="${img.sizes}" width="${img.width}" height="${img.height}" alt="${escapeHtml(media.alt)}"${lang(media.altLang)} loading="lazy" decoding="async">${caption}</figure>`
      },
    }
  }
  return convertLexicalToHTML({ data, converters, disableContainer: true, disableIndent: true, disableTextAlign: true })
}

/** Rendered rich text. An object, so that unchanged text keeps its identity (and its cached hash) across publishes. */
export type Html = { readonly html: string }
const EMPTY: Html = Object.freeze({ html: '' })

/** The pages and reports a rich text links to: its HTML changes when one of their addresses does. */
function linkTargets(node: unknown, found: Relation[] = []): Relation[] {
  if (Array.isArray(node)) for (const child of node) linkTargets(child, found)
  else if (node && typeof node === 'object') {
    const doc = (node as { fields?: { doc?: unknown } }).fields?.doc
    if (doc && typeof doc === 'object' && 'relationTo' in doc) found.push(doc as Relation)
    for (const value of Object.values(node)) if (value && typeof value === 'object') linkTargets(value, found)
  }
  return found
}

const converted = new WeakMap<object, { targets: Relation[]; hrefs: string; value: Html }>()

/**
 * Rich text as HTML for route data, converted again only when the text (a new object) or the address of a page or
 * report it links to changed: with thousands of documents, converting every text on every publish costs seconds.
 */
export function richTextHtml(data: RichTextValue | null | undefined): Html {
  if (!data || typeof data !== 'object') return EMPTY
  const links = linkResolver()
  const previous = converted.get(data)
  const targets = previous?.targets ?? linkTargets(data)
  const hrefs = targets.map((target) => links.hrefOf(target) ?? '#').join('\n')
  if (previous?.hrefs === hrefs) return previous.value
  const value = Object.freeze({ html: richTextToHtml(data, links, siteUrl()) })
  converted.set(data, { targets, hrefs, value })
  return value
}
