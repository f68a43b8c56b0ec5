/** Redirects in the CMS (issue 16): made when a published address changes, and editors' own, without loops or chains. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { fieldErrors, signedInAs, startTestCms, type TestCms } from './helpers/cms'
import { restClient } from './helpers/rest'
import { paragraph } from '../shared/lexical'

let cms: TestCms
beforeAll(async () => {
  cms = await startTestCms()
})
afterAll(async () => cms?.stop())

/** Every redirect as "from → where": a document as "pages:<id>/<locale>", a URL as itself. */
async function redirects() {
  const found = await cms.payload.find({ collection: 'redirects', depth: 0, pagination: false, sort: 'from', overrideAccess: true })
  return Object.fromEntries(
    found.docs.map((r) => [
      r.from,
      r.to.type === 'custom'
        ? r.to.url
        : `${r.to.reference?.relationTo}:${typeof r.to.reference?.value === 'object' ? r.to.reference.value.id : r.to.reference?.value}/${r.to.locale}`,
    ]),
  )
}
const clear = () => cms.payload.delete({ collection: 'redirects', where: { id: { exists: true } }, overrideAccess: true })

const newPage = (slug: string, parent?: number, status: 'draft' | 'published' = 'published') =>
  cms.payload.create({
    collection: 'pages',
    data: { title: slug, slug, parent, _status: status },
    draft: status === 'draft',
    overrideAccess: true,
  })

describe('when an address changes', () => {
  it('a published page moved to a new slug leaves redirects from its old address and each sub-page’s', async () => {
    await clear()
    const section = await newPage('samordning-och-uppfoljning')
    const child = await newPage('uppfoljning', section.id)
    const grandchild = await newPage('indikatorer', child.id)
    await cms.payload.update({ collection: 'pages', id: section.id, data: { slug: 'samordning' }, overrideAccess: true })
    expect(await redirects()).toEqual({
      '/samordning-och-uppfoljning/': `pages:${section.id}/sv`,
      '/samordning-och-uppfoljning/uppfoljning/': `pages:${child.id}/sv`,
      '/samordning-och-uppfoljning/uppfoljning/indikatorer/': `pages:${grandchild.id}/sv`,
    })
    // All of them marked as made by the CMS.
    const all = await cms.payload.find({ collection: 'redirects', overrideAccess: true })
    expect(all.docs.every((r) => r.automatic)).toBe(true)
  })

  it('a page moved under another parent leaves one too; moving it back gives the old address back to the page', async () => {
    await clear()
    const a = await newPage('flytt-a')
    const b = await newPage('flytt-b')
    const page = await newPage('sidan', a.id)
    await cms.payload.update({ collection: 'pages', id: page.id, data: { parent: b.id }, overrideAccess: true })
    expect(await redirects()).toEqual({ '/flytt-a/sidan/': `pages:${page.id}/sv` })
    await cms.payload.update({ collection: 'pages', id: page.id, data: { parent: a.id }, overrideAccess: true })
    expect(await redirects()).toEqual({ '/flytt-b/sidan/': `pages:${page.id}/sv` })
  })

  it('a draft with a new slug moves nothing until it is published; a page never published leaves none', async () => {
    await clear()
    const page = await newPage('utkast-test')
    await cms.payload.update({
      collection: 'pages',
      id: page.id,
      data: { slug: 'utkast-ny', _status: 'draft' },
      draft: true,
      overrideAccess: true,
    })
    expect(await redirects()).toEqual({})
    await cms.payload.update({ collection: 'pages', id: page.id, data: { _status: 'published' }, overrideAccess: true })
    expect(await redirects()).toEqual({ '/utkast-test/': `pages:${page.id}/sv` })

    await clear()
    const draft = await newPage('aldrig-publicerad', undefined, 'draft')
    await cms.payload.update({ collection: 'pages', id: draft.id, data: { slug: 'fortfarande-utkast' }, draft: true, overrideAccess: true })
    expect(await redirects()).toEqual({})
  })

  it('a report’s new slug leaves a redirect from its old address, in its language', async () => {
    await clear()
    const report = await cms.payload.create({
      collection: 'reports',
      data: {
        title: 'Lägesbild',
        slug: 'lagesbild',
        type: 'rapport' as const,
        publishedDate: '2020-05-01',
        summary: paragraph('Sammanfattning.'),
        _status: 'published' as const,
      },
      draft: false,
      overrideAccess: true,
    })
    await cms.payload.update({
      collection: 'reports',
      id: report.id,
      locale: 'en',
      data: { title: 'Situation', slug: 'situation', summary: paragraph('Summary.'), _status: 'published' },
      overrideAccess: true,
    })
    await cms.payload.update({ collection: 'reports', id: report.id, data: { slug: 'lagesbild-2020' }, overrideAccess: true })
    await cms.payload.update({ collection: 'reports', id: report.id, locale: 'en', data: { slug: 'situation-2020' }, overrideAccess: true })
    expect(await redirects()).toEqual({
      '/en/publications/situation/': `reports:${report.id}/en`,
      '/publikationer/lagesbild/': `reports:${report.id}/sv`,
    })
  })
})

