import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraph, startTestCms, type TestCms } from './helpers/cms'

/** The content source behind the Astro loader hands the build published content only. */
let cms: TestCms
beforeAll(async () => {
  cms = await startTestCms()
})
afterAll(async () => cms?.stop())

describe('the site loader', () => {
  it('returns published documents, never drafts, and the published version of a document with a newer draft', async () => {
    const { payload } = cms
    const summary = paragraph('Text')
    await payload.create({ collection: 'reports', data: { title: 'Publicerad', publishedDate: '2024-01-01', summary, _status: 'published' } as never, overrideAccess: true })
    await payload.create({ collection: 'reports', data: { title: 'Bara utkast', publishedDate: '2024-01-02', summary, _status: 'draft' } as never, overrideAccess: true })
    const edited = await payload.create({ collection: 'reports', data: { title: 'Version 1', publishedDate: '2024-01-03', summary, _status: 'published' } as never, overrideAccess: true })
    await payload.update({ collection: 'reports', id: edited.id, data: { title: 'Version 2 (utkast)' }, draft: true, overrideAccess: true })
    const unpublished = await payload.create({ collection: 'pages', data: { title: 'Avpublicerad', _status: 'published' } as never, overrideAccess: true })
    await payload.update({ collection: 'pages', id: unpublished.id, data: { _status: 'draft' }, overrideAccess: true })

    const { contentSource } = await import('../site/lib/cms-source')
    const reports = await contentSource().findAll('reports')
    expect(reports.map((r) => r.title).sort()).toEqual(['Publicerad', 'Version 1'])
    const pages = await contentSource().findAll('pages')
    expect(pages.map((p) => p.title)).not.toContain('Avpublicerad')
  })
})
