import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import type { Page } from '../../shared/payload-types'

import { queueRebuild } from '../site-build/queue'
import {
  ORGANISATION,
  accessibilityStatement,
  englishPages,
  englishReports,
  homePage,
  privacyNotice,
  englishPrivacyNotice,
  reports,
  sectionPage,
  subPages,
  topics,
  waysInPages,
  type SeedPage,
} from './content'
import { makeHeroImage, makeReportPdf } from './files'
import { seederFor, type Id, type Seeder } from './seeder'
import { datasets, englishDatasets } from './statistics'

/**
 * Creates the demo content, or brings it back to its demo state (running it twice makes no duplicates: see
 * seeder.ts). One step per kind of content, each given the ids of what it links to.
 */
export async function seed(payload: Payload, { rebuild = true }: { rebuild?: boolean } = {}): Promise<void> {
  const log = (msg: string) => payload.logger.info(`seed: ${msg}`)
  const s = await seederFor(payload)
  log('topics')
  const topicIds = await seedTopics(s)
  log('images')
  const images = await seedImages(s)
  log('reports')
  const reportIds = await seedReports(s, topicIds)
  log('statistics')
  const datasetIds = await seedDatasets(s, topicIds)
  log('privacy notice')
  const noticeId = await s.upsert('privacy-notices', { slug: { equals: privacyNotice.slug } }, { ...privacyNotice, _status: 'published' })
  await seedEnglishNotice(s, noticeId)
  log('pages')
  const pages = await seedPages(s, { images, reportIds, datasetIds, noticeId })
  log('pages in English')
  await seedEnglishPages(s, pages, { datasetIds, noticeId })
  log('settings and navigation')
  await seedSettings(s, pages)
  // One rebuild for the whole seed, not one per document.
  if (rebuild) await queueRebuild(payload, 'demoinnehåll', { all: true })
  log('done')
}

async function seedTopics(s: Seeder): Promise<Record<string, Id>> {
  const topicIds: Record<string, Id> = {}
  for (const topic of topics) topicIds[topic.slug] = await s.upsert('topics', { slug: { equals: topic.slug } }, topic)
  return topicIds
}

async function seedImages(s: Seeder): Promise<{ heroId: Id; homeHeroId: Id }> {
  const heroId = await s.upload('media', 'demo-hero-samordning.jpg', 'image/jpeg', () => makeHeroImage(195), {
    alt: 'Abstrakt illustration med mjuka linjer som påminner om höjdkurvor på en karta, i blått och grönt.',
    caption: 'Illustration: Regionalverket (demo)',
    credit: 'Regionalverket (demo)',
  })
  const homeHeroId = await s.upload('media', 'demo-hero-start.jpg', 'image/jpeg', () => makeHeroImage(150), {
    alt: 'Abstrakt illustration med linjer över en grön bakgrund.',
    credit: 'Regionalverket (demo)',
  })
  // The section's image is described in English too; the home page's is not (the English site shows its Swedish
  // alt text, marked as Swedish).
  await s.payload.update({
    collection: 'media',
    id: heroId,
    locale: 'en',
    overrideAccess: true,
    context: s.quiet,
    data: {
      alt: 'Abstract illustration with soft lines like the contour lines of a map, in blue and green.',
      caption: 'Illustration: Regionalverket (demo)',
    },
  })
  return { heroId, homeHeroId }
}

async function seedReports(s: Seeder, topicIds: Record<string, Id>): Promise<Id[]> {
  const reportIds: Id[] = []
  for (const report of reports) {
    const pdfId = await s.upload(
      'documents',
      `${report.slug}.pdf`,
      'application/pdf',
      () => makeReportPdf(report.title, report.subtitle, report.year, report.pages),
      {
        title: report.title,
        language: 'sv',
        accessible: false,
      },
    )
    reportIds.push(
      await s.upsert(
        'reports',
        { slug: { equals: report.slug } },
        {
          title: report.title,
          subtitle: report.subtitle ?? null,
          slug: report.slug,
          type: report.type ?? 'rapport',
          reportNumber: report.reportNumber ?? null,
          publishedDate: report.publishedDate,
          summary: s.richText(report.summary),
          pdf: pdfId,
          topics: report.topics.map((slug) => topicIds[slug]),
          organisation: ORGANISATION,
          _status: 'published',
        },
      ),
    )
    const english = englishReports[report.slug]
    if (english)
      // Published in English too: the same file and facts, the text in English.
      await s.payload.update({
        collection: 'reports',
        id: reportIds.at(-1)!,
        locale: 'en',
        overrideAccess: true,
        context: s.quiet,
        data: { ...english, summary: s.richText(english.summary), _status: 'published' },
      })
  }
  return reportIds
}

