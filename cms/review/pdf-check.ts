import { PDFBool, PDFDict, PDFDocument, PDFName, PDFString, PDFHexString } from 'pdf-lib'

/** What an accessible PDF declares (PDF/UA): a title, the language of its text, and a structure (a tagged PDF). */
export interface PdfCheck {
  title: string | null
  language: string | null
  tagged: boolean
}

/** Reads a PDF's title, language and whether it is tagged (a structure tree, and marked as tagged). */
export function checkPdf(pdf: PDFDocument): PdfCheck {
  const catalog = pdf.catalog
  const lang = catalog.lookup(PDFName.of('Lang'))
  const language = lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText().trim() || null : null
  const markInfo = catalog.lookup(PDFName.of('MarkInfo'))
  const marked = markInfo instanceof PDFDict && markInfo.lookup(PDFName.of('Marked')) === PDFBool.True
  const tagged = marked && catalog.has(PDFName.of('StructTreeRoot'))
  return { title: pdf.getTitle()?.trim() || null, language, tagged }
}

/** What an editor is told is missing ("titel, språk, taggar"), or nothing. */
export function pdfProblems(
  check: { title?: string | null; language?: string | null; tagged?: boolean | null } | null | undefined,
): string[] {
  if (!check) return []
  return [...(check.title ? [] : ['titel']), ...(check.language ? [] : ['språk']), ...(check.tagged ? [] : ['taggar'])]
}
