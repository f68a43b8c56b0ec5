/**
 * The migrations that made content localized (Swedish and English, issue 15: pages, the site settings and the menu,
 * reports, datasets and privacy notices, image texts) keep everything as it was, in Swedish: a database filled as the previous release stored it is migrated and
 * read back through Payload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraph, publishedPagesIn, startTestCms, type TestCms } from './helpers/cms'

const kind = process.env.TEST_DATABASE ?? 'sqlite'

type Locale = 'sv' | 'en'
// MongoDB has no migrations: it stores a localized field as { sv: …, en: … } and the README gives the update that
// wraps existing values. On SQLite and PostgreSQL the generated migration moves the columns, and is checked here.
describe.skipIf(kind === 'mongodb')('the migrations to localized content', () => {
  let cms: TestCms
  beforeAll(async () => {
    cms = await startTestCms({ migrationsBefore: '_pages_localized' })
    // Pages as the previous release stored them, one column per field (ids far from the sequences' next values).
    const rows = [
      `INSERT INTO "pages" ("id", "title", "lead", "slug", "path", "_status", "meta_title", "meta_description") VALUES (1001, 'Om regional utveckling', 'Så arbetar vi.', 'om', '/om/', 'published', 'Om oss – titel', 'Beskrivning för sökmotorer')`,
      `INSERT INTO "pages" ("id", "title", "lead", "slug", "path", "_status", "parent_id") VALUES (1002, 'Uppföljning', 'Vad arbetet leder till.', 'uppfoljning', '/om/uppfoljning/', 'published', 1001)`,
      `INSERT INTO "pages" ("id", "title", "slug", "path", "_status") VALUES (1003, 'Opublicerad', 'opublicerad', '/opublicerad/', 'draft')`,
      `INSERT INTO "pages_breadcrumbs" ("_order", "_parent_id", "id", "label", "url") VALUES (1, 1002, 'c1', 'Om regional utveckling', '/om/'), (2, 1002, 'c2', 'Uppföljning', '/om/uppfoljning/')`,
      `INSERT INTO "pages_blocks_rich_text" ("_order", "_parent_id", "_path", "id", "content") VALUES (1, 1002, 'layout', 'b1', '${JSON.stringify(paragraph('Brödtext på svenska.'))}')`,
      `INSERT INTO "pages_blocks_teaser_list" ("_order", "_parent_id", "_path", "id", "heading") VALUES (1, 1001, 'layout', 'b2', 'Läs mer')`,
      `INSERT INTO "pages_blocks_teaser_list_items" ("_order", "_parent_id", "id", "page_id", "text") VALUES (1, 'b2', 'i1', 1002, 'Puffens text')`,
      `INSERT INTO "_pages_v" ("id", "parent_id", "version_title", "version_slug", "version_path", "version__status", "latest") VALUES (1001, 1002, 'Uppföljning', 'uppfoljning', '/om/uppfoljning/', 'published', true)`,
      `INSERT INTO "site_settings" ("id", "site_name", "organisation", "home_page_id") VALUES (1, 'Regional utveckling', 'Regionalverket', 1001)`,
      `INSERT INTO "site_settings_footer_links" ("_order", "_parent_id", "id", "label", "link_type", "url") VALUES (1, 1, 'f1', 'Publikationer', 'external', '/publikationer/')`,
      `INSERT INTO "reports" ("id", "title", "subtitle", "slug", "published_date", "type", "summary", "_status") VALUES (2001, 'Länen i siffror', 'En sammanställning', 'lanen-i-siffror', '2024-03-01T00:00:00.000Z', 'rapport', '${JSON.stringify(paragraph('Sammanfattning på svenska.'))}', 'published')`,
      `INSERT INTO "datasets" ("id", "title", "description", "indicator", "unit", "decimals", "source_name", "slug", "observations", "kind", "region_level", "country_reference", "_status") VALUES (3001, 'Folkmängd i länen', 'Hur många som bor i varje län.', 'Folkmängd', 'invånare', 0, 'SCB', 'folkmangd', '[{"region":"01","year":2020,"value":2377081}]', 'numeric', 'county', 'none', 'published')`,
      `INSERT INTO "privacy_notices" ("id", "title", "summary", "effective_date", "controller_name", "controller_email", "data_protection_officer_email", "data_categories", "recipients", "retention_description", "retention_days", "rights", "complaint", "slug", "_status") VALUES (4001, 'Så behandlar vi din fråga', 'Vi sparar din fråga i ett år.', '2024-01-01T00:00:00.000Z', 'Regionalverket', 'info@example.se', 'dso@example.se', 'Namn och e-post.', 'Ingen utanför myndigheten.', 'Ett år.', 365, 'Du kan begära ut dina uppgifter.', 'Klaga hos IMY.', 'fragor', 'published')`,
      `INSERT INTO "privacy_notices_purposes" ("_order", "_parent_id", "id", "purpose", "legal_basis", "legal_basis_details") VALUES (1, 4001, 'p1', 'Att svara på din fråga.', 'public-task', 'Myndighetens uppgift.')`,
      `INSERT INTO "media" ("id", "alt", "caption", "credit", "filename", "mime_type") VALUES (5001, 'Karta över länen', 'Länen 2024', 'Regionalverket', 'karta.png', 'image/png')`,
      `INSERT INTO "navigation" ("id") VALUES (1)`,
      `INSERT INTO "navigation_items" ("_order", "_parent_id", "id", "label", "link_type") VALUES (1, 1, 'n1', 'Om oss', 'internal')`,
      `INSERT INTO "navigation_rels" ("id", "order", "parent_id", "path", "pages_id") VALUES (1001, 1, 1, 'items.0.reference', 1001)`,
    ]
    for (const raw of rows)
      await (cms.payload.db as unknown as { execute(args: { drizzle: unknown; raw: string }): Promise<unknown> }).execute({
        drizzle: (cms.payload.db as unknown as { drizzle: unknown }).drizzle,
        raw,
      })
    const { migrationsFor } = await import('../cms/database')
    await cms.payload.db.migrate({ migrations: migrationsFor() })
  })
  afterAll(async () => cms?.stop())

  it('keeps every field of the Swedish pages, blocks and breadcrumbs included', async () => {
    const page = await cms.payload.findByID({ collection: 'pages', id: 1002, locale: 'sv', depth: 0 })
    expect({ title: page.title, lead: page.lead, slug: page.slug, path: page.path, status: page._status }).toEqual({
      title: 'Uppföljning',
      lead: 'Vad arbetet leder till.',
      slug: 'uppfoljning',
      path: '/om/uppfoljning/',
      status: 'published',
    })
    expect(page.breadcrumbs?.map(({ label, url }) => [label, url])).toEqual([
      ['Om regional utveckling', '/om/'],
      ['Uppföljning', '/om/uppfoljning/'],
    ])
    expect(page.layout).toMatchObject([{ blockType: 'richText', content: paragraph('Brödtext på svenska.') }])
    const parent = await cms.payload.findByID({ collection: 'pages', id: 1001, locale: 'sv', depth: 0 })
    expect(parent.meta).toMatchObject({ title: 'Om oss – titel', description: 'Beskrivning för sökmotorer' })
    expect(parent.layout).toMatchObject([{ blockType: 'teaserList', heading: 'Läs mer', items: [{ page: 1002, text: 'Puffens text' }] }])
  })

  it('keeps what is published and what is not, and makes no English versions', async () => {
    expect((await publishedPagesIn(cms.payload, 'sv')).map((p) => p.id).sort()).toEqual([1001, 1002])
    expect(await publishedPagesIn(cms.payload, 'en')).toEqual([])
    const english = await cms.payload.findByID({ collection: 'pages', id: 1002, locale: 'en', depth: 0 })
    expect([english.title, english.layout ?? []]).toEqual([undefined, []])
  })

  it('keeps the reports in Swedish, published as they were, with no English versions', async () => {
    const report = await cms.payload.findByID({ collection: 'reports', id: 2001, locale: 'sv', depth: 0 })
    expect([report.title, report.subtitle, report.slug, report._status, report.summary]).toEqual([
      'Länen i siffror',
      'En sammanställning',
      'lanen-i-siffror',
      'published',
      paragraph('Sammanfattning på svenska.'),
    ])
    const published = (locale: 'sv' | 'en') =>
      cms.payload.count({ collection: 'reports', locale, where: { _status: { equals: 'published' } }, overrideAccess: false })
    expect([(await published('sv')).totalDocs, (await published('en')).totalDocs]).toEqual([1, 0])
  })

  it('keeps the datasets and privacy notices in Swedish, published as they were, with no English versions', async () => {
    const dataset = await cms.payload.findByID({ collection: 'datasets', id: 3001, locale: 'sv', depth: 0 })
    expect([
      dataset.title,
      dataset.description,
      dataset.indicator,
      dataset.unit,
      dataset.source.name,
      dataset.slug,
      dataset._status,
    ]).toEqual(['Folkmängd i länen', 'Hur många som bor i varje län.', 'Folkmängd', 'invånare', 'SCB', 'folkmangd', 'published'])
    const notice = await cms.payload.findByID({ collection: 'privacy-notices', id: 4001, locale: 'sv', depth: 0 })
    expect([
      notice.title,
      notice.controller.name,
      notice.summary,
      notice.retention.description,
      notice.rights,
      notice.complaint,
      notice.slug,
      notice._status,
    ]).toEqual([
      'Så behandlar vi din fråga',
      'Regionalverket',
      'Vi sparar din fråga i ett år.',
      'Ett år.',
      'Du kan begära ut dina uppgifter.',
      'Klaga hos IMY.',
      'fragor',
      'published',
    ])
    expect(notice.purposes.map(({ purpose, legalBasis, legalBasisDetails }) => ({ purpose, legalBasis, legalBasisDetails }))).toEqual([
      { purpose: 'Att svara på din fråga.', legalBasis: 'public-task', legalBasisDetails: 'Myndighetens uppgift.' },
    ])
    for (const collection of ['datasets', 'privacy-notices'] as const) {
      const published = (locale: Locale) =>
        cms.payload.count({ collection, locale, where: { _status: { equals: 'published' } }, overrideAccess: false })
      expect([(await published('sv')).totalDocs, (await published('en')).totalDocs]).toEqual([1, 0])
    }
  })

  it('keeps the image texts as the Swedish ones, with none in English', async () => {
    const read = (locale: Locale) => cms.payload.findByID({ collection: 'media', id: 5001, locale, depth: 0 })
    const [swedish, english] = [await read('sv'), await read('en')]
    expect([swedish.alt, swedish.caption, swedish.credit]).toEqual(['Karta över länen', 'Länen 2024', 'Regionalverket'])
    expect([english.alt ?? null, english.caption ?? null, english.credit]).toEqual([null, null, 'Regionalverket'])
  })

  it('keeps the site settings, the footer and the menu as the Swedish ones', async () => {
    const settings = await cms.payload.findGlobal({ slug: 'site-settings', locale: 'sv', depth: 0 })
    expect([settings.siteName, settings.organisation, settings.homePage]).toEqual(['Regional utveckling', 'Regionalverket', 1001])
    expect(settings.footerLinks?.map(({ label, url }) => [label, url])).toEqual([['Publikationer', '/publikationer/']])
    const menu = await cms.payload.findGlobal({ slug: 'navigation', locale: 'sv', depth: 0 })
    expect(menu.items?.map(({ label, reference }) => [label, reference])).toEqual([['Om oss', { relationTo: 'pages', value: 1001 }]])
    const english = await cms.payload.findGlobal({ slug: 'navigation', locale: 'en', depth: 0 })
    expect(english.items ?? []).toEqual([])
  })

  it('keeps the version history in Swedish', async () => {
    const { docs } = await cms.payload.findVersions({ collection: 'pages', where: { parent: { equals: 1002 } }, locale: 'sv', depth: 0 })
    expect(docs.map((v) => v.version.title)).toEqual(['Uppföljning'])
  })
})
