import { PDFBool, PDFDocument, PDFName } from 'pdf-lib'
import { describe, expect, it } from 'vitest'

import { isPrivateAddress } from '../cms/link-check/check'
import { checkPdf, pdfProblems } from '../cms/review/pdf-check'
import { externalLinksIn } from '../site/publisher/links'

/** The document and link checks (issue 16): what a PDF declares, and which external links a page has. */
async function pdf({ title, language, tagged }: { title?: string; language?: string; tagged?: boolean }) {
  const doc = await PDFDocument.create()
  doc.addPage()
  if (title) doc.setTitle(title)
  if (language) doc.setLanguage(language)
  if (tagged) {
    doc.catalog.set(PDFName.of('MarkInfo'), doc.context.obj({ Marked: PDFBool.True }))
    doc.catalog.set(PDFName.of('StructTreeRoot'), doc.context.obj({ Type: 'StructTreeRoot' }))
  }
  // As uploaded: written and read back.
  return PDFDocument.load(await doc.save())
}

describe('what an uploaded PDF declares', () => {
  it.each([
    { given: { title: 'Lägesbild 2020', language: 'sv-SE', tagged: true }, missing: [] },
    { given: { title: 'Lägesbild 2020', language: 'sv-SE' }, missing: ['taggar'] },
    { given: { language: 'sv-SE', tagged: true }, missing: ['titel'] },
    { given: {}, missing: ['titel', 'språk', 'taggar'] },
  ])('$given → missing $missing', async ({ given, missing }) => {
    const check = checkPdf(await pdf(given))
    expect(check).toEqual({ title: given.title ?? null, language: given.language ?? null, tagged: Boolean(given.tagged) })
    expect(pdfProblems(check)).toEqual(missing)
  })

  it('a PDF marked as tagged without a structure is not tagged', async () => {
    const doc = await PDFDocument.create()
    doc.catalog.set(PDFName.of('MarkInfo'), doc.context.obj({ Marked: PDFBool.True }))
    expect(checkPdf(await PDFDocument.load(await doc.save())).tagged).toBe(false)
  })
})

describe('links to other websites', () => {
  it('are the http(s) links of a page, without fragments, not the site’s own', () => {
    const html =
      '<a href="https://www.scb.se/statistik/#a">SCB</a><a href="https://www.scb.se/statistik/">igen</a><a href="http://example.se/?a=1&amp;b=2">x</a><a href="https://regionalverket.se/om/">egen</a><a href="/intern/">intern</a><a href="mailto:a@b.se">e</a>'
    expect(externalLinksIn(html, 'https://regionalverket.se')).toEqual(['https://www.scb.se/statistik/', 'http://example.se/?a=1&b=2'])
  })

  it.each([
    ['127.0.0.1', true],
    ['10.1.2.3', true],
    ['172.20.0.1', true],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['::1', true],
    ['fd00::1', true],
    ['::ffff:127.0.0.1', true],
    ['8.8.8.8', false],
    ['172.32.0.1', false],
    ['2a00:1450:4010::1', false],
  ])('%s is on a private network: %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected)
  })
})
