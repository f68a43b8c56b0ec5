/**
 * The link check after each publish: the internal links (`<a href="/…">`) of the pages a publish rendered, and which
 * of them lead to no address of the new build (no page or file there, no redirect from it). A page that was not
 * rendered again keeps its links as last found; when addresses leave the build every page's links are checked, and
 * when addresses are added the pages with broken links are.
 */
import { fileFor } from './server'
import { urlOfFile, type ManifestEntry } from './store'

const ANCHOR_HREF = /<a\b[^>]*?\shref="([^"]*)"/g
const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' }

/** The addresses of this site an HTML page links to, without query or fragment, once each. */
export function internalLinksIn(html: string): string[] {
  const found = new Set<string>()
  for (const [, raw] of html.matchAll(ANCHOR_HREF)) {
    const href = raw.replace(/&(amp|quot|#39|lt|gt);/g, (entity) => ENTITIES[entity])
    if (!href.startsWith('/') || href.startsWith('//')) continue
    const path = href.split(/[?#]/)[0]
    if (path) found.add(path)
  }
  return [...found]
}

/** The addresses on other websites (http, https) a page links to, once each, without the fragment. */
export function externalLinksIn(html: string, siteUrl?: string): string[] {
  const own = siteUrl ? new URL(siteUrl).origin : undefined
  const found = new Set<string>()
  for (const [, raw] of html.matchAll(ANCHOR_HREF)) {
    const href = raw.replace(/&(amp|quot|#39|lt|gt);/g, (entity) => ENTITIES[entity])
    if (!/^https?:\/\//i.test(href)) continue
    try {
      const url = new URL(href)
      url.hash = ''
      if (url.origin !== own) found.add(url.href)
    } catch {
      // not an address: the link check of the page reports nothing for it
    }
  }
  return [...found]
}

export type BrokenLink = { page: string; links: string[] }

export class LinkChecker {
  /** Page file → the internal addresses it links to. */
  #links = new Map<string, string[]>()
  /** Page file → the ones that lead nowhere. */
  #broken = new Map<string, string[]>()

  /** Remembers the links of a rendered page. */
  found(file: string, html: string): void {
    if (file.endsWith('.html')) this.#links.set(file, internalLinksIn(html))
  }

  /** The pages that link to an address (with or without its closing "/"). */
  linkingTo(address: string): string[] {
    const wanted = new Set([address, address.endsWith('/') ? address.slice(0, -1) : `${address}/`])
    return [...this.#links]
      .filter(([, links]) => links.some((link) => wanted.has(link)))
      .map(([file]) => urlOfFile(file))
      .sort()
  }

  /**
   * Checks pages against the build's files and redirects: every page (`all`: an address left the build), the rendered
   * ones and those with broken links (an address was added, which may fix one), or the rendered ones. Returns each
   * page with links that lead nowhere, by address.
   */
  check(
    files: Record<string, ManifestEntry>,
    redirects: Set<string>,
    rendered: Iterable<string>,
    scope: 'all' | 'rendered-and-broken' | 'rendered',
  ): BrokenLink[] {
    for (const file of this.#links.keys()) if (!files[file]) this.#links.delete(file)
    for (const file of this.#broken.keys()) if (!files[file]) this.#broken.delete(file)
    const manifest = { files } as Parameters<typeof fileFor>[0]
    // Most pages link the same addresses (menu, footer, lists): each is looked up once per check.
    const known = new Map<string, boolean>()
    const leads = (path: string) => {
      let found = known.get(path)
      if (found === undefined) {
        found = redirects.has(path) || redirects.has(`${path}/`) || fileFor(manifest, path) !== undefined
        known.set(path, found)
      }
      return found
    }
    const pages =
      scope === 'all'
        ? [...this.#links.keys()]
        : scope === 'rendered-and-broken'
          ? new Set([...rendered, ...this.#broken.keys()])
          : rendered
    for (const file of pages) {
      const broken = (this.#links.get(file) ?? []).filter((path) => !leads(path))
      if (broken.length > 0) this.#broken.set(file, broken)
      else this.#broken.delete(file)
    }
    return [...this.#broken]
      .map(([file, links]) => ({ page: urlOfFile(file), links }))
      .sort((a, b) => (a.page < b.page ? -1 : a.page > b.page ? 1 : 0))
  }
}
