/**
 * The resident publisher: one long-lived object that holds the renderer for the current code, the published
 * content in memory and the live manifest, and turns a content change into a new live build in about a second.
 *
 * A publish: fetch the changed documents (snapshot.ts) → compute every route's data and key (route-data.ts; the
 * renderer's getStaticPaths) → render only routes whose key changed, and the few static routes → store the files
 * that differ (store.ts) → update the search shards those pages are in (search.ts) → write the manifest → switch
 * the live pointer. Changes that arrive during a publish are folded into the next one. A failed publish leaves
 * the live build as it was and its changes are tried again with the next publish.
 *
 * Starting a publisher is the full build: `astro build` for the code, then every route rendered. `npm run build`
 * does exactly that and writes the result out as a folder.
 */
import fs from 'node:fs'
import path from 'node:path'

import { isPlainFileName } from '../../shared/security/file-name'
import { hasExtensionOfItsType } from '../../shared/security/file-types'
import { headersFile, siteHeaderRules, siteUsesHttps } from '../../shared/security/headers'
import { redirectPage, redirectPageFile, redirectsFile } from '../../shared/redirects'

import { contentSource, type ContentSource } from '../lib/cms-source'
import { setSiteContent, type Media, type SiteContent } from '../lib/content'
import { mediaFiles } from '../lib/images'
import { redirectRules } from '../lib/redirects'
import { loadSiteContent, updateSiteContent, type ContentChange } from '../lib/snapshot'
import { LinkChecker, type BrokenLink } from './links'
import { buildRenderer, type Renderer } from './renderer'
import { SearchIndex, searchableContent } from './search'
import { fileOfUrl, hashOf, SiteStore, urlOfFile, type Manifest, type ManifestEntry } from './store'

/** Milliseconds. `routes` (every route's data and key) is part of `render`. */
export type PhaseTimes = { wake: number; fetch: number; routes: number; render: number; write: number; search: number; switch: number }

export interface PublishRecord {
  id: string
  status: 'succeeded' | 'failed' | 'unchanged'
  reason: string
  startedAt: string
  durationMs: number
  /** Files of the build (pages, assets, uploads, search index). */
  files: number
  /** Routes rendered by this publish, and how many routes there are. */
  rendered: string[]
  routes: number
  /** Files that were new or changed. */
  written: number
  /** Uploaded files the build holds, and pages in the search index. */
  uploads: number
  searchPages: number
  phases: PhaseTimes
  /** Pages of the build with internal links that lead nowhere (links.ts). */
  brokenLinks: BrokenLink[]
  error?: string
}

export interface PublisherOptions {
  root: string
  /** Where the store, the manifests and the live pointer live. */
  siteDir: string
  /** Where `astro build` writes the code (client assets, preview server). */
  codeDir: string
  siteUrl: string
  source?: ContentSource
  /** Builds kept for rollback. */
  keep?: number
  /** Days the archive keeps earlier builds (every one when unset): SITE_ARCHIVE_DAYS. */
  archiveDays?: number
  /**
   * false for a one-off build (`npm run build`): the search indexes are let go as soon as each shard is written,
   * so the build holds one shard's index at a time. A resident publisher keeps them to update them.
   */
  resident?: boolean
  log?: (line: string) => void
}

const KEEP_BUILDS = 5
const newId = () => new Date().toISOString().replace(/[:.]/g, '-')
const ms = (since: number) => Math.round(performance.now() - since)

type IndexedPage = { file: string; content: string }
type Request = { changes: ContentChange[]; reason: string; at: number; done: (record: PublishRecord) => void }

export class Publisher {
  readonly store: SiteStore
  #renderer: Renderer
  #source: ContentSource
  #content: SiteContent
  #live: Manifest | undefined
  /** The client assets (CSS, the island's JavaScript) and the public folder's files of the code build. */
  #assets: Record<string, ManifestEntry> = {}
  #search: SearchIndex
  #linkChecker = new LinkChecker()
  /** Upload files by collection, name and the document's last change → their stored hash. */
  #uploads = new Map<string, string>()
  #queue: Request[] = []
  #retry: ContentChange[] = []
  #draining: Promise<void> | undefined
  /** After a rollback the next publish compares everything with the live build, even without a content change. */
  #resync = false
  #log: (line: string) => void

