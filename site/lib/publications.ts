/**
 * The publications list and its filter pages, all pre-rendered so they work without JavaScript:
 * /publikationer/ (all), /publikationer/ar/<year>/, /publikationer/amne/<topic>/, /publikationer/typ/<type>/,
 * each paged as …/sida/<n>/. Newest first.
 */
import { PUBLICATION_TYPES, PUBLICATIONS_PER_PAGE } from '../../shared/publications'
import { getReports, getTopics, idOf, once, type Report } from './content'

export type FilterKind = 'ar' | 'amne' | 'typ'

export interface Facet {
  kind: FilterKind
  value: string
  label: string
  count: number
  href: string
}

export interface Listing {
  /** The filter this list applies, or none for all publications. */
  filter?: Facet
  reports: Report[]
  page: number
  pages: number
  total: number
  /** Address of page 1 of this list. */
  base: string
  href: (page: number) => string
}

const yearOf = (report: Report) => report.publishedDate.slice(0, 4)
const topicIdsOf = (report: Report) => (report.topics ?? []).map((t) => idOf(t)).filter((id) => id !== undefined)

/** Every value a visitor can filter by, with how many publications each has (none is offered empty). */
export const publicationFacets = once(async (): Promise<Record<FilterKind, Facet[]>> => {
  const [reports, topics] = await Promise.all([getReports(), getTopics()])
  const count = (match: (r: Report) => boolean) => reports.filter(match).length
  const years = [...new Set(reports.map(yearOf))].sort().reverse()
  return {
    ar: years.map((year) => ({ kind: 'ar', value: year, label: year, count: count((r) => yearOf(r) === year), href: `/publikationer/ar/${year}/` })),
    amne: topics
      .map((t) => ({ kind: 'amne' as const, value: t.slug, label: t.title, count: count((r) => topicIdsOf(r).includes(String(t.id))), href: `/publikationer/amne/${t.slug}/` }))
      .filter((f) => f.count > 0)
      .sort((a, b) => a.label.localeCompare(b.label, 'sv')),
    typ: PUBLICATION_TYPES.map((t) => ({ kind: 'typ' as const, value: t.value as string, label: t.label as string, count: count((r) => (r.type ?? 'rapport') === t.value), href: `/publikationer/typ/${t.value}/` })).filter((f) => f.count > 0),
  }
})

/** Every page of every list: all publications and each filter, PUBLICATIONS_PER_PAGE to a page. */
export const publicationListings = once(async (): Promise<Listing[]> => {
  const [reports, topics, facets] = await Promise.all([getReports(), getTopics(), publicationFacets()])
  const topicIdBySlug = new Map(topics.map((t) => [t.slug, String(t.id)]))
  const matches = (facet: Facet) => (r: Report) =>
    facet.kind === 'ar' ? yearOf(r) === facet.value : facet.kind === 'amne' ? topicIdsOf(r).includes(topicIdBySlug.get(facet.value) ?? '') : (r.type ?? 'rapport') === facet.value
  const lists: { filter?: Facet; base: string; reports: Report[] }[] = [
    { base: '/publikationer/', reports },
    ...[...facets.ar, ...facets.amne, ...facets.typ].map((facet) => ({ filter: facet, base: facet.href, reports: reports.filter(matches(facet)) })),
  ]
  return lists.flatMap(({ filter, base, reports: list }) => {
    const pages = Math.max(1, Math.ceil(list.length / PUBLICATIONS_PER_PAGE))
    const href = (page: number) => (page === 1 ? base : `${base}sida/${page}/`)
    return Array.from({ length: pages }, (_, i) => ({
      filter,
      reports: list.slice(i * PUBLICATIONS_PER_PAGE, (i + 1) * PUBLICATIONS_PER_PAGE),
      page: i + 1,
      pages,
      total: list.length,
      base,
      href,
    }))
  })
})

/** Each topic's publications, newest first (reports are already sorted so). */
const byTopic = new WeakMap<Report[], Map<string, Report[]>>()
function topicIndex(all: Report[]): Map<string, Report[]> {
  let index = byTopic.get(all)
  if (!index) {
    index = new Map()
    for (const report of all) for (const topic of topicIdsOf(report)) index.set(topic, [...(index.get(topic) ?? []), report])
    byTopic.set(all, index)
  }
  return index
}

/**
 * Up to three other publications on the same topics: among the newest RELATED_POOL of each of its topics, those
 * sharing most topics, then the newest. (The pool keeps this quick with thousands of reports.)
 */
const RELATED_POOL = 50
export function relatedReports(report: Report, all: Report[], limit = 3): Report[] {
  const index = topicIndex(all)
  const shared = new Map<Report, number>()
  for (const topic of new Set(topicIdsOf(report))) {
    let taken = 0
    for (const other of index.get(topic) ?? []) {
      if (other.id === report.id) continue
      shared.set(other, (shared.get(other) ?? 0) + 1)
      if (++taken >= RELATED_POOL) break
    }
  }
  return [...shared.entries()]
    .sort(([a, na], [b, nb]) => nb - na || b.publishedDate.localeCompare(a.publishedDate))
    .slice(0, limit)
    .map(([r]) => r)
}
