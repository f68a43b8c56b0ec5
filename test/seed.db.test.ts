import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from './helpers/cms'

let cms: TestCms
beforeAll(async () => {
  cms = await startTestCms()
})
afterAll(async () => cms?.stop())

const COLLECTIONS = ['pages', 'reports', 'datasets', 'topics', 'privacy-notices', 'media', 'documents'] as const

async function counts() {
  const entries = await Promise.all(
    COLLECTIONS.map(async (c) => [c, (await cms.payload.count({ collection: c, overrideAccess: true })).totalDocs] as const),
  )
  return Object.fromEntries(entries)
}

describe('demo content', () => {
  it('is created in an empty database, and a second run creates no duplicates', async () => {
    const { seed, isEmpty } = await import('../cms/seed')
    expect(await isEmpty(cms.payload)).toBe(true)
    await seed(cms.payload)
    const first = await counts()
    expect(first).toMatchObject({ pages: 11, reports: 4, datasets: 5, topics: 4, 'privacy-notices': 1, media: 2, documents: 4 })
    await seed(cms.payload)
    expect(await counts()).toEqual(first)
    expect(await isEmpty(cms.payload)).toBe(false)
  })

  it('holds the section with its five sub-pages, and reports with real titles, each with its PDF', async () => {
    const section = (
      await cms.payload.find({ collection: 'pages', where: { path: { equals: '/samordning-och-uppfoljning/' } }, overrideAccess: true })
    ).docs[0]
    expect(section.title).toBe('Samordning och uppföljning')
    const children = await cms.payload.find({
      collection: 'pages',
      where: { parent: { equals: section.id } },
      overrideAccess: true,
      sort: 'createdAt',
    })
    expect(children.docs.map((p) => p.title)).toEqual([
      'Strategiskt regionarbete',
      'Stöd till statliga myndigheter',
      'Regeringens forum för regionerna',
      'Samarbete i Östersjöregionen',
      'Uppföljning av det regionala tillväxtarbetet',
    ])
    const reports = await cms.payload.find({ collection: 'reports', depth: 1, overrideAccess: true, sort: 'publishedDate' })
    expect(reports.docs.map((r) => r.title)).toContain('Tillstånd och trender för regional tillväxt 2018')
    for (const report of reports.docs) {
      expect(report._status).toBe('published')
      expect(report.pdf).toMatchObject({ mimeType: 'application/pdf', pageCount: expect.any(Number) })
    }
  })

  it('holds the statistics: four real series with their sources, and the survey marked as invented', async () => {
    const datasets = await cms.payload.find({ collection: 'datasets', overrideAccess: true, sort: 'slug', limit: 10 })
    const bySlug = Object.fromEntries(datasets.docs.map((d) => [d.slug, d]))
    const population = bySlug.befolkning.observations as { region: string; year: number; value: number }[]
    expect(population).toHaveLength(21 * 25)
    expect(population.find((o) => o.region === '01' && o.year === 2024)?.value).toBe(2473307)
    expect(bySlug['brp-per-invanare'].source.name).toContain('Eurostat')
    expect(bySlug['nystartade-foretag'].source.name).toContain('Tillväxtanalys')
    expect(JSON.stringify(bySlug['nystartade-foretag'].methodology)).toContain('Tidsserien har brott')
    expect(bySlug.arbetsloshet.decimals).toBe(1)
    const survey = bySlug['enkat-regionalt-samarbete-demo']
    expect(survey.kind).toBe('survey')
    expect(survey.title).toContain('påhittade demodata')
  })
})
