/**
 * Where the publisher reads published content from: Payload's Local API in this process (the default),
 * the REST API of a running CMS when CMS_URL is set (a build on another machine), or an exported JSON snapshot
 * when CONTENT_JSON_DIR is set (builds without a CMS, used by the benchmark).
 * The local source asks as an anonymous reader through the Local API, so Payload's access rules apply: only
 * published documents come back. The REST API is closed to anonymous requests, so a remote build uses the API key
 * of a user (CMS_API_KEY) and asks for published documents only.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import { uploadsDir } from '../../cms/paths'
import type { ContentLocale } from '../../shared/locales'
import type { Config } from '../../shared/payload-types'
import { isPlainFileName, pathInside } from '../../shared/security/file-name'

export type PublicCollection = 'pages' | 'reports' | 'datasets' | 'topics' | 'privacy-notices' | 'media' | 'documents' | 'redirects'
export type PublicGlobal = 'site-settings' | 'navigation'

/** Collections with drafts: the public reads their published documents only. */
const DRAFTED: PublicCollection[] = ['pages', 'reports', 'datasets', 'privacy-notices']
const PUBLISHED = { _status: { equals: 'published' } }
/** How deep relations are populated: two levels, except redirects, whose pages and reports are looked up by id. */
const depthOf = (collection: PublicCollection) => (collection === 'redirects' ? 0 : 2)

type DocumentOf<C extends PublicCollection> = Config['collections'][C]
type GlobalOf<G extends PublicGlobal> = Config['globals'][G]

/** Documents as Payload's generated types say; what REST or JSON sources answer is trusted to be the same shape. */
export interface ContentSource {
  /**
   * Every published document of a collection, relations populated two levels deep. `locale`: the language its
   * text is read in and published in (Swedish unless given); a document not published in it is left out.
   */
  findAll<C extends PublicCollection>(collection: C, locale?: ContentLocale): Promise<DocumentOf<C>[]>
  /** The published documents with these ids, relations populated two levels deep. */
  findByIds<C extends PublicCollection>(collection: C, ids: string[], locale?: ContentLocale): Promise<DocumentOf<C>[]>
  /** A global in `locale` (Swedish unless given): its localized fields empty where it has no text in that language. */
  findGlobal<G extends PublicGlobal>(slug: G, locale?: ContentLocale): Promise<GlobalOf<G>>
  /** Copies an uploaded file (by its stored file name) to `target`. */
  copyUpload(collection: 'media' | 'documents', filename: string, target: string): Promise<void>
}

function localSource(): ContentSource {
  // Imported lazily so a REST build never loads Payload and its database driver.
  const cms = import('../../cms/get-cms').then(({ getCms }) => getCms())
  /** Published documents as an anonymous visitor sees them (access rules apply), optionally limited to some ids. */
  async function published<C extends PublicCollection>(
    collection: C,
    { ids, depth = depthOf(collection), locale = 'sv' }: { ids?: string[]; depth?: number; locale?: ContentLocale } = {},
  ): Promise<DocumentOf<C>[]> {
    const payload = await cms
    const conditions = [...(ids ? [{ id: { in: ids } }] : []), ...(DRAFTED.includes(collection) ? [PUBLISHED] : [])]
    const result = await payload.find({
      collection,
      where: conditions.length > 0 ? { and: conditions } : undefined,
      draft: false,
      overrideAccess: false,
      depth,
      pagination: false,
      // With localized publishing, `_status` above is the status in this language: no document is read in a
      // language it is not published in, and no text comes from another language (the config has no fallback).
      locale,
      fallbackLocale: false,
    })
    return result.docs
  }
  return {
    findAll: (collection, locale) => published(collection, { locale }),
    async findByIds(collection, ids, locale) {
      const docs = []
      for (let i = 0; i < ids.length; i += 500) docs.push(...(await published(collection, { ids: ids.slice(i, i + 500), locale })))
      return docs
    },
    async findGlobal(slug, locale = 'sv') {
      const payload = await cms
      return payload.findGlobal({ slug, depth: 2, overrideAccess: false, locale, fallbackLocale: false })
    },
    async copyUpload(collection, filename, target) {
      await fs.mkdir(path.dirname(target), { recursive: true })
      await fs.copyFile(pathInside(uploadsDir(collection), plain(filename)), target)
    },
  }
}

