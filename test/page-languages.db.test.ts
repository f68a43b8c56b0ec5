/** Pages in Swedish and English (issue 15): each language is published on its own and has its own addresses. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publishedPagesIn, signedInAs, startTestCms, type TestCms } from './helpers/cms'
import { restClient } from './helpers/rest'

type Locale = 'sv' | 'en'
describe('publishing one language at a time', () => {
  let cms: TestCms
  beforeAll(async () => {
    cms = await startTestCms()
  })
  afterAll(async () => cms?.stop())

  const save = (id: number | string, locale: Locale, data: Record<string, unknown>, status: 'draft' | 'published') =>
    cms.payload.update({
      collection: 'pages',
      id,
      locale,
      draft: status === 'draft',
      data: { ...data, _status: status } as never,
      overrideAccess: true,
    })

  it('publishes English while the Swedish text stays a draft, and the reverse', async () => {
    const page = await cms.payload.create({
      collection: 'pages',
      locale: 'sv',
      draft: true,
      data: { title: 'Ny sida', slug: 'ny-sida', _status: 'draft' } as never,
      overrideAccess: true,
    })
    await save(page.id, 'en', { title: 'New page', slug: 'new-page' }, 'published')
    expect(await publishedPagesIn(cms.payload, 'en')).toEqual([{ id: page.id, title: 'New page', path: '/new-page/' }])
    expect(await publishedPagesIn(cms.payload, 'sv')).toEqual([])

    await save(page.id, 'sv', { title: 'Ny sida, klar' }, 'published')
    await save(page.id, 'en', { title: 'New page, rewritten' }, 'draft')
    expect(await publishedPagesIn(cms.payload, 'sv')).toEqual([{ id: page.id, title: 'Ny sida, klar', path: '/ny-sida/' }])
    expect(await publishedPagesIn(cms.payload, 'en')).toEqual([{ id: page.id, title: 'New page', path: '/new-page/' }])

    // Taken off the English site (unpublished in English), it stays on the Swedish one.
    await cms.payload.update({ collection: 'pages', id: page.id, locale: 'en', data: { _status: 'draft' }, overrideAccess: true })
    expect(await publishedPagesIn(cms.payload, 'en')).toEqual([])
    expect(await publishedPagesIn(cms.payload, 'sv')).toEqual([{ id: page.id, title: 'Ny sida, klar', path: '/ny-sida/' }])
  })

  it('saves an English draft begun without a title or address, and adds no address for it', async () => {
    const page = await cms.payload.create({
      collection: 'pages',
      locale: 'sv',
      data: { title: 'Bara svenska', slug: 'bara-svenska', _status: 'published' },
      overrideAccess: true,
    })
    await cms.payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'en',
      draft: true,
      data: { lead: 'Just begun.' },
      overrideAccess: true,
    })
    const draft = await cms.payload.findByID({ collection: 'pages', id: page.id, locale: 'en', draft: true, depth: 0 })
    expect([draft.lead, draft.path ?? null]).toEqual(['Just begun.', null])
    expect(await publishedPagesIn(cms.payload, 'sv')).toContainEqual({ id: page.id, title: 'Bara svenska', path: '/bara-svenska/' })
  })

  it('gives sub-pages addresses and breadcrumbs in their own language, and moves them with their parent', async () => {
    const parent = await cms.payload.create({
      collection: 'pages',
      locale: 'sv',
      data: { title: 'Vårt arbete', slug: 'vart-arbete', _status: 'published' } as never,
      overrideAccess: true,
    })
    const child = await cms.payload.create({
      collection: 'pages',
      locale: 'sv',
      data: { title: 'Analys', slug: 'analys', parent: parent.id, _status: 'published' } as never,
      overrideAccess: true,
    })
    // No English parent yet: the editor is told, and nothing is saved in English.
    await expect(save(child.id, 'en', { title: 'Analysis', slug: 'analysis' }, 'published')).rejects.toThrow()
    await save(parent.id, 'en', { title: 'Our work', slug: 'our-work' }, 'published')
    await save(child.id, 'en', { title: 'Analysis', slug: 'analysis' }, 'published')
    const english = await cms.payload.findByID({ collection: 'pages', id: child.id, locale: 'en', depth: 0 })
    expect([english.path, english.breadcrumbs?.map((b) => b.label)]).toEqual(['/our-work/analysis/', ['Our work', 'Analysis']])

    await save(parent.id, 'en', { slug: 'what-we-do' }, 'published')
    await save(parent.id, 'sv', { slug: 'det-vi-gor' }, 'published')
    const [sv, en] = await Promise.all(
      (['sv', 'en'] as const).map((locale) => cms.payload.findByID({ collection: 'pages', id: child.id, locale, depth: 0 })),
    )
    expect([sv.path, sv.title, sv.breadcrumbs?.map((b) => b.url)]).toEqual([
      '/det-vi-gor/analys/',
      'Analys',
      ['/det-vi-gor/', '/det-vi-gor/analys/'],
    ])
    expect([en.path, en.title, en.breadcrumbs?.map((b) => b.url)]).toEqual([
      '/what-we-do/analysis/',
      'Analysis',
      ['/what-we-do/', '/what-we-do/analysis/'],
    ])
  })

  it('reads and writes Swedish through the REST API when a request names no language, for documents and globals', async () => {
    const rest = await restClient()
    const token = await signedInAs(cms.payload, 'admin')
    const menu = (locale: Locale) => cms.payload.findGlobal({ slug: 'navigation', locale, depth: 0 })
    await cms.payload.updateGlobal({
      slug: 'navigation',
      locale: 'en',
      data: { items: [{ label: 'English menu', linkType: 'external', url: '/en/' }] },
      overrideAccess: true,
    })
    const written = await rest('POST', 'globals/navigation', {
      token,
      body: { items: [{ label: 'Svensk meny', linkType: 'external', url: '/' }] },
    })
    expect(written.status).toBe(200)
    expect((await menu('sv')).items?.map((item) => item.label)).toEqual(['Svensk meny'])
    expect((await menu('en')).items?.map((item) => item.label)).toEqual(['English menu'])
    const read = await rest('GET', 'globals/navigation?depth=0', { token })
    expect((read.body as { items: { label: string }[] }).items.map((item) => item.label)).toEqual(['Svensk meny'])
    const page = await rest('POST', 'pages', { token, body: { title: 'Via REST', slug: 'via-rest', _status: 'published' } })
    expect(page.status).toBe(201)
    expect((await publishedPagesIn(cms.payload, 'sv')).map((p) => p.title)).toContain('Via REST')
  })
})