async function seedDatasets(s: Seeder, topicIds: Record<string, Id>): Promise<Record<string, Id>> {
  const datasetIds: Record<string, Id> = {}
  for (const { observations, topics: topicSlugs, ...dataset } of datasets) {
    datasetIds[dataset.slug] = await s.upsert(
      'datasets',
      { slug: { equals: dataset.slug } },
      {
        ...dataset,
        methodology: s.richText(dataset.methodology),
        topics: topicSlugs.map((slug) => topicIds[slug]),
        observations: observations(),
        regionLevel: 'county',
        _status: 'published',
      },
    )
    const english = englishDatasets[dataset.slug]
    if (english)
      // Published in English too: the same figures, the words in English.
      await s.payload.update({
        collection: 'datasets',
        id: datasetIds[dataset.slug],
        locale: 'en',
        overrideAccess: true,
        context: s.quiet,
        data: {
          ...english,
          source: { ...dataset.source, name: english.source },
          methodology: s.richText(english.methodology),
          _status: 'published',
        },
      })
  }
  return datasetIds
}

/** The privacy notice in English, published; its purposes keep their rows (the legal basis is shared), their texts in English. */
async function seedEnglishNotice(s: Seeder, noticeId: Id): Promise<void> {
  const swedish = await s.payload.findByID({ collection: 'privacy-notices', id: noticeId, locale: 'sv', depth: 0 })
  const { retention, purposes, controller, dataProtectionOfficer, ...english } = englishPrivacyNotice
  await s.payload.update({
    collection: 'privacy-notices',
    id: noticeId,
    locale: 'en',
    overrideAccess: true,
    context: s.quiet,
    data: {
      ...english,
      purposes: swedish.purposes.map((row, i) => ({ ...row, ...purposes[i] })),
      retention: { ...swedish.retention, description: retention },
      controller: { ...swedish.controller, name: controller },
      dataProtectionOfficer: { ...swedish.dataProtectionOfficer, name: dataProtectionOfficer },
      _status: 'published',
    },
  })
}

type SeededPages = {
  sectionId: Id
  /** The section's sub-pages by their (Swedish) slugs. */
  subPageIds: Record<string, Id>
  homeId: Id
  accessibilityId: Id
  waysIn: Record<keyof typeof waysInPages, Id>
}

/** A page of the demo as the Pages collection takes it: its text as the first block. */
type PageData = RequiredDataFromCollectionSlug<'pages'>
type Layout = NonNullable<Page['layout']>
const pageData = (
  s: Seeder,
  page: SeedPage,
  extra: Partial<Omit<PageData, 'layout'>> & { layout?: Layout } = {},
): PageData & { layout: Layout } => ({
  title: page.title,
  slug: page.slug,
  lead: page.lead,
  layout: [{ blockType: 'richText', content: s.richText(page.body) }],
  _status: 'published',
  ...extra,
})

