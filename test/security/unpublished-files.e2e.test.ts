import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraph, signedInAs, startTestCms, type TestCms } from '../helpers/cms'
import { restClient } from '../helpers/rest'
import { buildSite } from '../helpers/site'

/**
 * An embargoed report leaks before its date: every upload was listed and served to anyone by the CMS's API, and
 * copied into the public build at a guessable address, even when only a draft used it. Now the API serves files
 * to staff only, and a build holds only the files its published pages use.
 */
let cms: TestCms
let rest: Awaited<ReturnType<typeof restClient>>
let editor: string
let client: string
const names: Record<string, string> = {}
let makeReportPdf: typeof import('../../cms/seed/files').makeReportPdf
let referencedUploads: typeof import('../../site/publisher/publisher').referencedUploads

beforeAll(async () => {
  cms = await startTestCms()
  rest = await restClient()
  // Imported once the test's data folder is set: they read it on import.
  ;({ makeReportPdf } = await import('../../cms/seed/files'))
  ;({ referencedUploads } = await import('../../site/publisher/publisher'))
  editor = await signedInAs(cms.payload, 'editor')
  const upload = async (key: string) => {
    const data = await makeReportPdf(key, undefined, 2026, 2)
    const doc = await cms.payload.create({
      collection: 'documents',
      data: { title: key, language: 'sv' },
      file: { data, mimetype: 'application/pdf', name: `${key}.pdf`, size: data.length },
      overrideAccess: true,
    })
    names[key] = doc.filename!
    return doc.id
  }
  const [published, embargoed, draftOnly] = [
    await upload('arsrapport-2025'),
    await upload('embargo-arsrapport-2026'),
    await upload('utkast-rapport'),
  ]
  const report = await cms.payload.create({
    collection: 'reports',
    data: {
      title: 'Årsrapport',
      publishedDate: '2025-03-01',
      summary: paragraph('Sammanfattning.'),
      pdf: published,
      _status: 'published',
    } as never,
    overrideAccess: true,
  })
  // The new edition waits in a draft of the same report, under embargo.
  await cms.payload.update({ collection: 'reports', id: report.id, data: { pdf: embargoed } as never, draft: true, overrideAccess: true })
  await cms.payload.create({
    collection: 'reports',
    data: {
      title: 'Kommande rapport',
      publishedDate: '2026-06-01',
      summary: paragraph('Utkast.'),
      pdf: draftOnly,
      _status: 'draft',
    } as never,
    overrideAccess: true,
  })
  const out = path.join(cms.dataDir, 'site')
  await buildSite(out)
  client = path.join(out, 'client')
}, 300_000)
afterAll(async () => cms?.stop())

describe('an anonymous visitor looks for files in the CMS', () => {
  it('cannot list the uploads', async () => {
    expect((await rest('GET', 'documents?limit=100')).status).toBe(403)
    expect((await rest('GET', 'media?limit=100')).status).toBe(403)
  })

  it('cannot download the embargoed report at its guessable address; an editor can', async () => {
    for (const key of ['embargo-arsrapport-2026', 'utkast-rapport', 'arsrapport-2025']) {
      expect((await rest('GET', `documents/file/${names[key]}`)).status).toBe(403)
    }
    expect((await rest('GET', `documents/file/${names['embargo-arsrapport-2026']}`, { token: editor })).status).toBe(200)
  })
})

describe('the public build', () => {
  it('holds the file a published report uses, and no file that only drafts use', () => {
    const files = fs.readdirSync(path.join(client, 'dokument'))
    expect(files).toContain(names['arsrapport-2025'])
    expect(files).not.toContain(names['embargo-arsrapport-2026'])
    expect(files).not.toContain(names['utkast-rapport'])
    const everything = fs.readdirSync(client, { recursive: true }).map(String)
    expect(everything.some((file) => file.includes('embargo') || file.includes('utkast-rapport'))).toBe(false)
  })
})

describe('a document whose stored name does not match its type (an old upload, or a remote CMS)', () => {
  it('is left out of the build', () => {
    const doc = (filename: string, mimeType: string) => ({
      url: `/api/documents/file/${filename}`,
      filename,
      mimeType,
      updatedAt: '2026-01-01',
    })
    const content = {
      pages: [],
      reports: [
        { pdf: doc('rapport.pdf', 'application/pdf') },
        { pdf: doc('inbjudan.html', 'application/pdf') },
        { pdf: doc('../../hemlig.pdf', 'application/pdf') },
      ],
      datasets: [],
      topics: [],
      privacyNotices: [],
      settings: undefined,
      navigation: undefined,
    }
    expect(referencedUploads(content as never).map((upload) => upload.file)).toEqual(['dokument/rapport.pdf'])
  })
})
