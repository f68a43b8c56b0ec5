/**
 * The publications list and its filter pages, all pre-rendered so they work without JavaScript:
 * /publikationer/ (all), /publikationer/ar/<year>/, /publikationer/amne/<topic>/, /publikationer/typ/<type>/,
 * each paged as …/sida/<n>/. Newest first.
 */
import { PUBLICATION_TYPES, PUBLICATIONS_PER_PAGE } from '../../shared/publications'
import { ENGLISH_PUBLICATIONS_PATH } from '../../shared/slug'
import { getReports, getTopics, idOf, inLanguage, once, swedishOrder, type Report } from './content'
import { reportCard, swedishReportCard, type ReportCardData } from './report-card'

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
  /** The cards shown, when they are not simply those of `reports` (the English list shows Swedish ones too). */
  cards?: ReportCardData[]
}

const yearOf = (report: Report) => report.publishedDate.slice(0, 4)
const topicIdsOf = (report: Report) => (report.topics ?? []).map((t) => idOf(t)).filter((id) => id !== undefined)

/** The publications of each year, topic (by id) and type, newest first: one pass over all of them per snapshot. */
const groups = once(() => {
  const byKind: Record<FilterKind, Map<string, Report[]>> = { ar: new Map(), amne: new Map(), typ: new Map() }
  const add = (kind: FilterKind, value: string, report: Report) => {
    const list = byKind[kind].get(value)
    if (list) list.push(report)
    else byKind[kind].set(value, [report])
  }
  for (const report of getReports()) {
    add('ar', yearOf(report), report)
    for (const topic of new Set(topicIdsOf(report))) add('amne', topic, report)
    add('typ', report.type ?? 'rapport', report)
  }
  return byKind
})

/** Every value a visitor can filter by, with how many publications each has (none is offered empty). */
export const publicationFacets = once((): Record<FilterKind, Facet[]> => {
  const [topics, { ar, amne, typ }] = [getTopics(), groups()]
  return {
    ar: [...ar.keys()]
      .sort()
      .reverse()
      .map((year) => ({ kind: 'ar', value: year, label: year, count: ar.get(year)!.length, href: `/publikationer/ar/${year}/` })),
    amne: topics
      .map((t) => ({
        kind: 'amne' as const,
        value: t.slug,
        label: t.title,
        count: amne.get(String(t.id))?.length ?? 0,
        href: `/publikationer/amne/${t.slug}/`,
      }))
      .filter((f) => f.count > 0)
      .sort((a, b) => swedishOrder(a.label, b.label)),
    typ: PUBLICATION_TYPES.map((t) => ({
      kind: 'typ' as const,
      value: t.value as string,
      label: t.label as string,
      count: typ.get(t.value)?.length ?? 0,
      href: `/publikationer/typ/${t.value}/`,
    })).filter((f) => f.count > 0),
  }
})