/** The home page, the section with its sub-pages, the accessibility statement, the pages of the entry points above the menu. */
async function seedPages(
  s: Seeder,
  {
    images,
    reportIds,
    datasetIds,
    noticeId,
  }: { images: { heroId: Id; homeHeroId: Id }; reportIds: Id[]; datasetIds: Record<string, Id>; noticeId: Id },
): Promise<SeededPages> {
  const { sectionId, childIds } = await seedSection(s, { heroId: images.heroId, reportIds, datasetIds, noticeId })
  const homeHeroId = images.homeHeroId
  const homeId = await s.upsert(
    'pages',
    { and: [{ slug: { equals: homePage.slug } }, { parent: { exists: false } }] },
    pageData(s, homePage, {
      heroImage: homeHeroId,
      layout: [
        { blockType: 'richText', content: s.richText(homePage.body) },
        { blockType: 'teaserList', heading: 'Vårt arbete', items: [{ page: sectionId }, { page: childIds[4] }] },
        { blockType: 'reportList', heading: 'Senaste publikationerna', mode: 'latest', limit: 3, moreLinkLabel: 'Alla publikationer' },
      ],
    }),
  )

  const accessibilityId = await s.upsert(
    'pages',
    { and: [{ slug: { equals: accessibilityStatement.slug } }, { parent: { exists: false } }] },
    pageData(s, accessibilityStatement),
  )
  const waysIn = {} as SeededPages['waysIn']
  for (const key of Object.keys(waysInPages) as (keyof typeof waysInPages)[]) {
    const page = waysInPages[key]
    waysIn[key] = await s.upsert(
      'pages',
      { and: [{ slug: { equals: page.slug } }, { parent: { exists: false } }] },
      pageData(s, page, { language: key === 'otherLanguages' ? 'en' : 'sv', easyToRead: key === 'easyToRead' }),
    )
  }
  const subPageIds = Object.fromEntries(subPages.map((page, i) => [page.slug, childIds[i]]))
  return { sectionId, subPageIds, homeId, accessibilityId, waysIn }
}

/**
 * The English versions of four pages, published in English only (parents first: an English page's address is under
 * its parent's English address). Each has its text and a teaser list of the English pages below it; the follow-up
 * page its statistics.
 */
async function seedEnglishPages(
  s: Seeder,
  { homeId, sectionId, subPageIds }: SeededPages,
  { datasetIds, noticeId }: { datasetIds: Record<string, Id>; noticeId: Id },
): Promise<void> {
  const { home, section, ...children } = englishPages
  const english = (id: Id, page: SeedPage, layout: Layout = []) =>
    s.payload.update({
      collection: 'pages',
      id,
      locale: 'en',
      overrideAccess: true,
      context: s.quiet,
      data: { ...pageData(s, page), layout: [{ blockType: 'richText', content: s.richText(page.body) }, ...layout] },
    })
  const childIds = Object.keys(children).map((slug) => subPageIds[slug])
  await english(sectionId, section)
  // The follow-up page shows the population statistics and takes questions in English, as its Swedish version does.
  const moreBlocks: Record<string, Layout> = {
    'uppfoljning-av-regionalt-tillvaxtarbete': [
      {
        blockType: 'statistics',
        heading: 'Population of the counties',
        dataset: datasetIds.befolkning,
        view: 'lines',
        regions: ['23', '25', '00'],
        fromYear: 2010,
      },
      {
        blockType: 'form',
        formType: 'question',
        heading: 'Ask us about the follow-up',
        intro: 'Do you have questions about the follow-up or the statistics? Write to us and we will answer.',
        privacyNotice: noticeId,
      },
    ],
  }
  for (const [slug, page] of Object.entries(children)) await english(subPageIds[slug], page, moreBlocks[slug])
  await english(sectionId, section, [{ blockType: 'teaserList', heading: 'What we do', items: childIds.map((page) => ({ page })) }])
  await english(homeId, home, [{ blockType: 'teaserList', heading: 'Our work', items: [{ page: sectionId }] }])
}

