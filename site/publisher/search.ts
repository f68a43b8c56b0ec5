/**
 * The site search (Pagefind), kept up to date instead of rebuilt. Swedish pages are spread over SEARCH_SHARDS indexes
 * by a hash of their address, English ones (under /en/) over ENGLISH_SEARCH_SHARDS more, indexed as English; each index stays in memory in Pagefind's service. A publish gives a shard the pages that
 * changed in it (Pagefind replaces a page it already has), and rebuilds a shard only when a page left it (Pagefind
 * cannot remove one). Only the shards a publish touched are written again, under /pagefind/<n>/; the search page
 * (/sok/, /en/search/) reads the shards with pages in its language (pagefind/shards.json: { sv: […], en: […] }), loads
 * the first and merges the others (Pagefind's multisite search).
 * Only pages with `data-pagefind-body` (pages, publications, statistics, privacy notices) are indexed.
 */
import { createHash } from 'node:crypto'

import * as pagefind from 'pagefind'

import { ENGLISH_SEARCH_SHARDS, SEARCH_SHARDS } from '../../shared/build-layout'
import type { ContentLocale } from '../../shared/locales'

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>

const ALL_SHARDS = SEARCH_SHARDS + ENGLISH_SEARCH_SHARDS
const hashOf = (url: string) => createHash('sha1').update(url).digest().readUInt32BE(0)
/** The language of a page by its address: English under /en/. */
const languageOf = (url: string): ContentLocale => (url.startsWith('/en/') ? 'en' : 'sv')
/** The shard of a page: one of the first SEARCH_SHARDS for Swedish pages, of the ENGLISH_SEARCH_SHARDS after them for English. */
export const shardOf = (url: string) =>
  languageOf(url) === 'en' ? SEARCH_SHARDS + (hashOf(url) % ENGLISH_SEARCH_SHARDS) : hashOf(url) % SEARCH_SHARDS
/** The language a shard's pages are in (and indexed as). */
export const languageOfShard = (shard: number): ContentLocale => (shard >= SEARCH_SHARDS ? 'en' : 'sv')

/**
 * What Pagefind indexes of a page, as a string to compare: the `data-pagefind-body` element without the parts
 * marked `data-pagefind-ignore`, and the page's `data-pagefind-meta` tags. Undefined for a page not indexed.
 * A page whose HTML changed outside it (the menu, the footer, its related publications) keeps its place in the
 * index untouched, so a menu change does not re-index the whole site. The templates are the site's own, written
 * by Astro (well-formed); the equivalence test compares the index's page fragments with a clean build's.
 */
export function searchableContent(html: string): string | undefined {
  const start = html.indexOf('data-pagefind-body')
  if (start < 0) return undefined
  const open = html.lastIndexOf('<', start)
  const tag = /^<([a-z]+)/.exec(html.slice(open))![1]
  let body = html.slice(open, closingEnd(html, open, tag))
  for (let at = body.indexOf('data-pagefind-ignore'); at >= 0; at = body.indexOf('data-pagefind-ignore')) {
    const from = body.lastIndexOf('<', at)
    const name = /^<([a-z0-9]+)/.exec(body.slice(from))![1]
    body = body.slice(0, from) + body.slice(closingEnd(body, from, name))
  }
  const meta = html.match(/<[^>]*data-pagefind-meta[^>]*>/g) ?? []
  return [...meta, body].join('\n')
}

/** Where the element of `tag` opening at `open` ends (after its closing tag), counting nested ones of the same name. */
function closingEnd(html: string, open: number, tag: string): number {
  const pattern = new RegExp(`<(/?)${tag}[\\s>/]`, 'g')
  pattern.lastIndex = open + 1
  let depth = 1
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    depth += match[1] ? -1 : 1
    if (depth === 0) return html.indexOf('>', match.index) + 1
  }
  return html.length
}

export class SearchIndex {
  constructor(private readonly options: { keep: boolean } = { keep: true }) {}

  #indexes = new Map<number, Index>()
  /** What each shard holds: address → hash of the page's HTML. */
  #pages = Array.from({ length: ALL_SHARDS }, () => new Map<string, string>())

