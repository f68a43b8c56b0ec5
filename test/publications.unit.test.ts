import { describe, expect, it } from 'vitest'

import { PUBLICATION_TYPES, PUBLICATIONS_PER_PAGE } from '../shared/publications'
import { reportOrder, type Report } from '../site/lib/content'
import { publicationFacets, publicationListings, relatedReports } from '../site/lib/publications'
import { listingRouteData } from '../site/lib/route-data'
import { report, topic, useContent } from './helpers/site-content'

/** The publications a visitor finds: related reports on a report's page, and the lists with their filters and pages. */

const sorted = (reports: Report[]) => [...reports].sort(reportOrder)
const ids = (reports: { id: unknown }[]) => reports.map((r) => r.id)
const related = (all: Report[], id: number, limit?: number) =>
  ids(
    relatedReports(
      all.find((r) => r.id === id)!,
      sorted(all),
      limit,
    ),
  )

describe('the related reports on a report page', () => {
  it.each([
    {
      name: 'a report sharing two of its topics comes before nearer ones that share one',
      all: [report(1, '2024-06-01', [1, 2]), report(2, '2024-05-30', [1]), report(3, '2024-05-20', [2]), report(4, '2024-01-01', [1, 2])],
      of: 1,
      expected: [4, 2, 3],
    },
    {
      name: 'among reports sharing as many topics, the nearest in time comes first, whether older or newer',
      all: [
        report(10, '2022-06-15', [1]),
        report(11, '2022-06-10', [1]),
        report(12, '2022-06-25', [1]),
        report(13, '2022-07-30', [1]),
        report(14, '2021-01-01', [1]),
      ],
      of: 10,
      expected: [11, 12, 13],
    },
    {
      name: 'at the same distance in time, the later publication comes first, then the lower id',
      all: [report(1, '2023-01-10', [1]), report(3, '2023-01-05', [1]), report(2, '2023-01-05', [1]), report(4, '2023-01-15', [1])],
      of: 1,
      expected: [4, 2, 3],
    },
    {
      name: 'a report on no topic has no related reports',
      all: [report(1, '2024-01-01', []), report(2, '2024-01-02', []), report(3, '2024-01-03', [1])],
      of: 1,
      expected: [],
    },
    {
      name: 'a report alone on its topic has none, however many reports there are on other topics',
      all: [report(1, '2024-01-01', [1]), report(2, '2024-01-02', [2]), report(3, '2024-01-03', [2, 3])],
      of: 1,
      expected: [],
    },
    {
      name: 'a report is never listed as related to itself',
      all: [report(1, '2024-01-01', [1, 2]), report(2, '2020-01-01', [2])],
      of: 1,
      expected: [2],
    },
    {
      name: 'of many reports on the topic, only the three nearest in time are shown',
      all: [
        report(1, '2020-01-01', [1]),
        report(2, '2020-03-01', [1]),
        report(3, '2020-05-01', [1]),
        report(4, '2020-05-20', [1]),
        report(5, '2020-06-01', [1]),
        report(6, '2020-06-05', [1]),
        report(7, '2020-09-01', [1]),
        report(8, '2021-01-01', [1]),
      ],
      of: 5,
      expected: [6, 4, 3],
    },
    {
      name: 'topics count the same whether Payload gave them populated or as ids',
      all: [report(1, '2024-01-01', [topic(1, 'Miljö')]), report(2, '2024-02-01', [1]), report(3, '2024-03-01', [topic(2, 'Hälsa')])],
      of: 1,
      expected: [2],
    },
  ])('$name', ({ all, of, expected }) => {
    expect(related(all, of)).toEqual(expected)
  })

  it('shows no more than the limit asked for', () => {
    const all = [1, 2, 3, 4, 5].map((n) => report(n, `2024-0${n}-01`, [1]))
    expect(related(all, 3, 1)).toEqual([2])
    expect(related(all, 3)).toHaveLength(3)
  })

  // A topic listed twice on a report (the data can hold that) counts once.
  it('a report that lists one shared topic twice does not outrank one that shares two different topics', () => {
    const all = [report(1, '2024-06-01', [1, 2]), report(2, '2024-05-31', [1, 1]), report(3, '2024-05-01', [1, 2])]
    expect(related(all, 1)).toEqual([3, 2])
  })

  // The preview renders a copy fetched from the CMS (site/lib/preview.ts), not the object in the snapshot.
  it("the editors' preview of a report (a copy fetched from the CMS) lists the same related reports as its page", () => {
    const all = sorted([report(1, '2024-06-01', [1]), report(2, '2024-05-01', [1]), report(3, '2024-04-01', [1])])
    const published = all.find((r) => r.id === 1)!
    expect(ids(relatedReports(published, all))).toEqual([2, 3])
    expect(ids(relatedReports(structuredClone(published), all))).toEqual([2, 3])
  })

  it("the editors' preview of a new report lists the reports published nearest its date", () => {
    const all = sorted([
      report(1, '2024-06-01', [1]),
      report(2, '2024-05-01', [1]),
      report(3, '2020-01-01', [1]),
      report(4, '2019-01-01', [1]),
    ])
    expect(ids(relatedReports(report(9, '2024-05-15', [1]), all, 2))).toEqual([2, 1])
    expect(ids(relatedReports(report(9, '2018-01-01', [1]), all, 2))).toEqual([4, 3])
  })
})

