/**
 * The publications list and its filter pages, all pre-rendered so they work without JavaScript:
 * /publikationer/ (all), /publikationer/ar/<year>/, /publikationer/amne/<topic>/, /publikationer/typ/<type>/,
 * each paged as …/sida/<n>/. Newest first. The English site's (/en/publications/, …/year/<year>/, …/topic/<topic>/,
 * …/type/<type>/, paged as …/page/<n>/) lists every publication too: by its English version where it has one, by its
 * Swedish one, marked so, where not.
 */
import type { ContentLocale } from '../../shared/locales'
import { PUBLICATION_TYPES, PUBLICATIONS_PER_PAGE } from '../../shared/publications'
import { ENGLISH_PUBLICATIONS_PATH } from '../../shared/slug'
import { getReports, getTopics, idOf, inLanguage, once, siteLanguage, swedishOrder, type Report } from './content'
import { reportCard, swedishReportCard, type ReportCardData } from './report-card'
import { SITE_TEXT } from './site-text'

export type FilterKind = 'ar' | 'amne' | 'typ'

export interface Facet {
  kind: FilterKind
  value: string
  label: string
  count: number
  href: string
  /** The label's language when it is not the site's (a topic, named in Swedish, on the English site). */
  lang?: ContentLocale
}

/** Each site's list addresses: the list, the word for its pages, and each filter's. */
const ADDRESSES = {
  sv: { base: '/publikationer/', page: 'sida', filters: { ar: 'ar', amne: 'amne', typ: 'typ' } },
  en: { base: ENGLISH_PUBLICATIONS_PATH, page: 'page', filters: { ar: 'year', amne: 'topic', typ: 'type' } },
} as const

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

/**
 * Every value a visitor can filter by on the site being rendered, with how many publications each has (none is
 * offered empty). Both sites filter all publications (the Swedish site's, the English list showing them all).
 */
export const publicationFacets = once((): Record<FilterKind, Facet[]> => {
  const language = siteLanguage()
  const { base, filters } = ADDRESSES[language]
  const [topics, { ar, amne, typ }] = inLanguage('sv', () => [getTopics(), groups()] as const)
  const href = (kind: FilterKind, value: string) => `${base}${filters[kind]}/${value}/`
  return {
    ar: [...ar.keys()]
      .sort()
      .reverse()
      .map((year) => ({ kind: 'ar', value: year, label: year, count: ar.get(year)!.length, href: href('ar', year) })),
    amne: topics
      .map((t) => ({
        kind: 'amne' as const,
        value: t.slug,
        label: t.title,
        count: amne.get(String(t.id))?.length ?? 0,
        href: href('amne', t.slug),
        // Topics are named in Swedish only.
        ...(language === 'sv' ? {} : { lang: 'sv' as const }),
      }))
      .filter((f) => f.count > 0)
      .sort((a, b) => swedishOrder(a.label, b.label)),
    typ: PUBLICATION_TYPES.map((t) => ({
      kind: 'typ' as const,
      value: t.value as string,
      label: language === 'sv' ? (t.label as string) : SITE_TEXT[language].publicationTypes[t.value],
      count: typ.get(t.value)?.length ?? 0,
      href: href('typ', t.value),
    })).filter((f) => f.count > 0),
  }
})

/**
 * Every page of every list of the site being rendered: all publications and each filter, PUBLICATIONS_PER_PAGE to a
 * page. On the English site each card is of the English version where there is one, else of the Swedish one.
 */
export const publicationListings = once((): Listing[] => {
  const language = siteLanguage()
  const { base: all, page: pageWord } = ADDRESSES[language]
  const facets = publicationFacets()
  const [reports, topics, byKind] = inLanguage('sv', () => [getReports(), getTopics(), groups()] as const)
  const topicIdBySlug = new Map(topics.map((t) => [t.slug, String(t.id)]))
  const reportsOf = (facet: Facet) =>
    byKind[facet.kind].get(facet.kind === 'amne' ? (topicIdBySlug.get(facet.value) ?? '') : facet.value) ?? []
  const english = language === 'sv' ? undefined : new Map(getReports().map((report) => [String(report.id), report]))
  const cardOf = (report: Report) => {
    const translated = english?.get(String(report.id))
    return translated ? reportCard(translated) : swedishReportCard(report)
  }
  const lists: { filter?: Facet; base: string; reports: Report[] }[] = [
    { base: all, reports },
    ...[...facets.ar, ...facets.amne, ...facets.typ].map((facet) => ({ filter: facet, base: facet.href, reports: reportsOf(facet) })),
  ]
  return lists.flatMap(({ filter, base, reports: list }) => {
    const pages = Math.max(1, Math.ceil(list.length / PUBLICATIONS_PER_PAGE))
    const href = (page: number) => (page === 1 ? base : `${base}${pageWord}/${page}/`)
    return Array.from({ length: pages }, (_, i) => {
      const shown = list.slice(i * PUBLICATIONS_PER_PAGE, (i + 1) * PUBLICATIONS_PER_PAGE)
      return {
        filter,
        reports: english ? [] : shown,
        ...(english ? { cards: shown.map(cardOf) } : {}),
        page: i + 1,
        pages,
        total: list.length,
        base,
        href,
      }
    })
  })
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
