import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { CollectionSlug, Payload } from 'payload'

import {
  ORGANISATION,
  accessibilityStatement,
  homePage,
  privacyNotice,
  reports,
  sectionPage,
  subPages,
  topics,
  type SeedPage,
} from './content'
import { queueRebuild } from '../site-build/queue'
import { makeHeroImage, makeReportPdf } from './files'
import { datasets } from './statistics'

/** Ids are numbers on SQLite and Postgres, strings on MongoDB; the generated types say number. */
type Id = number

/**
 * Creates the demo content, or brings it back to its demo state: every document is found by its slug
 * (files by their name) and updated instead of created again, so running the seed twice makes no duplicates.
 */
export async function seed(payload: Payload, { rebuild = true }: { rebuild?: boolean } = {}): Promise<void> {
  // One rebuild for the whole seed, not one per document.
  const quiet = { skipRebuild: true }
  const log = (msg: string) => payload.logger.info(`seed: ${msg}`)
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const richText = (markdown: string) => convertMarkdownToLexical({ editorConfig, markdown })

  async function upsert(collection: CollectionSlug, where: Record<string, unknown>, data: Record<string, unknown>): Promise<Id> {
    const found = await payload.find({
      collection,
      where: where as never,
      limit: 1,
      depth: 0,
      draft: true,
      overrideAccess: true,
      context: quiet,
    })
    if (found.docs[0]) {
      const doc = await payload.update({
        collection,
        id: found.docs[0].id,
        data: data as never,
        depth: 0,
        overrideAccess: true,
        context: quiet,
      })
      return doc.id as Id
    }
    return (await payload.create({ collection, data: data as never, depth: 0, overrideAccess: true, context: quiet })).id as Id
  }

  // Files are found by their stem: Payload may store them under another extension (images are converted to WebP).
  async function upload(
    collection: 'media' | 'documents',
    name: string,
    mimetype: string,
    makeFile: () => Promise<Buffer>,
    data: Record<string, unknown>,
  ) {
    const stem = name.replace(/\.[a-z0-9]+$/i, '')
    const found = await payload.find({
      collection,
      where: { or: [{ filename: { equals: name } }, { filename: { equals: `${stem}.webp` } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      context: quiet,
    })
    if (found.docs[0]) return found.docs[0].id as Id
    const buffer = await makeFile()
    const doc = await payload.create({
      collection,
      data: data as never,
      file: { data: buffer, mimetype, name, size: buffer.length },
      overrideAccess: true,
      context: quiet,
    })
    return doc.id as Id
  }

  log('topics')
  const topicIds: Record<string, Id> = {}
  for (const topic of topics) topicIds[topic.slug] = await upsert('topics', { slug: { equals: topic.slug } }, topic)

  log('images')
  const heroId = await upload('media', 'demo-hero-samordning.jpg', 'image/jpeg', () => makeHeroImage(195), {
    alt: 'Abstrakt illustration med mjuka linjer som påminner om höjdkurvor på en karta, i blått och grönt.',
    caption: 'Illustration: Regionalverket (demo)',
    credit: 'Regionalverket (demo)',
  })
  const homeHeroId = await upload('media', 'demo-hero-start.jpg', 'image/jpeg', () => makeHeroImage(150), {
    alt: 'Abstrakt illustration med linjer över en grön bakgrund.',
    credit: 'Regionalverket (demo)',
  })

  log('reports')
  const reportIds: Id[] = []
  for (const report of reports) {
    const pdfId = await upload(
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
      await upsert(
        'reports',
        { slug: { equals: report.slug } },
        {
          title: report.title,
          subtitle: report.subtitle ?? null,
          slug: report.slug,
          type: report.type ?? 'rapport',
          reportNumber: report.reportNumber ?? null,
          publishedDate: report.publishedDate,
          summary: richText(report.summary),
          pdf: pdfId,
          topics: report.topics.map((slug) => topicIds[slug]),
          organisation: ORGANISATION,
          _status: 'published',
        },
      ),
    )
  }

  log('statistics')
  const datasetIds: Record<string, Id> = {}
  for (const { observations, topics: topicSlugs, ...dataset } of datasets) {
    datasetIds[dataset.slug] = await upsert(
      'datasets',
      { slug: { equals: dataset.slug } },
      {
        ...dataset,
        methodology: richText(dataset.methodology),
        topics: topicSlugs.map((slug) => topicIds[slug]),
        observations: observations(),
        regionLevel: 'county',
        _status: 'published',
      },
    )
  }

  log('privacy notice')
  const noticeId = await upsert('privacy-notices', { slug: { equals: privacyNotice.slug } }, { ...privacyNotice, _status: 'published' })

  log('pages')
  const pageData = (page: SeedPage, extra: Record<string, unknown> = {}) => ({
    title: page.title,
    slug: page.slug,
    lead: page.lead,
    layout: [{ blockType: 'richText', content: richText(page.body) }],
    _status: 'published',
    ...extra,
  })
  const sectionId = await upsert(
    'pages',
    { and: [{ slug: { equals: sectionPage.slug } }, { parent: { exists: false } }] },
    pageData(sectionPage, { heroImage: heroId }),
  )
  const childIds: Id[] = []
  for (const child of subPages) {
    // The follow-up page shows population statistics below its text, and takes questions about them.
    const statistics =
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
    const data = pageData(child, { parent: sectionId })
    childIds.push(
      await upsert(
        'pages',
        { and: [{ slug: { equals: child.slug } }, { parent: { equals: sectionId } }] },
        { ...data, layout: [...data.layout, ...statistics] },
      ),
    )
  }
  await payload.update({
    collection: 'pages',
    id: sectionId,
    overrideAccess: true,
    context: quiet,
    data: {
      layout: [
        { blockType: 'richText', content: richText(sectionPage.body) },
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
  const homeId = await upsert(
    'pages',
    { and: [{ slug: { equals: homePage.slug } }, { parent: { exists: false } }] },
    pageData(homePage, {
      heroImage: homeHeroId,
      layout: [
        { blockType: 'richText', content: richText(homePage.body) },
        { blockType: 'teaserList', heading: 'Vårt arbete', items: [{ page: sectionId }, { page: childIds[4] }] },
        { blockType: 'reportList', heading: 'Senaste publikationerna', mode: 'latest', limit: 3, moreLinkLabel: 'Alla publikationer' },
      ],
    }),
  )

  const accessibilityId = await upsert(
    'pages',
    { and: [{ slug: { equals: accessibilityStatement.slug } }, { parent: { exists: false } }] },
    pageData(accessibilityStatement),
  )

  log('settings and navigation')
  await payload.updateGlobal({
    slug: 'site-settings',
    overrideAccess: true,
    context: quiet,
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
  await payload.updateGlobal({
    slug: 'navigation',
    overrideAccess: true,
    context: quiet,
    data: {
      items: [
        { label: 'Samordning och uppföljning', linkType: 'internal', reference: { relationTo: 'pages', value: sectionId } },
        { label: 'Publikationer', linkType: 'external', url: '/publikationer/' },
        { label: 'Statistik', linkType: 'external', url: '/statistik/' },
      ],
    },
  })
  if (rebuild) await queueRebuild(payload, 'demoinnehåll', { all: true })
  log('done')
}

/** True when the database holds no content yet (a fresh install), so `npm start` seeds it. */
export async function isEmpty(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'pages', overrideAccess: true })
  return totalDocs === 0
}
