import { PDFDocument } from 'pdf-lib'
import type { CollectionBeforeChangeHook } from 'payload'

import type { Document } from '../../../shared/payload-types'
import { checkPdf } from '../../review/pdf-check'

/**
 * Reads the page count from an uploaded PDF and stores it, so download links can say "24 sidor"; and what it declares
 * for accessibility (title, language, tags), which the dashboard lists when something is missing.
 * Payload has already checked the file's type from its content (upload.mimeTypes) before this runs.
 */
export const readPageCount: CollectionBeforeChangeHook<Document> = async ({ data, req }) => {
  const file = req.file
  if (!file?.data?.length) return data
  if (data.mimeType !== 'application/pdf') return { ...data, pageCount: null, pdfCheck: null }
  try {
    const pdf = await PDFDocument.load(file.data, { ignoreEncryption: true, updateMetadata: false })
    return { ...data, pageCount: pdf.getPageCount(), pdfCheck: checkPdf(pdf) }
  } catch (error) {
    req.payload.logger.warn({ msg: 'Could not read the page count of an uploaded PDF', err: error })
    return { ...data, pageCount: null, pdfCheck: { title: null, language: null, tagged: false } }
  }
}