  private constructor(
    readonly options: PublisherOptions,
    renderer: Renderer,
    content: SiteContent,
  ) {
    this.store = new SiteStore(options.siteDir)
    this.#renderer = renderer
    this.#source = options.source ?? contentSource()
    this.#content = content
    this.#live = undefined
    this.#log = options.log ?? (() => undefined)
    this.#search = new SearchIndex({ keep: options.resident ?? true })
  }

  /** Builds the code, loads all published content and publishes every route: the full build. */
  static async start(options: PublisherOptions): Promise<{ publisher: Publisher; record: PublishRecord }> {
    const started = performance.now()
    const source = options.source ?? contentSource()
    const content = await loadSiteContent(source)
    setSiteContent(content)
    const renderer = await buildRenderer({ root: options.root, outDir: options.codeDir, siteUrl: options.siteUrl })
    const publisher = new Publisher({ ...options, source }, renderer, content)
    const { store } = publisher
    // The client assets (CSS, the island's JavaScript) and the public folder's files, as Astro wrote them.
    const clientDir = path.join(options.codeDir, 'client')
    for (const name of fs.readdirSync(clientDir, { recursive: true }) as string[]) {
      const file = path.join(clientDir, name)
      if (fs.statSync(file).isFile()) publisher.#assets[name.split(path.sep).join('/')] = { hash: store.put(fs.readFileSync(file)) }
    }
    // The site's security headers, for static hosts that read a _headers file (shared/security/headers.ts).
    publisher.#assets['_headers'] = { hash: store.put(Buffer.from(headersFile(siteHeaderRules({ https: siteUsesHttps() })))) }
    publisher.#log(`built the code in ${ms(started)} ms; publishing every route`)
    const record = await publisher.#publishOnce([], 'fullständigt bygge', performance.now(), true)
    if (record.status === 'failed') throw new Error(`The site could not be built: ${record.error}`)
    return { publisher, record }
  }

  /** The live build's manifest. */
  get live(): Manifest | undefined {
    return this.#live
  }

  get codeDir(): string {
    return this.options.codeDir
  }

  /**
   * Publishes these changes (and any waiting). Resolves with the record of the publish that made them live.
   * Calls made while a publish runs are folded into the next one.
   */
  publish(changes: ContentChange[], reason: string): Promise<PublishRecord> {
    return new Promise((done) => {
      this.#queue.push({ changes, reason, at: performance.now(), done })
      this.#draining ??= this.#drain().finally(() => (this.#draining = undefined))
    })
  }

  /** Waits until nothing is being published. */
  async idle(): Promise<void> {
    while (this.#draining) await this.#draining
  }

  async #drain() {
    while (this.#queue.length > 0) {
      const batch = this.#queue.splice(0)
      const changes = [...this.#retry, ...batch.flatMap((r) => r.changes)]
      this.#retry = []
      const reason = [...new Set(batch.map((r) => r.reason))].join('; ')
      const record = await this.#exclusive(() => this.#publishOnce(changes, reason, Math.min(...batch.map((r) => r.at))))
      if (record.status === 'failed') this.#retry = changes
      for (const request of batch) request.done(record)
    }
  }

  // Publishes and impact previews set the content every page renders from: one at a time.
  #lock: Promise<unknown> = Promise.resolve()
  #exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#lock.then(work, work)
    this.#lock = run.catch(() => undefined)
    return run
  }