/** Every page of every list: all publications and each filter, PUBLICATIONS_PER_PAGE to a page. */
export const publicationListings = once((): Listing[] => {
  const [reports, topics, facets, byKind] = [getReports(), getTopics(), publicationFacets(), groups()]
  const topicIdBySlug = new Map(topics.map((t) => [t.slug, String(t.id)]))
  const reportsOf = (facet: Facet) =>
    byKind[facet.kind].get(facet.kind === 'amne' ? (topicIdBySlug.get(facet.value) ?? '') : facet.value) ?? []
  const lists: { filter?: Facet; base: string; reports: Report[] }[] = [
    { base: '/publikationer/', reports },
    ...[...facets.ar, ...facets.amne, ...facets.typ].map((facet) => ({ filter: facet, base: facet.href, reports: reportsOf(facet) })),
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

/**
 * The English site's list (/en/publications/, paged as …/page/<n>/): every publication, newest first, by its
 * English version where it has one and otherwise by its Swedish one, linked to the Swedish page and marked so.
 * No filters: topics and types are named in Swedish. Call it inside inLanguage('en', …).
 */
export const englishListings = once((): Listing[] => {
  const english = new Map(getReports().map((report) => [String(report.id), report]))
  const cards = inLanguage('sv', getReports).map((report) => {
    const translated = english.get(String(report.id))
    return translated ? reportCard(translated) : swedishReportCard(report)
  })
  const pages = Math.max(1, Math.ceil(cards.length / PUBLICATIONS_PER_PAGE))
  const href = (page: number) => (page === 1 ? ENGLISH_PUBLICATIONS_PATH : `${ENGLISH_PUBLICATIONS_PATH}page/${page}/`)
  return Array.from({ length: pages }, (_, i) => ({
    reports: [],
    cards: cards.slice(i * PUBLICATIONS_PER_PAGE, (i + 1) * PUBLICATIONS_PER_PAGE),
    page: i + 1,
    pages,
    total: cards.length,
    base: ENGLISH_PUBLICATIONS_PATH,
    href,
  }))
})

/** Each topic's publications, newest first (reports are already sorted so), and each report's place in them. */
// Places are kept by id, not by object: the editors' preview asks about a copy fetched from the CMS.
const byTopic = new WeakMap<Report[], Map<string, { list: Report[]; position: Map<string, number> }>>()
function topicIndex(all: Report[]) {
  let index = byTopic.get(all)
  if (!index) {
    index = new Map()
    for (const report of all) {
      for (const topic of new Set(topicIdsOf(report))) {
        const entry = index.get(topic) ?? { list: [] as Report[], position: new Map<string, number>() }
        entry.position.set(String(report.id), entry.list.length)
        entry.list.push(report)
        index.set(topic, entry)
      }
    }
    byTopic.set(all, index)
  }
  return index
}

/**
 * Up to three other publications on the same topics: those published nearest in time on each of its topics
 * (NEIGHBOURS either side), preferring those that share more topics, then the nearest in date.
 * Nearest in time rather than newest: a new publication then changes the related lists of a few neighbours,
 * not of every publication on its topic, so publishing it re-renders a handful of pages.
 */
const NEIGHBOURS = 3
/** Where a report would go in a list sorted newest first. */
function placeByDate(list: Report[], report: Report): number {
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (timeOf(list[middle]) >= timeOf(report)) low = middle + 1
    else high = middle
  }
  return low
}
const times = new WeakMap<Report, number>()
const timeOf = (report: Report) => {
  let time = times.get(report)
  if (time === undefined) {
    time = Date.parse(report.publishedDate)
    times.set(report, time)
  }
  return time
}
export function relatedReports(report: Report, all: Report[], limit = 3): Report[] {
  const index = topicIndex(all)
  const mine = new Set(topicIdsOf(report))
  const candidates = new Set<Report>()
  for (const topic of mine) {
    const entry = index.get(topic)
    if (!entry) continue
    const found = entry.position.get(String(report.id))
    // A report not (yet) published, previewed by an editor, sits where its date would put it.
    const at = found ?? placeByDate(entry.list, report)
    const last = found === undefined ? at + NEIGHBOURS - 1 : at + NEIGHBOURS
    for (let i = Math.max(0, at - NEIGHBOURS); i <= Math.min(entry.list.length - 1, last); i++)
      if (i !== found) candidates.add(entry.list[i])
  }
  const when = timeOf(report)
  const score = (other: Report) => ({
    shared: [...new Set(topicIdsOf(other))].filter((t) => mine.has(t)).length,
    distance: Math.abs(timeOf(other) - when),
  })
  return [...candidates]
    .map((other) => ({ other, ...score(other) }))
    .sort(
      (a, b) =>
        b.shared - a.shared ||
        a.distance - b.distance ||
        (a.other.publishedDate < b.other.publishedDate
          ? 1
          : a.other.publishedDate > b.other.publishedDate
            ? -1
            : String(a.other.id) < String(b.other.id)
              ? -1
              : 1),
    )
    .slice(0, limit)
    .map(({ other }) => other)
}
