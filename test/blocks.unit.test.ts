import { beforeAll, describe, expect, it } from 'vitest'

import type { CallToActionBlock, ReportListBlock, TeaserListBlock } from '../shared/payload-types'
import { resolveCallToAction } from '../site/blocks/CallToAction/resolve'
import { resolveReportList } from '../site/blocks/ReportList/resolve'
import { resolveTeaserList } from '../site/blocks/TeaserList/resolve'
import { reportOrder, setSiteContent, type Page, type Report } from '../site/lib/content'

/**
 * What the layout blocks show, resolved from a content snapshot as a publish holds it (published documents only).
 * The blocks' resolvers are plain functions of the block and the snapshot: no database, no build.
 */
const stamps = { createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' }
const noText: Report['summary'] = { root: { type: 'root', children: [], direction: null, format: '', indent: 0, version: 1 } }
const TRANSPORT = 7

const report = (id: number, title: string, publishedDate: string, topics: number[] = []): Report => ({
  id,
  title,
  slug: `rapport-${id}`,
  publishedDate,
  type: 'rapport',
  summary: noText,
  topics,
  ...stamps,
})
const page = (id: number, title: string, path: string, lead?: string): Page => ({
  id,
  title,
  slug: path.split('/').at(-2)!,
  path,
  lead,
  ...stamps,
})

const HOME = 1
const UNPUBLISHED = 99

beforeAll(() => {
  setSiteContent({
    pages: [
      page(HOME, 'Start', '/start/', 'Välkommen'),
      page(2, 'Cykling', '/trafik/cykling/', 'Om cykelvägar i länen.'),
      page(3, 'Bredband', '/bredband/'),
    ],
    reports: [
      report(1, 'Cykelvägar i norr', '2022-03-01', [TRANSPORT]),
      report(2, 'Bredband på landsbygden', '2023-05-01'),
      report(3, 'Tåg och buss', '2024-01-15', [TRANSPORT]),
      report(4, 'Befolkning 2024', '2024-06-01'),
    ].sort(reportOrder),
    datasets: [],
    topics: [],
    privacyNotices: [],
    settings: { id: 1, siteName: 'Regional utveckling', organisation: 'Myndigheten', homePage: HOME },
    navigation: { id: 1 },
  })
})

describe('a report list shows', () => {
  const list = (block: Omit<ReportListBlock, 'blockType'>) =>
    resolveReportList({ blockType: 'reportList', ...block }, { firstOfType: true, language: 'sv' })
  it.each<[string, Omit<ReportListBlock, 'blockType'>, string[]]>([
    ['the latest reports, newest first, as many as asked for', { mode: 'latest', limit: 2 }, ['Befolkning 2024', 'Tåg och buss']],
    ['the latest three when no number is given', { mode: 'latest' }, ['Befolkning 2024', 'Tåg och buss', 'Bredband på landsbygden']],
    ['the latest reports on a topic', { mode: 'topic', topic: TRANSPORT, limit: 5 }, ['Tåg och buss', 'Cykelvägar i norr']],
    ['the reports picked by hand, in the order picked', { mode: 'picked', reports: [1, 4] }, ['Cykelvägar i norr', 'Befolkning 2024']],
    ['no picked report that is not published', { mode: 'picked', reports: [UNPUBLISHED, 2] }, ['Bredband på landsbygden']],
  ])('%s', (_name, block, titles) => {
    expect(list(block).reports.map((card) => card.title)).toEqual(titles)
  })

  it('its heading and the label of its link to all publications', () => {
    const { heading, moreLinkLabel } = list({ mode: 'latest', heading: 'Nya rapporter', moreLinkLabel: 'Alla publikationer' })
    expect({ heading, moreLinkLabel }).toEqual({ heading: 'Nya rapporter', moreLinkLabel: 'Alla publikationer' })
  })

  it('on an English page, its link to the English list and the cards in English', () => {
    const english = resolveReportList(
      { blockType: 'reportList', mode: 'latest', moreLinkLabel: 'All publications' },
      { firstOfType: true, language: 'en' },
    )
    expect([english.language, english.moreHref]).toEqual(['en', '/en/publications/'])
    expect(list({ mode: 'latest' }).moreHref).toBe('/publikationer/')
  })

  it('on each card only what a card shows (a summary edit changes no list)', () => {
    const [card] = list({ mode: 'picked', reports: [1] }).reports
    expect(Object.keys(card).sort()).toEqual(['href', 'id', 'publishedDate', 'reportNumber', 'subtitle', 'title', 'type'])
  })
})

describe('a page teaser shows', () => {
  const teasers = (items: TeaserListBlock['items']) => resolveTeaserList({ blockType: 'teaserList', heading: 'Läs mer', items }).items
  it.each<[string, TeaserListBlock['items'], { href: string; title: string; text?: string | null }[]]>([
    [
      "the block's own text for the page",
      [{ page: 2, text: 'Var cyklar man?' }],
      [{ href: '/trafik/cykling/', title: 'Cykling', text: 'Var cyklar man?' }],
    ],
    [
      "the page's lead when the block has no text for it",
      [{ page: 2 }],
      [{ href: '/trafik/cykling/', title: 'Cykling', text: 'Om cykelvägar i länen.' }],
    ],
    ['no text when neither has one', [{ page: 3, text: '' }], [{ href: '/bredband/', title: 'Bredband', text: undefined }]],
    ["the home page at the site's root", [{ page: HOME }], [{ href: '/', title: 'Start', text: 'Välkommen' }]],
    [
      'nothing for a page that is not published',
      [{ page: UNPUBLISHED, text: 'Hemligt' }, { page: 3 }],
      [{ href: '/bredband/', title: 'Bredband' }],
    ],
  ])('%s', (_name, items, expected) => {
    expect(teasers(items)).toEqual(expected)
  })
})

describe('a call to action shows', () => {
  const link = (fields: Omit<CallToActionBlock, 'blockType' | 'label'>) =>
    resolveCallToAction({ blockType: 'callToAction', label: 'Läs mer', ...fields }).link
  it.each<[string, Omit<CallToActionBlock, 'blockType' | 'label'>, ReturnType<typeof link>]>([
    [
      'a link to a published page',
      { reference: { relationTo: 'pages', value: 2 } },
      { href: '/trafik/cykling/', label: 'Läs mer', external: false },
    ],
    [
      'a link to a published report',
      { reference: { relationTo: 'reports', value: 3 } },
      { href: '/publikationer/rapport-3/', label: 'Läs mer', external: false },
    ],
    ['no link to a page that is not published', { reference: { relationTo: 'pages', value: UNPUBLISHED } }, undefined],
    [
      'a link to another website, marked as such',
      { linkType: 'external', url: 'https://www.scb.se/' },
      { href: 'https://www.scb.se/', label: 'Läs mer', external: true },
    ],
    ['no link for an address the site does not link to', { linkType: 'external', url: 'javascript:alert(1)' }, undefined],
  ])('%s', (_name, fields, expected) => {
    expect(link(fields)).toEqual(expected)
  })
})