function restSource(baseUrl: string): ContentSource {
  const base = baseUrl.replace(/\/+$/, '')
  // The CMS's API is closed to anonymous visitors (SECURITY.md): a remote build signs in with a user's API key.
  const authorization: Record<string, string> = process.env.CMS_API_KEY ? { authorization: `users API-Key ${process.env.CMS_API_KEY}` } : {}
  async function getJson(url: string) {
    const response = await fetch(url, { headers: { accept: 'application/json', ...authorization } })
    if (!response.ok) throw new Error(`CMS answered ${response.status} for ${url}`)
    return response.json()
  }
  return {
    async findAll<C extends PublicCollection>(collection: C, locale: ContentLocale = 'sv') {
      const docs: DocumentOf<C>[] = []
      const where = DRAFTED.includes(collection) ? '&where[_status][equals]=published' : ''
      for (let page = 1; ; page++) {
        const body = await getJson(
          `${base}/api/${collection}?depth=${depthOf(collection)}&draft=false&limit=100&page=${page}${where}&locale=${locale}&fallback-locale=none`,
        )
        docs.push(...body.docs)
        if (!body.hasNextPage) return docs
      }
    },
    async findByIds<C extends PublicCollection>(collection: C, ids: string[], locale: ContentLocale = 'sv') {
      const docs: DocumentOf<C>[] = []
      const published = DRAFTED.includes(collection) ? '&where[and][1][_status][equals]=published' : ''
      for (let i = 0; i < ids.length; i += 100) {
        const idList = ids
          .slice(i, i + 100)
          .map((id) => `where[and][0][id][in]=${encodeURIComponent(id)}`)
          .join('&')
        const body = await getJson(
          `${base}/api/${collection}?depth=${depthOf(collection)}&draft=false&limit=100&${idList}${published}&locale=${locale}&fallback-locale=none`,
        )
        docs.push(...body.docs)
      }
      return docs
    },
    findGlobal: (slug, locale = 'sv') => getJson(`${base}/api/globals/${slug}?depth=2&locale=${locale}&fallback-locale=none`),
    async copyUpload(collection, filename, target) {
      const response = await fetch(`${base}/api/${collection}/file/${encodeURIComponent(plain(filename))}`, { headers: authorization })
      if (!response.ok) throw new Error(`CMS answered ${response.status} for the file ${filename}`)
      await fs.mkdir(path.dirname(target), { recursive: true })
      await fs.writeFile(target, Buffer.from(await response.arrayBuffer()))
    },
  }
}

/**
 * A snapshot exported to JSON files (`<collection>.json`, English in `<collection>.en.json`, `globals/<slug>.json`,
 * `uploads/<collection>/…`):
 * builds the same site without any CMS, which is how `npm run bench` measures what the CMS adds to a build.
 */
function jsonSource(dir: string): ContentSource {
  const read = async (file: string) => JSON.parse(await fs.readFile(path.join(dir, file), 'utf8'))
  const all = <C extends PublicCollection>(collection: C, locale: ContentLocale = 'sv'): Promise<DocumentOf<C>[]> =>
    read(`${collection}${locale === 'sv' ? '' : `.${locale}`}.json`).catch(() => [])
  return {
    findAll: all,
    async findByIds<C extends PublicCollection>(collection: C, ids: string[], locale?: ContentLocale) {
      const wanted = new Set(ids)
      return (await all(collection, locale)).filter((d) => wanted.has(String(d.id)))
    },
    findGlobal: (slug, locale = 'sv') =>
      locale === 'sv' ? read(`globals/${slug}.json`) : read(`globals/${slug}.${locale}.json`).catch(() => read(`globals/${slug}.json`)),
    async copyUpload(collection, filename, target) {
      await fs.mkdir(path.dirname(target), { recursive: true })
      await fs.copyFile(pathInside(path.join(dir, 'uploads', collection), plain(filename)), target)
    },
  }
}

/** A stored file's name from the CMS, refused unless it names one file in its folder. */
function plain(filename: string): string {
  if (!isPlainFileName(filename)) throw new Error(`Refused the upload name ${JSON.stringify(filename)}: not a plain file name`)
  return filename
}

let source: ContentSource | undefined
export function contentSource(): ContentSource {
  source ??= process.env.CONTENT_JSON_DIR
    ? jsonSource(process.env.CONTENT_JSON_DIR)
    : process.env.CMS_URL
      ? restSource(process.env.CMS_URL)
      : localSource()
  return source
}
