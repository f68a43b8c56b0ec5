/**
 * Loads the published content into memory (a SiteContent snapshot) and brings a snapshot up to date after a change:
 * only the changed documents are fetched again. Documents of the site are read from each other by id when pages
 * are rendered (links, blocks, menus), never through the copies Payload populates into a document, except for
 * images, files and topics, which are embedded: a change to one of those reloads everything.
 */
import type { Media, Page, Redirect, SiteContent } from './content'
import { compareIds, datasetOrder, deepFreeze, idOf, inEnglishSite, reportOrder } from './content'
import { contentSource, type ContentSource } from './cms-source'

/** What changed, as the CMS's hooks say it: one document, a global, or "anything" (reload everything). */
export type ContentChange = { collection: string; id: string } | { global: string } | { all: true } | { rollback: string }

type Routed = 'pages' | 'reports' | 'datasets' | 'privacy-notices' | 'topics'
const FIELD: Record<Routed, ListField> = {
  pages: 'pages',
  reports: 'reports',
  datasets: 'datasets',
  'privacy-notices': 'privacyNotices',
  topics: 'topics',
}
/** Collections whose documents are embedded in others (populated): a change there makes every copy stale. */
const EMBEDDED = new Set(['media', 'documents', 'topics'])

const redirectOrder = (redirects: Redirect[]) => [...redirects].sort(idOrder)

/** Lists in an order independent of how they were fetched, so an updated snapshot equals a freshly loaded one. */
const idOrder = (a: { id: unknown }, b: { id: unknown }) => compareIds(a.id, b.id)
/** The order of each list (a total order, so a list put in order one change at a time equals one sorted afresh). */
const ORDER = { pages: idOrder, reports: reportOrder, datasets: datasetOrder, topics: idOrder, privacyNotices: idOrder } as const
type ListField = keyof typeof ORDER
type Doc = { id: unknown }

function ordered(content: SiteContent): SiteContent {
  const next = { ...content }
  for (const field of Object.keys(ORDER) as ListField[])
    (next as Record<ListField, Doc[]>)[field] = [...(content[field] as Doc[])].sort(ORDER[field] as (a: Doc, b: Doc) => number)
  return next
}

/** A list in order without the documents `ids` and with `fresh` put in their places (no sort of thousands per edit). */
function replaced<T extends Doc>(list: T[], ids: Set<string>, fresh: T[], order: (a: T, b: T) => number): T[] {
  const next = list.filter((doc) => !ids.has(String(doc.id)))
  for (const doc of fresh) {
    let low = 0
    let high = next.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (order(next[middle], doc) < 0) low = middle + 1
      else high = middle
    }
    next.splice(low, 0, doc)
  }
  return next
}

/** The collections with English versions, and how the English site shows a document (pages: under /en/). */
const IN_ENGLISH = { pages: inEnglishSite, reports: undefined, datasets: undefined, 'privacy-notices': undefined } as const
type Localized = keyof typeof IN_ENGLISH
const LOCALIZED = Object.keys(IN_ENGLISH) as Localized[]

/** Documents published in English, in English (all of the collection, or those of `ids`). */
async function inEnglish(source: ContentSource, collection: Localized, ids?: string[]): Promise<Doc[]> {
  const docs = await (ids ? source.findByIds(collection, ids, 'en') : source.findAll(collection, 'en'))
  await withSwedishImageTexts(source, docs)
  const shown = IN_ENGLISH[collection] as ((doc: Doc) => Doc) | undefined
  return deepFreeze(shown ? docs.map((doc) => shown(doc as Doc)) : (docs as Doc[]))
}

/** An image embedded in a document (populated): an upload with sizes, of an image type. */
const isImage = (value: object): value is Media =>
  'sizes' in value &&
  'filename' in value &&
  typeof (value as Media).mimeType === 'string' &&
  (value as Media).mimeType!.startsWith('image/')

/**
 * Gives the images in English documents that have no English alt text (or caption) their Swedish one, marked as
 * Swedish: an image without an alt text would be unusable to those who cannot see it. Changes `docs` (freshly read).
 */
async function withSwedishImageTexts(source: ContentSource, docs: object[]): Promise<void> {
  const lacking = new Map<string, Media[]>()
  const visit = (value: unknown): void => {
    if (!value || typeof value !== 'object') return
    if (Array.isArray(value)) return value.forEach(visit)
    if (isImage(value) && (!value.alt || !value.caption)) {
      const id = String(value.id)
      lacking.set(id, [...(lacking.get(id) ?? []), value])
    }
    Object.values(value).forEach(visit)
  }
  visit(docs)
  if (lacking.size === 0) return
  for (const swedish of await source.findByIds('media', [...lacking.keys()], 'sv')) {
    for (const image of lacking.get(String(swedish.id)) ?? []) {
      if (!image.alt) Object.assign(image, { alt: swedish.alt, altLang: 'sv' })
      if (!image.caption && swedish.caption) Object.assign(image, { caption: swedish.caption, captionLang: 'sv' })
    }
  }
}

type EnglishParts = Pick<SiteContent, 'pages' | 'reports' | 'datasets' | 'privacyNotices' | 'settings' | 'navigation'>

/** The English site of a snapshot: its own documents, settings and menu (read in English); the topics of the Swedish one. */
function withEnglish(content: SiteContent, parts: EnglishParts): SiteContent {
  const english: SiteContent = { ...content, locale: 'en', ...parts, english: undefined }
  return deepFreeze({ ...content, english })
}

