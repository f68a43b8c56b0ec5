import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeReportPdf } from '../../cms/seed/files'
import { signedInAs, startTestCms, type TestCms } from '../helpers/cms'
import { restClient } from '../helpers/rest'

/**
 * Uploads that are not what they claim: a file whose bytes pass the type check (it starts with %PDF) but which
 * carries HTML under a .html name would be served as a page. The stored name's extension and the stored type are
 * the detected ones; a file the collection does not accept is refused; the CMS serves files so that nothing in them
 * runs (nosniff, a sandboxing policy) and documents download.
 */
let cms: TestCms
let rest: Awaited<ReturnType<typeof restClient>>
let editor: string
let PDF_WITH_HTML: Buffer

beforeAll(async () => {
  cms = await startTestCms()
  rest = await restClient()
  // A valid PDF (it passes every check of its type) with a page of HTML in it, as an attacker would make one.
  const pdf = await makeReportPdf('Inbjudan', undefined, 2025, 1)
  PDF_WITH_HTML = Buffer.concat([pdf, Buffer.from('\n<html><body><script>alert(document.cookie)</script></body></html>\n')])
  await signedInAs(cms.payload, 'admin')
  editor = await signedInAs(cms.payload, 'editor')
})
afterAll(async () => cms?.stop())

const upload = (collection: 'documents' | 'media', bytes: Buffer, name: string, type: string, fields: object) => {
  const form = new FormData()
  form.append('_payload', JSON.stringify(fields))
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  return rest('POST', collection, { token: editor, body: form })
}
const storedFiles = (collection: string) =>
  fs.existsSync(path.join(cms.dataDir, 'uploads', collection)) ? fs.readdirSync(path.join(cms.dataDir, 'uploads', collection)) : []

describe('a PDF that carries HTML, uploaded under a .html name', () => {
  it('is stored as what its bytes are: a .pdf of type application/pdf', async () => {
    const created = await upload('documents', PDF_WITH_HTML, 'inbjudan.html', 'text/html', { title: 'Inbjudan', language: 'sv' })
    expect(created.status).toBe(201)
    expect(created.body.doc).toMatchObject({ filename: 'inbjudan.pdf', mimeType: 'application/pdf' })
    expect(storedFiles('documents')).toContain('inbjudan.pdf')
    expect(storedFiles('documents').some((file) => file.endsWith('.html'))).toBe(false)
  })

  it('is served by the CMS as a download that cannot run: nosniff, a sandboxing policy, attachment', async () => {
    const served = await rest('GET', 'documents/file/inbjudan.pdf', { token: editor })
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('application/pdf')
    expect(served.headers.get('x-content-type-options')).toBe('nosniff')
    expect(served.headers.get('content-security-policy')).toMatch(/default-src 'none'.*sandbox/)
    expect(served.headers.get('content-disposition')).toMatch(/^attachment/)
  })
})

describe('a file that is not of a type the collection accepts', () => {
  it.each([
    ['an HTML page named .pdf', Buffer.from('<!doctype html><script>alert(1)</script>'), 'rapport.pdf', 'application/pdf'],
    [
      'an SVG with a script named .pdf',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      'figur.pdf',
      'application/pdf',
    ],
  ])('is refused as a document: %s, and nothing is stored', async (_case, bytes, name, type) => {
    const before = storedFiles('documents')
    const refused = await upload('documents', bytes, name, type, { title: name, language: 'sv' })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('Filens innehåll är')
    expect(storedFiles('documents')).toEqual(before)
  })

  it('is refused as an image: an SVG with a script named .png', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>')
    const refused = await upload('media', svg, 'diagram.png', 'image/png', { alt: 'Ett diagram' })
    expect(refused.status).toBe(400)
    expect(storedFiles('media').some((file) => file.startsWith('diagram'))).toBe(false)
  })
})

describe('an image under another image type’s name', () => {
  it('is stored under the extension of what it is, and served with nosniff and no way to run', async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#336699' } })
      .png()
      .toBuffer()
    const created = await upload('media', png, 'karta.jpg', 'image/jpeg', { alt: 'En karta' })
    expect(created.status).toBe(201)
    // Stored as the detected PNG, then converted to WebP for the site (formatOptions): never under its .jpg name.
    expect(created.body.doc).toMatchObject({ filename: 'karta.webp', mimeType: 'image/webp' })
    expect(storedFiles('media').some((file) => file.endsWith('.jpg'))).toBe(false)
    const served = await rest('GET', 'media/file/karta.webp', { token: editor })
    expect(served.headers.get('x-content-type-options')).toBe('nosniff')
    expect(served.headers.get('content-security-policy')).toMatch(/sandbox/)
    expect(served.headers.get('content-disposition')).toBeNull()
  })
})