describe('the filters of the publication lists', () => {
  const content = () =>
    useContent({
      topics: [topic(1, 'Ekonomi'), topic(2, 'Äldre', 'aldre'), topic(3, 'Arbete'), topic(4, 'Zoologi'), topic(5, 'Tomt')],
      reports: [
        report(1, '2022-03-01', [1], { type: 'promemoria' }),
        report(2, '2024-01-01', [2, 2]),
        report(3, '2024-11-30', [3, 1], { type: 'utvardering' }),
        report(4, '2023-05-05', [4]),
        report(5, '2024-06-06', [], { type: null as never }),
      ],
    })

  it('offers each year with publications, newest first, with its count and address', () => {
    content()
    expect(publicationFacets().ar.map(({ label, count, href }) => ({ label, count, href }))).toEqual([
      { label: '2024', count: 3, href: '/publikationer/ar/2024/' },
      { label: '2023', count: 1, href: '/publikationer/ar/2023/' },
      { label: '2022', count: 1, href: '/publikationer/ar/2022/' },
    ])
  })

  it('offers only topics that have publications, in Swedish alphabetical order (Ä after Z)', () => {
    content()
    expect(publicationFacets().amne.map((f) => f.label)).toEqual(['Arbete', 'Ekonomi', 'Zoologi', 'Äldre'])
    expect(publicationFacets().amne.find((f) => f.label === 'Äldre')?.href).toBe('/publikationer/amne/aldre/')
  })

  it.each([
    ['a topic listed twice on one report counts that report once', 'Äldre', 1],
    ['a report on two topics counts on each', 'Ekonomi', 2],
  ])('%s', (_name, label, count) => {
    content()
    expect(publicationFacets().amne.find((f) => f.label === label)?.count).toBe(count)
  })

  it('offers the kinds of publication in their fixed order, leaving out kinds with none; a report without a kind is a Rapport', () => {
    content()
    const typ = publicationFacets().typ
    expect(typ.map((f) => [f.value, f.count])).toEqual([
      ['rapport', 3],
      ['promemoria', 1],
      ['utvardering', 1],
    ])
    const order = PUBLICATION_TYPES.map((t) => t.value as string)
    expect(typ.map((f) => order.indexOf(f.value))).toEqual([...typ.map((f) => order.indexOf(f.value))].sort((a, b) => a - b))
  })

  it('offers no filters on a site without publications', () => {
    useContent({ topics: [topic(1, 'Ekonomi')] })
    expect(publicationFacets()).toEqual({ ar: [], amne: [], typ: [] })
  })
})