  /**
   * What publishing a change would alter, without publishing it: the addresses whose route key would change (pages
   * that would be rendered anew, the lists and feeds that show the document among them) and those that would go.
   * `source` reads the changed document as it would be published (its draft). The few routes without a key (home,
   * first list pages, RSS, sitemap) are rendered on every publish and are not listed.
   */
  impact(change: ContentChange, source: ContentSource): Promise<{ changed: string[]; removed: string[] }> {
    return this.#exclusive(async () => {
      const content = await updateSiteContent(this.#content, [change], source)
      if (content === this.#content) return { changed: [], removed: [] }
      setSiteContent(content)
      try {
        const live = this.#live?.files ?? {}
        const seen = new Set<string>()
        const changed: string[] = []
        for (const route of await this.#renderer.paths()) {
          seen.add(route.file)
          if (route.key !== undefined && live[route.file]?.key !== route.key) changed.push(route.pathname)
        }
        const removed = Object.keys(live)
          .filter((file) => live[file].key !== undefined && !seen.has(file))
          .map(urlOfFile)
        return { changed: changed.sort(), removed: removed.sort() }
      } finally {
        setSiteContent(this.#content)
      }
    })
  }

  /** The pages of the live build that link to an address (before it is deleted or moved, say). */
  linksTo(address: string): string[] {
    return this.#linkChecker.linkingTo(address)
  }

  /** Shows an earlier build again; the next publish starts from it (and renders what differs from the content). */
  rollbackTo(id: string): Manifest {
    const manifest = this.store.readManifest(id)
    if (!manifest) throw new Error(`Bygget ${id} finns inte kvar och kan inte visas igen.`)
    this.store.setLive(id)
    this.#live = manifest
    this.#searchFiles = new Map(Object.entries(manifest.files).filter(([file]) => file.startsWith('pagefind/')))
    this.#resync = true
    this.#search.writeAllNext()
    return manifest
  }

  async stop(): Promise<void> {
    await this.idle()
    await this.#search.close()
  }

  async #publishOnce(changes: ContentChange[], reason: string, wokeAt: number, full = false): Promise<PublishRecord> {
    const startedAt = new Date()
    const phases: PhaseTimes = { wake: ms(wokeAt), fetch: 0, routes: 0, render: 0, write: 0, search: 0, switch: 0 }
    const record: PublishRecord = {
      id: newId(),
      status: 'succeeded',
      reason,
      startedAt: startedAt.toISOString(),
      durationMs: 0,
      files: 0,
      rendered: [],
      routes: 0,
      written: 0,
      uploads: 0,
      searchPages: 0,
      phases,
      brokenLinks: [],
    }
    const previous = this.#content
    const base = full ? undefined : this.#live
    let t = performance.now()
    try {
      const content = full ? previous : await updateSiteContent(previous, changes, this.#source)
      phases.fetch = ms(t)
      if (!full && content === previous && !this.#resync) {
        record.status = 'unchanged'
        record.files = Object.keys(this.#live?.files ?? {}).length
        record.searchPages = this.#indexed.size
        record.durationMs = ms(wokeAt)
        return record
      }
      setSiteContent(content)

      // Render every route whose key changed, and the static routes (no key; a handful); write each file into the
      // store as soon as it is rendered, so a full build holds one page in memory at a time, not twelve thousand.
      t = performance.now()
      let writing = 0
      const files: Record<string, ManifestEntry> = { ...this.#assets }
      const fresh = new Map<string, string>()
      const bodies = new Map<string, Buffer>() // kept for the search index when a publish renders few pages
      const paths = await this.#renderer.paths()
      phases.routes = ms(t)
      record.routes = paths.length
      for (const route of paths) {
        const before = base?.files[route.file]
        if (before && route.key !== undefined && before.key === route.key) {
          files[route.file] = before
          continue
        }
        const body = await this.#renderer.render(route)
        const writeStarted = performance.now()
        const hash = this.store.put(body)
        writing += performance.now() - writeStarted
        files[route.file] = { hash, key: route.key }
        fresh.set(route.file, hash)
        this.#linkChecker.found(route.file, body.toString('utf8'))
        if (bodies.size < 500) bodies.set(route.file, body)
        if (before?.hash !== hash) record.written++
        record.rendered.push(route.pathname)
        // The site server shares this process: let it answer requests between renders of a long publish.
        if (fresh.size % 50 === 0) await new Promise((resolve) => setImmediate(resolve))
      }
      phases.render = Math.round(ms(t) - writing)

      // Write: the uploads that published content uses (the pages were stored as they were rendered).
      t = performance.now()
      record.uploads = await this.#addUploads(content, files)
      const redirects = this.#addRedirects(content, files)
      // Every page's links are checked again when an address left the build (any link may break); when one was added,
      // the pages with broken links too (one may be fixed); otherwise the rendered pages'. The search index's and the
      // code's files are never linked from a page: their renames do not count.
      const isAddress = (file: string) => !file.startsWith('pagefind/') && !file.startsWith('_astro/')
      const before = base?.files
      const scope =
        !before || this.#resync || Object.keys(before).some((file) => !files[file] && isAddress(file))
          ? 'all'
          : Object.keys(files).some((file) => !before[file] && isAddress(file))
            ? 'rendered-and-broken'
            : 'rendered'
      record.brokenLinks = this.#linkChecker.check(files, redirects, fresh.keys(), scope)
      phases.write = Math.round(ms(t) + writing)

      // Search: the shards of pages that changed, appeared or went.
      t = performance.now()
      // Pages not rendered again are indexed as before; after a rollback every page is looked at again, since the
      // live files may differ from what the index holds.
      const indexed = new Map<string, IndexedPage>()
      const candidates = this.#resync
        ? Object.keys(files).filter((file) => file.endsWith('.html'))
        : [...fresh.keys()].filter((file) => file.endsWith('.html'))
      // Only while its file is the one indexed: an old address now holds a redirect page, not the page that moved.
      if (!this.#resync) for (const [url, page] of this.#indexed) if (files[fileOfUrl(url)]?.hash === page.file) indexed.set(url, page)
      for (const file of candidates) {
        const url = urlOfFile(file)
        const { hash } = files[file]
        const before = this.#indexed.get(url)
        if (before?.file === hash) {
          indexed.set(url, before)
          continue
        }
        indexed.delete(url)
        const content = searchableContent((bodies.get(file) ?? this.store.read(hash)).toString('utf8'))
        if (content !== undefined) indexed.set(url, { file: hash, content: hashOf(content) })
      }
      const desired = new Map([...indexed].map(([url, page]) => [url, page.content]))
      const search = await this.#search.update(desired, (url) => bodies.get(fileOfUrl(url)) ?? this.store.read(indexed.get(url)!.file))
      // Shards not touched keep their files.
      const searchFiles = new Map<string, ManifestEntry>()
      for (const [file, entry] of base ? this.#searchFiles : []) {
        if (!search.shards.includes(Number(file.split('/')[1]))) searchFiles.set(file, entry)
      }
      for (const [file, body] of search.files) searchFiles.set(file, { hash: this.store.put(body) })
      for (const [file, entry] of searchFiles) files[file] = entry
      phases.search = ms(t)

      // Switch: the manifest, then the live pointer (one rename).
      t = performance.now()
      const manifest: Manifest = { id: record.id, createdAt: startedAt.toISOString(), files }
      this.store.writeManifest(manifest)
      this.store.setLive(manifest.id)
      this.#live = manifest
      this.#content = content
      this.#indexed = indexed
      this.#searchFiles = searchFiles
      record.searchPages = indexed.size
      this.#resync = false
      phases.switch = ms(t)
      record.files = Object.keys(files).length
      this.#log(
        `published ${record.id}: ${record.rendered.length} of ${record.routes} routes rendered, ${record.written} files written (${JSON.stringify(phases)})`,
      )
    } catch (error) {
      setSiteContent(this.#content)
      record.status = 'failed'
      record.error = (error as Error).stack ?? String(error)
      this.#log(`publish failed: ${record.error}`)
    }
    record.durationMs = Math.round(performance.now() - wokeAt)
    return record
  }

  /** The live build's search index files (pagefind/<shard>/…). */
  #searchFiles = new Map<string, ManifestEntry>()
  /** The pages in the search index: address → the hash of their file and of what is indexed of them. */
  #indexed = new Map<string, IndexedPage>()

  /** Stores the uploaded files that published content uses (images with all their sizes, documents). */
  async #addUploads(content: SiteContent, files: Record<string, ManifestEntry>): Promise<number> {
    const uploads = referencedUploads(content)
    for (const upload of uploads) {
      const stamp = `${upload.collection}/${upload.filename}@${upload.updatedAt}`
      let hash = this.#uploads.get(stamp)
      if (!hash || !fs.existsSync(this.store.objectPath(hash))) {
        const temporary = path.join(this.options.siteDir, 'incoming', `${process.pid}-${upload.filename}`)
        await this.#source.copyUpload(upload.collection, upload.filename, temporary)
        hash = this.store.putFile(temporary)
        fs.rmSync(temporary, { force: true })
        this.#uploads.set(stamp, hash)
      }
      files[upload.file] = { hash }
    }
    return uploads.length
  }

  /**
   * The redirects from old addresses: the `_redirects` file (which the site server answers with 301/302 too) and a
   * page at each old address for static hosts that read no such file. An address the build has a page or file at is
   * that page's: its redirect waits (a page moved back to its old address, say).
   */
  #addRedirects(content: SiteContent, files: Record<string, ManifestEntry>): Set<string> {
    const rules = redirectRules(content).filter((rule) => {
      const decoded = decodeURIComponent(rule.from).slice(1)
      return !files[decoded] && !files[`${decoded}index.html`] && !files[`${decoded}/index.html`]
    })
    files['_redirects'] = { hash: this.store.put(Buffer.from(redirectsFile(rules))) }
    for (const rule of rules) {
      const file = redirectPageFile(rule.from)
      if (file) files[file] = { hash: this.store.put(Buffer.from(redirectPage(rule, this.options.siteUrl))) }
    }
    return new Set(rules.map((rule) => rule.from))
  }

  /**
   * Keeps the newest builds (and the live one) and the archive's; removes older manifests and files nothing uses.
   * Not on the hot path.
   */
  prune(): void {
    this.store.prune(this.options.keep ?? KEEP_BUILDS, this.#live ? [this.#live.id] : [], this.options.archiveDays)
  }
}

type Upload = { collection: 'media' | 'documents'; filename: string; updatedAt: string; file: string }

const uploadsByDoc = new WeakMap<object, Upload[]>()

/**
 * Every uploaded file that published content shows or links, on either site: the populated images and documents
 * found in its documents (an image with all its sizes). Only these reach the public site. Found once per document
 * (they are frozen).
 */
export function referencedUploads(content: SiteContent): Upload[] {
  const found = new Map<string, Upload>()
  // Both sites: an English page or report can be published while its Swedish version is not.
  const docs = [content, ...(content.english ? [content.english] : [])].flatMap((site) => [
    ...site.pages,
    ...site.reports,
    ...site.datasets,
    ...site.topics,
    ...site.privacyNotices,
    site.settings,
    site.navigation,
  ])
  for (const doc of docs) {
    if (!doc) continue
    let uploads = uploadsByDoc.get(doc)
    if (!uploads) {
      uploads = uploadsIn(doc)
      uploadsByDoc.set(doc, uploads)
    }
    for (const upload of uploads) found.set(upload.file, upload)
  }
  return [...found.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
}

function uploadsIn(root: object): Upload[] {
  const found: Upload[] = []
  const seen = new WeakSet<object>()
  const visit = (value: unknown) => {
    if (!value || typeof value !== 'object' || seen.has(value)) return
    seen.add(value)
    if (Array.isArray(value)) return value.forEach(visit)
    // A copy of another published document (a report in a page's list, a page in the menu): its files count when it
    // is itself in the content, never through a copy that may be older (or of a document since deleted).
    if (value !== root && '_status' in value) return
    const doc = value as { url?: unknown; filename?: unknown; mimeType?: unknown; updatedAt?: unknown; sizes?: Media['sizes'] }
    if (typeof doc.filename === 'string' && typeof doc.url === 'string') {
      // A remote CMS or an export decides these names: one that is not a plain file name of its type is left out.
      if (
        !isPlainFileName(doc.filename) ||
        !hasExtensionOfItsType({ filename: doc.filename, mimeType: typeof doc.mimeType === 'string' ? doc.mimeType : null })
      )
        return
      const updatedAt = String(doc.updatedAt)
      if (doc.url.includes('/api/documents/'))
        found.push({ collection: 'documents', filename: doc.filename, updatedAt, file: `dokument/${doc.filename}` })
      if (doc.url.includes('/api/media/'))
        for (const filename of mediaFiles({ filename: doc.filename, sizes: doc.sizes }).filter(isPlainFileName))
          found.push({ collection: 'media', filename, updatedAt, file: `media/${filename}` })
    }
    for (const child of Object.values(value)) visit(child)
  }
  visit(root)
  return found
}