  /**
   * Brings the indexes to `desired` (every indexable page: address → hash of what is indexed of it). Pages new or changed are
   * added (Pagefind replaces a page it has); a shard a page left is rebuilt. `htmlOf` gives a page's HTML.
   * Returns the files of every shard touched, by their path under the site's root (pagefind/<n>/…).
   */
  async update(
    desired: Map<string, string>,
    htmlOf: (url: string, hash: string) => Buffer,
  ): Promise<{ files: Map<string, Buffer>; shards: number[] }> {
    // The first time, every shard is written (an empty one too: /sok/ merges them all); after a rollback too, since
    // the live files then are not what the indexes hold.
    const touched = new Set<number>(this.#indexes.size === 0 || this.#writeAll ? this.#pages.keys() : [])
    this.#writeAll = false
    const adds = Array.from({ length: ALL_SHARDS }, () => [] as [string, string][])
    const leaving = new Set<number>()
    for (const [url, hash] of desired) {
      const shard = shardOf(url)
      if (this.#pages[shard].get(url) !== hash) adds[shard].push([url, hash])
    }
    this.#pages.forEach((pages, shard) => {
      for (const url of pages.keys()) if (!desired.has(url)) leaving.add(shard)
    })
    adds.forEach((list, shard) => list.length > 0 && touched.add(shard))
    for (const shard of leaving) touched.add(shard)

    const files = new Map<string, Buffer>()
    for (const shard of [...touched].sort((a, b) => a - b)) {
      const pages = this.#pages[shard]
      let index = this.#indexes.get(shard)
      if (!index || leaving.has(shard)) {
        // Rebuilt from scratch (Pagefind cannot remove a page), in address order.
        for (const url of [...pages.keys()]) if (!desired.has(url)) pages.delete(url)
        for (const [url, hash] of adds[shard]) pages.set(url, hash)
        await index?.deleteIndex()
        index = await newIndex(languageOfShard(shard))
        this.#indexes.set(shard, index)
        await addAll(index, [...pages], htmlOf)
      } else {
        for (const [url, hash] of adds[shard]) pages.set(url, hash)
        await addAll(index, adds[shard], htmlOf)
      }
      // An empty shard writes nothing: /sok/ merges only the shards pagefind/shards.json lists.
      if (pages.size === 0) continue
      const written = await index.getFiles()
      if (written.errors.length > 0) throw new Error(`Pagefind could not write the search index: ${written.errors.join('; ')}`)
      for (const file of written.files) files.set(`pagefind/${shard}/${file.path}`, Buffer.from(file.content))
      if (!this.options.keep) {
        await index.deleteIndex()
        this.#indexes.delete(shard)
      }
    }
    if (touched.size > 0) {
      const shards = this.#pages.flatMap((pages, shard) => (pages.size > 0 ? [shard] : []))
      const byLanguage = { sv: shards.filter((s) => languageOfShard(s) === 'sv'), en: shards.filter((s) => languageOfShard(s) === 'en') }
      files.set('pagefind/shards.json', Buffer.from(JSON.stringify(byLanguage)))
    }
    return { files, shards: [...touched] }
  }

  #writeAll = false
  /** The next update writes every shard. */
  writeAllNext(): void {
    this.#writeAll = true
  }

  async close(): Promise<void> {
    for (const index of this.#indexes.values()) await index.deleteIndex().catch(() => undefined)
    this.#indexes.clear()
    await pagefind.close()
  }
}

async function newIndex(language: ContentLocale): Promise<Index> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language })
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  return index
}

/** Adds pages a batch at a time, so Pagefind's service indexes while this process reads and sends the next. */
const BATCH = 32
async function addAll(index: Index, pages: [string, string][], htmlOf: (url: string, hash: string) => Buffer) {
  for (let i = 0; i < pages.length; i += BATCH) {
    await Promise.all(
      pages.slice(i, i + BATCH).map(async ([url, hash]) => {
        const added = await index.addHTMLFile({ url, content: htmlOf(url, hash).toString('utf8') })
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`)
      }),
    )
  }
}