describe('the pages of the publication lists', () => {
  const many = (count: number) =>
    Array.from({ length: count }, (_, i) =>
      report(i + 1, `20${String(10 + (i % 12)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`, [1 + (i % 2)], {
        type: i % 3 === 0 ? 'promemoria' : 'rapport',
      }),
    )

  it.each([
    [0, 1, [0]],
    [1, 1, [1]],
    [PUBLICATIONS_PER_PAGE, 1, [PUBLICATIONS_PER_PAGE]],
    [PUBLICATIONS_PER_PAGE + 1, 2, [PUBLICATIONS_PER_PAGE, 1]],
    [23, 3, [10, 10, 3]],
  ])('%i publications make %i page(s) of the full list', (count, pages, sizes) => {
    useContent({ topics: [topic(1, 'Ett'), topic(2, 'Två')], reports: many(count) })
    const all = publicationListings().filter((l) => !l.filter)
    expect(all.map((l) => l.page)).toEqual(Array.from({ length: pages }, (_, i) => i + 1))
    expect(all.map((l) => l.reports.length)).toEqual(sizes)
    expect(all.every((l) => l.pages === pages && l.total === count)).toBe(true)
  })

  it('lists every publication exactly once, newest first, across the pages of the full list', () => {
    const content = useContent({ topics: [topic(1, 'Ett'), topic(2, 'Två')], reports: many(23) })
    const shown = publicationListings()
      .filter((l) => !l.filter)
      .flatMap((l) => l.reports)
    expect(shown).toEqual(content.reports)
    expect(shown.map((r) => r.publishedDate)).toEqual(
      shown
        .map((r) => r.publishedDate)
        .sort()
        .reverse(),
    )
  })

  it('has page 1 at the list address and later pages under sida/<n>/', () => {
    useContent({ topics: [topic(1, 'Ett'), topic(2, 'Två', 'tva')], reports: many(23) })
    const first = publicationListings()[0]
    expect([first.href(1), first.href(2), first.href(3)]).toEqual(['/publikationer/', '/publikationer/sida/2/', '/publikationer/sida/3/'])
    const topicList = publicationListings().find((l) => l.filter?.kind === 'amne' && l.filter.value === 'tva')!
    expect(topicList.href(2)).toBe('/publikationer/amne/tva/sida/2/')
  })

  it('gives each filter a list of exactly the publications it counts', () => {
    const content = useContent({ topics: [topic(1, 'Ett'), topic(2, 'Två', 'tva')], reports: many(23) })
    const facets = publicationFacets()
    const belongs = {
      ar: (r: Report, value: string) => r.publishedDate.startsWith(value),
      amne: (r: Report, value: string) => (r.topics ?? []).includes(value === 'ett' ? 1 : 2),
      typ: (r: Report, value: string) => r.type === value,
    }
    for (const facet of [...facets.ar, ...facets.amne, ...facets.typ]) {
      const lists = publicationListings().filter((l) => l.filter?.href === facet.href)
      const shown = lists.flatMap((l) => l.reports)
      expect(shown, facet.href).toEqual(content.reports.filter((r) => belongs[facet.kind](r, facet.value)))
      expect(shown).toHaveLength(facet.count)
      expect(lists.map((l) => l.base)).toEqual(lists.map(() => facet.href))
    }
  })

  it('still has a (empty) first page when there are no publications', () => {
    useContent({})
    expect(publicationListings().map(({ page, pages, total, reports }) => ({ page, pages, total, reports }))).toEqual([
      { page: 1, pages: 1, total: 0, reports: [] },
    ])
  })
})

describe('the page links under a publication list', () => {
  const listing = (page: number, pages: number) => ({
    reports: [],
    page,
    pages,
    total: pages * PUBLICATIONS_PER_PAGE,
    base: '/publikationer/',
    href: (n: number) => (n === 1 ? '/publikationer/' : `/publikationer/sida/${n}/`),
  })

  it.each([
    { name: 'a single page links only to itself, with no previous or next', page: 1, pages: 1, shown: [1] },
    { name: 'the first of ten links to the next two and the last', page: 1, pages: 10, shown: [1, 2, 3, 10] },
    { name: 'a middle page links to the first, two either side and the last', page: 5, pages: 10, shown: [1, 3, 4, 5, 6, 7, 10] },
    { name: 'the last of ten links to the first and the two before it', page: 10, pages: 10, shown: [1, 8, 9, 10] },
    { name: 'page 2 of 3 links each page once', page: 2, pages: 3, shown: [1, 2, 3] },
  ])('$name', ({ page, pages, shown }) => {
    useContent({})
    const { listing: links } = listingRouteData(listing(page, pages))
    expect(links.pageLinks.map((l) => l.page)).toEqual(shown)
    expect(links.pageLinks.find((l) => l.page === page)?.href).toBe(page === 1 ? '/publikationer/' : `/publikationer/sida/${page}/`)
    expect(links.previous).toBe(page > 1 ? listing(page, pages).href(page - 1) : undefined)
    expect(links.next).toBe(page < pages ? listing(page, pages).href(page + 1) : undefined)
  })

  it('shows how many publications there are (in the list and per filter) on the first page only', () => {
    useContent({ topics: [topic(1, 'Ekonomi')], reports: [report(1, '2024-01-01', [1])] })
    const [first, second] = [listingRouteData(listing(1, 2)), listingRouteData(listing(2, 2))]
    expect(first.listing.total).toBe(20)
    expect(second.listing.total).toBeUndefined()
    expect(first.facets.amne[0].count).toBe(1)
    expect(second.facets.amne[0]).not.toHaveProperty('count')
    expect(second.facets.amne[0].href).toBe(first.facets.amne[0].href)
  })
})
