import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeReportPdf } from '../cms/seed/files'
import { fieldErrors, paragraph, startTestCms, type TestCms } from './helpers/cms'

let cms: TestCms
beforeAll(async () => {
  cms = await startTestCms()
})
afterAll(async () => cms?.stop())

const publishedPage = (data: Record<string, unknown>) =>
  cms.payload.create({ collection: 'pages', data: { _status: 'published', ...data } as never, overrideAccess: true })

const report = (data: Record<string, unknown>) =>
  cms.payload.create({
    collection: 'reports',
    data: { title: 'Rapport', publishedDate: '2024-01-01', summary: paragraph('Sammanfattning'), _status: 'published', ...data } as never,
    overrideAccess: true,
  })

describe('slugs', () => {
  it('fills the slug from the title, folding Swedish letters', async () => {
    const doc = await report({ title: 'Tillstånd och trender för regional tillväxt 2018' })
    expect(doc.slug).toBe('tillstand-och-trender-for-regional-tillvaxt-2018')
  })

  it('refuses a second report with the same slug and keeps the first', async () => {
    const first = await report({ title: 'Unik rapport', slug: 'unik-rapport' })
    await expect(report({ title: 'Annan titel', slug: 'unik-rapport' })).rejects.toThrow()
    const found = await cms.payload.find({ collection: 'reports', where: { slug: { equals: 'unik-rapport' } }, overrideAccess: true })
    expect(found.docs.map((d) => d.id)).toEqual([first.id])
  })

  it('refuses a slug with characters not allowed in an address', async () => {
    await expect(
      cms.payload.create({ collection: 'topics', data: { title: 'Ämne', slug: 'ok' }, overrideAccess: true }).then(() =>
        cms.payload.update({
          collection: 'topics',
          where: { slug: { equals: 'ok' } },
          data: { slug: '../../etc' },
          overrideAccess: true,
        }),
      ),
    ).resolves.toBeDefined()
    // the hook folds it to a valid slug rather than storing the raw value
    const topic = await cms.payload.find({ collection: 'topics', where: { title: { equals: 'Ämne' } }, overrideAccess: true })
    expect(topic.docs[0].slug).toBe('etc')
  })
})

describe('nested pages', () => {
  it('gives a sub-page its full path and breadcrumbs, and follows a renamed parent', async () => {
    const parent = await publishedPage({ title: 'Samordning och uppföljning' })
    const child = await publishedPage({ title: 'Strategiskt regionarbete', parent: parent.id })
    const grandchild = await publishedPage({ title: 'Dialog med regionerna', parent: child.id })
    expect(parent.path).toBe('/samordning-och-uppfoljning/')
    expect(grandchild.path).toBe('/samordning-och-uppfoljning/strategiskt-regionarbete/dialog-med-regionerna/')
    expect(grandchild.breadcrumbs?.map((b) => [b.label, b.url])).toEqual([
      ['Samordning och uppföljning', '/samordning-och-uppfoljning/'],
      ['Strategiskt regionarbete', '/samordning-och-uppfoljning/strategiskt-regionarbete/'],
      ['Dialog med regionerna', '/samordning-och-uppfoljning/strategiskt-regionarbete/dialog-med-regionerna/'],
    ])

    await cms.payload.update({
      collection: 'pages',
      id: parent.id,
      data: { slug: 'samordning', title: 'Samordning' },
      overrideAccess: true,
    })
    const moved = await cms.payload.findByID({ collection: 'pages', id: grandchild.id, overrideAccess: true })
    expect(moved.path).toBe('/samordning/strategiskt-regionarbete/dialog-med-regionerna/')
    expect(moved.breadcrumbs?.[0]).toMatchObject({ label: 'Samordning', url: '/samordning/' })
  })

  it('moves published sub-pages with a published parent only, and never publishes or unpublishes them doing so', async () => {
    const parent = await publishedPage({ title: 'Förälder' })
    const child = await publishedPage({ title: 'Barn', parent: parent.id, lead: 'Publicerad ingress' })
    await cms.payload.update({
      collection: 'pages',
      id: child.id,
      data: { lead: 'Utkast till ingress' },
      draft: true,
      overrideAccess: true,
    })
    // A draft of the parent moves nothing public.
    await cms.payload.update({ collection: 'pages', id: parent.id, data: { slug: 'utkastadress' }, draft: true, overrideAccess: true })
    expect((await cms.payload.findByID({ collection: 'pages', id: child.id, draft: false, overrideAccess: true })).path).toBe(
      '/foralder/barn/',
    )
    // Publishing the new address moves the child, which stays published with its published text; its draft stays a draft.
    await cms.payload.update({
      collection: 'pages',
      id: parent.id,
      data: { slug: 'ny-foralder', _status: 'published' },
      overrideAccess: true,
    })
    const stored = await cms.payload.findByID({ collection: 'pages', id: child.id, draft: false, overrideAccess: true })
    expect(stored).toMatchObject({ path: '/ny-foralder/barn/', _status: 'published', lead: 'Publicerad ingress' })
    expect((await cms.payload.findByID({ collection: 'pages', id: child.id, draft: true, overrideAccess: true })).lead).toBe(
      'Utkast till ingress',
    )
  })

  it('refuses two pages at the same address, but allows the same slug under different parents', async () => {
    const a = await publishedPage({ title: 'A-sektion' })
    const b = await publishedPage({ title: 'B-sektion' })
    await publishedPage({ title: 'Kontakt', parent: a.id })
    await expect(publishedPage({ title: 'Kontakt', parent: b.id })).resolves.toMatchObject({ path: '/b-sektion/kontakt/' })
    expect(await fieldErrors(publishedPage({ title: 'Kontakt igen', slug: 'kontakt', parent: a.id }))).toMatch(
      /^slug: .*redan en sida med adressen \/a-sektion\/kontakt\//,
    )
  })

  it('refuses a page under itself or its own sub-page', async () => {
    const top = await publishedPage({ title: 'Överst' })
    const sub = await publishedPage({ title: 'Under', parent: top.id })
    expect(
      await fieldErrors(cms.payload.update({ collection: 'pages', id: top.id, data: { parent: sub.id }, overrideAccess: true })),
    ).toMatch(/^parent: .*under sig själv/)
  })

  it('refuses a top-level page on an address the site itself uses', async () => {
    expect(await fieldErrors(publishedPage({ title: 'Publikationer' }))).toMatch(/^slug: .*används av webbplatsen/)
  })
})