/** The ids of the sub-pages, at any depth, of the pages `ids`, in either language's pages. */
function descendantsOf(ids: Set<string>, lists: Page[][]): string[] {
  const children = new Map<string, Set<string>>()
  for (const page of lists.flat()) {
    const parent = idOf(page.parent)
    if (parent) children.set(parent, (children.get(parent) ?? new Set()).add(String(page.id)))
  }
  const found = new Set<string>()
  const queue = [...ids]
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    for (const child of children.get(id) ?? []) {
      if (ids.has(child) || found.has(child)) continue
      found.add(child)
      queue.push(child)
    }
  }
  return [...found]
}

export async function loadSiteContent(source: ContentSource = contentSource()): Promise<SiteContent> {
  const [
    pages,
    reports,
    datasets,
    topics,
    privacyNotices,
    settings,
    navigation,
    englishSettings,
    englishNavigation,
    redirects,
    ...english
  ] = await Promise.all([
    source.findAll('pages'),
    source.findAll('reports'),
    source.findAll('datasets'),
    source.findAll('topics'),
    source.findAll('privacy-notices'),
    source.findGlobal('site-settings'),
    source.findGlobal('navigation'),
    source.findGlobal('site-settings', 'en'),
    source.findGlobal('navigation', 'en'),
    source.findAll('redirects'),
    ...LOCALIZED.map((collection) => inEnglish(source, collection)),
  ])
  const swedish = ordered(
    deepFreeze({
      locale: 'sv' as const,
      pages,
      reports,
      datasets,
      topics,
      privacyNotices,
      settings,
      navigation,
      redirects: redirectOrder(redirects),
    }),
  )
  const lists = ordered({ ...swedish, ...Object.fromEntries(LOCALIZED.map((collection, i) => [FIELD[collection], english[i]])) })
  return withEnglish(swedish, {
    pages: lists.pages,
    reports: lists.reports,
    datasets: lists.datasets,
    privacyNotices: lists.privacyNotices,
    settings: deepFreeze(englishSettings),
    navigation: deepFreeze(englishNavigation),
  })
}

/**
 * The snapshot after `changes`: changed documents fetched again (as published now; gone when unpublished or
 * deleted), everything else shared with `previous`. Returns `previous` itself when nothing public changed.
 */
export async function updateSiteContent(
  previous: SiteContent,
  changes: ContentChange[],
  source: ContentSource = contentSource(),
): Promise<SiteContent> {
  if (changes.some((c) => 'all' in c || ('collection' in c && EMBEDDED.has(c.collection)))) return loadSiteContent(source)
  const next: SiteContent = { ...previous }
  const before = previous.english
  // A copy to change: the snapshot's own English site is frozen.
  const english: EnglishParts = {
    pages: before?.pages ?? [],
    reports: before?.reports ?? [],
    datasets: before?.datasets ?? [],
    privacyNotices: before?.privacyNotices ?? [],
    settings: before?.settings ?? previous.settings,
    navigation: before?.navigation ?? previous.navigation,
  }
  let changed = false
  for (const slug of new Set(changes.flatMap((c) => ('global' in c ? [c.global] : [])))) {
    if (slug === 'site-settings') {
      next.settings = deepFreeze(await source.findGlobal('site-settings'))
      english.settings = deepFreeze(await source.findGlobal('site-settings', 'en'))
    } else if (slug === 'navigation') {
      next.navigation = deepFreeze(await source.findGlobal('navigation'))
      english.navigation = deepFreeze(await source.findGlobal('navigation', 'en'))
    } else continue
    changed = true
  }
  // Redirects are few and shown on no page: all of them are read again.
  if (changes.some((c) => 'collection' in c && c.collection === 'redirects')) {
    next.redirects = deepFreeze(redirectOrder(await source.findAll('redirects')))
    changed = true
  }
  const byCollection = new Map<Routed, Set<string>>()
  for (const change of changes) {
    if (!('collection' in change) || !(change.collection in FIELD)) continue
    const collection = change.collection as Routed
    byCollection.set(collection, (byCollection.get(collection) ?? new Set()).add(String(change.id)))
  }
  // A page's sub-pages are read again with it: a new address or title of a page rewrites theirs (their paths and
  // breadcrumbs, cms/collections/Pages/hooks.ts) without a change of their own.
  const pageIds = byCollection.get('pages')
  if (pageIds) for (const id of descendantsOf(pageIds, [previous.pages, previous.english?.pages ?? []])) pageIds.add(id)
  const inOrder = (list: Doc[], ids: Set<string>, fresh: Doc[], field: ListField) =>
    replaced(list, ids, fresh, ORDER[field] as (a: Doc, b: Doc) => number)
  for (const [collection, ids] of byCollection) {
    const fresh = deepFreeze<Doc[]>(await source.findByIds(collection, [...ids]))
    const field = FIELD[collection]
    ;(next as Record<ListField, Doc[]>)[field] = inOrder(previous[field] as Doc[], ids, fresh, field)
    // The English site too, where the collection has English versions (the change says not which language changed).
    if (collection in IN_ENGLISH) {
      const englishField = field as Exclude<ListField, 'topics'>
      ;(english as Record<typeof englishField, Doc[]>)[englishField] = inOrder(
        english[englishField],
        ids,
        await inEnglish(source, collection as Localized, [...ids]),
        field,
      )
    }
    changed = true
  }
  if (!changed) return previous
  return withEnglish({ ...next, english: undefined }, english)
}
