import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraph, startTestCms, type TestCms } from './helpers/cms'

/** The content source hands the publisher published content only, and a snapshot updated by changes equals a fresh one. */
let cms: TestCms
beforeAll(async () => {
  cms = await startTestCms()
})
afterAll(async () => cms?.stop())

describe('the site loader', () => {
  it('returns published documents, never drafts, and the published version of a document with a newer draft', async () => {
    const { payload } = cms
    const summary = paragraph('Text')
    await payload.create({
      collection: 'reports',
      data: { title: 'Publicerad', publishedDate: '2024-01-01', summary, _status: 'published' } as never,
      overrideAccess: true,
    })
    await payload.create({
      collection: 'reports',
      data: { title: 'Bara utkast', publishedDate: '2024-01-02', summary, _status: 'draft' } as never,
      overrideAccess: true,
    })
    const edited = await payload.create({
      collection: 'reports',
      data: { title: 'Version 1', publishedDate: '2024-01-03', summary, _status: 'published' } as never,
      overrideAccess: true,
    })
    await payload.update({ collection: 'reports', id: edited.id, data: { title: 'Version 2 (utkast)' }, draft: true, overrideAccess: true })
    const unpublished = await payload.create({
      collection: 'pages',
      data: { title: 'Avpublicerad', _status: 'published' } as never,
      overrideAccess: true,
    })
    await payload.update({ collection: 'pages', id: unpublished.id, data: { _status: 'draft' }, overrideAccess: true })

    const { contentSource } = await import('../site/lib/cms-source')
    const reports = await contentSource().findAll('reports')
    expect(reports.map((r) => r.title).sort()).toEqual(['Publicerad', 'Version 1'])
    const pages = await contentSource().findAll('pages')
    expect(pages.map((p) => p.title)).not.toContain('Avpublicerad')
  })
})

describe('the content snapshot', () => {
  it('brought up to date change by change, equals one loaded afresh', async () => {
    const { payload } = cms
    const { loadSiteContent, updateSiteContent } = await import('../site/lib/snapshot')
    const before = await loadSiteContent()
    const summary = paragraph('Text')
    const created = await payload.create({
      collection: 'reports',
      data: { title: 'Ny i ögonblicksbilden', publishedDate: '2024-02-01', summary, _status: 'published' } as never,
      overrideAccess: true,
    })
    const edited = before.reports.find((r) => r.title === 'Version 1')!
    await payload.update({
      collection: 'reports',
      id: edited.id,
      data: { title: 'Version 3 (publicerad)', _status: 'published' },
      overrideAccess: true,
    })
    const gone = before.reports.find((r) => r.title === 'Publicerad')!
    await payload.update({ collection: 'reports', id: gone.id, data: { _status: 'draft' }, overrideAccess: true })
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { siteName: 'Ny webbplats', organisation: 'Myndigheten' } as never,
      overrideAccess: true,
    })

    const changes = [
      { collection: 'reports', id: String(created.id) },
      { collection: 'reports', id: String(edited.id) },
      { collection: 'reports', id: String(gone.id) },
      { global: 'site-settings' },
    ]
    const updated = await updateSiteContent(before, changes)
    const fresh = await loadSiteContent()
    expect(updated.reports.map((r) => r.title)).toEqual(['Ny i ögonblicksbilden', 'Version 3 (publicerad)'])
    expect(JSON.parse(JSON.stringify(updated))).toEqual(JSON.parse(JSON.stringify(fresh)))
    // What did not change is shared, not fetched again (route keys rely on it).
    expect(updated.pages).toBe(before.pages)
    expect(Object.isFrozen(updated.reports[0])).toBe(true)
    // Nothing public changed: the same snapshot comes back.
    expect(await updateSiteContent(updated, [{ collection: 'feedback', id: '1' }])).toBe(updated)
  })

  it.each(['sv', 'en'] as const)(
    'moves the sub-pages with a page whose address changes (in %s): only the page is reported changed',
    async (locale) => {
      const { payload } = cms
      const { loadSiteContent, updateSiteContent } = await import('../site/lib/snapshot')
      const page = (title: string, slug: string, parent?: number) =>
        payload.create({
          collection: 'pages',
          locale,
          data: { title, slug, ...(parent ? { parent } : {}), _status: 'published' },
          overrideAccess: true,
          context: { skipRebuild: true },
        })
      const top = await page(`Överst ${locale}`, `overst-${locale}`)
      const middle = await page(`Mitten ${locale}`, `mitten-${locale}`, top.id)
      const bottom = await page(`Nederst ${locale}`, `nederst-${locale}`, middle.id)
      const before = await loadSiteContent()
      await payload.update({ collection: 'pages', id: top.id, locale, data: { slug: `flyttad-${locale}` }, overrideAccess: true })
      // The hook rewrote the sub-pages' addresses and breadcrumbs straight in the database: no change of their own.
      // The redirects from their old addresses are changes of their own (recorded by the hooks as such).
      const updated = await updateSiteContent(before, [
        { collection: 'pages', id: String(top.id) },
        { collection: 'redirects', id: 'any' },
      ])
      const site = locale === 'sv' ? updated : updated.english!
      const prefix = locale === 'sv' ? '' : '/en'
      expect(site.pages.find((p) => p.id === bottom.id)?.path).toBe(`${prefix}/flyttad-${locale}/mitten-${locale}/nederst-${locale}/`)
      expect(JSON.parse(JSON.stringify(updated))).toEqual(JSON.parse(JSON.stringify(await loadSiteContent())))
    },
  )
})