describe('media', () => {
  const png = () =>
    sharp({ create: { width: 1200, height: 600, channels: 3, background: '#336699' } })
      .png()
      .toBuffer()

  it('requires Swedish alt text', async () => {
    const data = await png()
    const refused = cms.payload.create({
      collection: 'media',
      data: { alt: '' } as never,
      file: { data, mimetype: 'image/png', name: 'utan-alt.png', size: data.length },
      overrideAccess: true,
    })
    expect(await fieldErrors(refused)).toMatch(/alt: .*(alternativtext|obligatoriskt|required)/i)
  })

  it('stores WebP sizes made by sharp', async () => {
    const data = await png()
    const doc = await cms.payload.create({
      collection: 'media',
      data: { alt: 'Blå yta' },
      file: { data, mimetype: 'image/png', name: 'bla-yta.png', size: data.length },
      overrideAccess: true,
    })
    expect(doc.mimeType).toBe('image/webp')
    expect(doc.sizes?.small).toMatchObject({ width: 480, mimeType: 'image/webp' })
    expect(doc.sizes?.medium).toMatchObject({ width: 960, mimeType: 'image/webp' })
  })
})

describe('documents', () => {
  const upload = (data: Buffer, name: string, mimetype: string) =>
    cms.payload.create({
      collection: 'documents',
      data: { title: name, language: 'sv' },
      file: { data, mimetype, name, size: data.length },
      overrideAccess: true,
    })

  it('reads type, size and page count from a real PDF', async () => {
    const pdf = await makeReportPdf('Testrapport', undefined, 2024, 7)
    const doc = await upload(pdf, 'testrapport.pdf', 'application/pdf')
    expect(doc).toMatchObject({ mimeType: 'application/pdf', filesize: pdf.length, pageCount: 7 })
  })

  it('refuses a text file named .pdf, and stores nothing', async () => {
    const before = await cms.payload.count({ collection: 'documents', overrideAccess: true })
    expect(await fieldErrors(upload(Buffer.from('inte en pdf, bara text\n'.repeat(20)), 'falsk.pdf', 'application/pdf'))).toMatch(
      /^file: .*(text\/plain|PDF)/,
    )
    expect(await cms.payload.count({ collection: 'documents', overrideAccess: true })).toEqual(before)
  })

  it('refuses an image named .pdf (the content decides, not the name)', async () => {
    const image = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#fff' } })
      .png()
      .toBuffer()
    expect(await fieldErrors(upload(image, 'bild.pdf', 'application/pdf'))).toMatch(/^file: .*image\/png/)
  })
})

describe('reports', () => {
  it('refuses an ISBN with a wrong check digit and accepts a correct one', async () => {
    expect(await fieldErrors(report({ title: 'Fel ISBN', isbn: '978-91-87903-00-1' }))).toMatch(/^isbn: Ogiltigt ISBN/)
    await expect(report({ title: 'Rätt ISBN', isbn: '978-91-87903-60-1' })).resolves.toMatchObject({ isbn: '978-91-87903-60-1' })
  })
})