describe('redirects editors make', () => {
  const custom = (from: string, url: string) =>
    cms.payload.create({ collection: 'redirects', data: { from, to: { type: 'custom', url }, type: '301' }, overrideAccess: true })

  it('stores the old address in its normal form, and refuses one that is not an address of the site', async () => {
    await clear()
    await custom('/gamla-webben/Om oss', '/samordning/')
    expect(await redirects()).toEqual({ '/gamla-webben/Om%20oss/': '/samordning/' })
    expect(await fieldErrors(custom('https://evil.example/', '/samordning/'))).toContain('from: Den gamla adressen ska börja med /')
    expect(await fieldErrors(custom('/x/', 'javascript:alert(1)'))).toContain('to.url: Målet ska vara')
    expect(await fieldErrors(custom('/gamla-webben/Om oss/', '/annat/'))).toContain('from')
  })

  it('refuses a loop, directly or through other redirects, and stores a chain as its end', async () => {
    await clear()
    expect(await fieldErrors(custom('/a/', '/a/'))).toContain('leder tillbaka till /a/')
    await custom('/b/', '/c/')
    // To an address that itself redirects: stored as where that one leads.
    await custom('/a/', '/b/')
    expect(await redirects()).toEqual({ '/a/': '/c/', '/b/': '/c/' })
    expect(await fieldErrors(custom('/c/', '/a/'))).toContain('leder tillbaka till /c/')
    // One added in front of others: those that led to its address now lead where it leads.
    await custom('/c/', 'https://www.scb.se/')
    expect(await redirects()).toEqual({ '/a/': 'https://www.scb.se/', '/b/': 'https://www.scb.se/', '/c/': 'https://www.scb.se/' })
  })

  it('refuses a redirect to a page from the address it has', async () => {
    const page = await newPage('har-adressen')
    const errors = await fieldErrors(
      cms.payload.create({
        collection: 'redirects',
        data: { from: '/har-adressen/', to: { type: 'reference', reference: { relationTo: 'pages', value: page.id } }, type: '301' },
        overrideAccess: true,
      }),
    )
    expect(errors).toContain('har redan adressen /har-adressen/')
  })

  it('editors manage redirects; anonymous requests read none', async () => {
    const api = await restClient()
    const token = await signedInAs(cms.payload, 'editor', 'redaktor-omdirigering@example.se')
    const made = await api('POST', 'redirects', {
      token,
      body: { from: '/fran-redaktor/', to: { type: 'custom', url: '/samordning/' }, type: '302' },
    })
    expect(made.status).toBe(201)
    expect((await api('GET', 'redirects')).status).toBe(403)
  })
})
