/**
 * Loads the published content into memory (a SiteContent snapshot) and brings a snapshot up to date after a change:
 * only the changed documents are fetched again. Documents of the site are read from each other by id when pages
 * are rendered (links, blocks, menus), never through the copies Payload populates into a document, except for
 * images, files and topics, which are embedded: a change to one of those reloads everything.
 */
import type { Dataset, Navigation, Page, PrivacyNotice, Report, SiteContent, SiteSetting, Topic } from './content'
import { deepFreeze, sortDatasets, sortReports } from './content'
import { contentSource, type ContentSource, type PublicCollection } from './cms-source'

/** What changed, as the CMS's hooks say it: one document, a global, or "anything" (reload everything). */
export type ContentChange = { collection: string; id: string } | { global: string } | { all: true } | { rollback: string }

type Routed = 'pages' | 'reports' | 'datasets' | 'privacy-notices' | 'topics'
const FIELD: Record<Routed, ListField> = { pages: 'pages', reports: 'reports', datasets: 'datasets', 'privacy-notices': 'privacyNotices', topics: 'topics' }
/** Collections whose documents are embedded in others (populated): a change there makes every copy stale. */
const EMBEDDED = new Set(['media', 'documents', 'topics'])

/** Lists in an order independent of how they were fetched, so an updated snapshot equals a freshly loaded one. */
const compareIds = (a: unknown, b: unknown) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0)
const byId = <T extends { id: unknown }>(docs: T[]) => [...docs].sort((a, b) => compareIds(a.id, b.id))
const ORDER = {
  pages: byId,
  reports: (docs: SiteContent['reports']) => sortReports(byId(docs)),
  datasets: (docs: SiteContent['datasets']) => sortDatasets(byId(docs)),
  topics: byId,
  privacyNotices: byId,
} as const
type ListField = keyof typeof ORDER

/** The lists named (all by default) put in order; the others are kept as they are, shared with the old snapshot. */
function ordered(content: SiteContent, fields: ListField[] = Object.keys(ORDER) as ListField[]): SiteContent {
  const next = { ...content }
  for (const field of fields) (next as Record<ListField, unknown>)[field] = (ORDER[field] as (docs: unknown) => unknown)(content[field])
  return next
}

export async function loadSiteContent(source: ContentSource = contentSource()): Promise<SiteContent> {
  const all = <T>(collection: PublicCollection) => source.findAll(collection) as Promise<T[]>
  const [pages, reports, datasets, topics, privacyNotices, settings, navigation] = await Promise.all([
    all<Page>('pages'),
    all<Report>('reports'),
    all<Dataset>('datasets'),
    all<Topic>('topics'),
    all<PrivacyNotice>('privacy-notices'),
    source.findGlobal('site-settings') as Promise<unknown> as Promise<SiteSetting>,
    source.findGlobal('navigation') as Promise<unknown> as Promise<Navigation>,
  ])
  return ordered(deepFreeze({ pages, reports, datasets, topics, privacyNotices, settings, navigation }))
}

/**
 * The snapshot after `changes`: changed documents fetched again (as published now; gone when unpublished or
 * deleted), everything else shared with `previous`. Returns `previous` itself when nothing public changed.
 */
export async function updateSiteContent(previous: SiteContent, changes: ContentChange[], source: ContentSource = contentSource()): Promise<SiteContent> {
  if (changes.some((c) => 'all' in c || ('collection' in c && EMBEDDED.has(c.collection)))) return loadSiteContent(source)
  const next: SiteContent = { ...previous }
  let changed = false
  const reordered: ListField[] = []
  for (const slug of new Set(changes.flatMap((c) => ('global' in c ? [c.global] : [])))) {
    if (slug === 'site-settings') next.settings = deepFreeze((await source.findGlobal('site-settings')) as unknown as SiteSetting)
    else if (slug === 'navigation') next.navigation = deepFreeze((await source.findGlobal('navigation')) as unknown as Navigation)
    else continue
    changed = true
  }
  const byCollection = new Map<Routed, Set<string>>()
  for (const change of changes) {
    if (!('collection' in change) || !(change.collection in FIELD)) continue
    const collection = change.collection as Routed
    byCollection.set(collection, (byCollection.get(collection) ?? new Set()).add(String(change.id)))
  }
  for (const [collection, ids] of byCollection) {
    const fresh = deepFreeze(await source.findByIds(collection, [...ids]))
    const field = FIELD[collection]
    const kept = (previous[field] as { id: unknown }[]).filter((doc) => !ids.has(String(doc.id)))
    ;(next as unknown as Record<string, unknown[]>)[field] = [...kept, ...fresh]
    reordered.push(field)
    changed = true
  }
  return changed ? ordered(next, reordered) : previous
}