/** The section page and its sub-pages (the follow-up page shows statistics and a question form); then the section's own blocks, which list them. */
async function seedSection(
  s: Seeder,
  { heroId, reportIds, datasetIds, noticeId }: { heroId: Id; reportIds: Id[]; datasetIds: Record<string, Id>; noticeId: Id },
): Promise<{ sectionId: Id; childIds: Id[] }> {
  const sectionId = await s.upsert(
    'pages',
    { and: [{ slug: { equals: sectionPage.slug } }, { parent: { exists: false } }] },
    pageData(s, sectionPage, { heroImage: heroId }),
  )
  const childIds: Id[] = []
  for (const child of subPages) {
    // The follow-up page shows population statistics below its text, and takes questions about them.
    const statistics: Layout =
      child.slug === 'uppfoljning-av-regionalt-tillvaxtarbete'
        ? [
            {
              blockType: 'statistics',
              heading: 'Befolkningen i länen',
              dataset: datasetIds.befolkning,
              view: 'lines',
              regions: ['23', '25', '00'],
              fromYear: 2010,
            },
            {
              blockType: 'form',
              formType: 'question',
              heading: 'Fråga oss om uppföljningen',
              intro: 'Har du frågor om uppföljningen eller statistiken? Skriv till oss så svarar vi.',
              privacyNotice: noticeId,
            },
          ]
        : []
    const data = pageData(s, child, { parent: sectionId })
    childIds.push(
      await s.upsert(
        'pages',
        { and: [{ slug: { equals: child.slug } }, { parent: { equals: sectionId } }] },
        { ...data, layout: [...data.layout, ...statistics] },
      ),
    )
  }
  await s.payload.update({
    collection: 'pages',
    id: sectionId,
    overrideAccess: true,
    context: s.quiet,
    data: {
      layout: [
        { blockType: 'richText', content: s.richText(sectionPage.body) },
        { blockType: 'teaserList', heading: 'Det här gör vi', items: childIds.map((page) => ({ page })) },
        {
          blockType: 'reportList',
          heading: 'Rapporter om regionalt tillväxtarbete',
          mode: 'picked',
          reports: reportIds.slice(0, 3),
          moreLinkLabel: 'Fler rapporter under Publikationer',
        },
        {
          blockType: 'callToAction',
          heading: 'Statistik om regional utveckling',
          text: 'Jämför län och år i interaktiva diagram, och ta del av resultat från våra undersökningar.',
          label: 'Till statistiken',
          linkType: 'external',
          url: '/statistik/',
        },
        { blockType: 'form', formType: 'feedback' },
      ],
      _status: 'published',
    },
  })
  return { sectionId, childIds }
}

async function seedSettings(s: Seeder, { sectionId, homeId, accessibilityId, waysIn }: SeededPages): Promise<void> {
  await s.payload.updateGlobal({
    slug: 'site-settings',
    overrideAccess: true,
    context: s.quiet,
    data: {
      siteName: 'Regional utveckling',
      organisation: ORGANISATION,
      homePage: homeId,
      accessibilityStatement: accessibilityId,
      contact: { email: 'info@regionalverket.example', phone: '08-000 00 00', address: 'Box 0000\n100 00 Stockholm' },
      footerLinks: [
        { label: 'Publikationer', linkType: 'external', url: '/publikationer/' },
        { label: 'Statistik', linkType: 'external', url: '/statistik/' },
        { label: 'Så behandlar vi personuppgifter', linkType: 'external', url: `/personuppgifter/${privacyNotice.slug}/` },
      ],
    },
  })
  // The English site's names; its menu and footer are left empty, so they show the English versions of the
  // Swedish menu's pages.
  await s.payload.updateGlobal({
    slug: 'site-settings',
    locale: 'en',
    overrideAccess: true,
    context: s.quiet,
    data: { siteName: 'Regional development', organisation: 'Regionalverket (demo agency)' },
  })
  await s.payload.updateGlobal({
    slug: 'navigation',
    overrideAccess: true,
    context: s.quiet,
    data: {
      items: [
        { label: 'Samordning och uppföljning', linkType: 'internal', reference: { relationTo: 'pages', value: sectionId } },
        { label: 'Publikationer', linkType: 'external', url: '/publikationer/' },
        { label: 'Statistik', linkType: 'external', url: '/statistik/' },
      ],
      waysIn,
    },
  })
}

/** True when the database holds no content yet (a fresh install), so `npm start` seeds it. */
export async function isEmpty(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'pages', overrideAccess: true })
  return totalDocs === 0
}
