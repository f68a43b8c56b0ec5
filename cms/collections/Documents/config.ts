import type { CollectionConfig } from 'payload'

import { DOCUMENT_MIME_TYPES } from '../../../shared/format'
import { staff, staffOrPublisher } from '../../access'
import { uploadsDir } from '../../paths'
import { readPageCount } from './hooks'
import { safeFileHeaders, storeAsDetectedType } from '../../uploads/stored-type'

/**
 * Files for download (reports as PDF, office files). `upload.mimeTypes` makes Payload detect the type from the
 * file's bytes and refuse a file whose content does not match (a text file named .pdf, an image named .docx);
 * `storeAsDetectedType` stores it under that type and its extension (a PDF named .html becomes .pdf).
 * File size and MIME type are stored by Payload; the page count of PDFs by `readPageCount`.
 */
export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: { singular: { sv: 'Dokument', en: 'Document' }, plural: { sv: 'Dokument', en: 'Documents' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'filename', 'mimeType', 'filesize', 'pageCount'],
    group: { sv: 'Filer', en: 'Files' },
  },
  access: { read: staffOrPublisher, create: staff, update: staff, delete: staff },
  upload: {
    staticDir: uploadsDir('documents'),
    mimeTypes: DOCUMENT_MIME_TYPES,
    modifyResponseHeaders: safeFileHeaders({ download: true }),
  },
  hooks: { beforeOperation: [storeAsDetectedType], beforeChange: [readPageCount] },
  fields: [
    { name: 'title', type: 'text', required: true, label: { sv: 'Titel', en: 'Title' } },
    {
      name: 'language',
      type: 'select',
      required: true,
      defaultValue: 'sv',
      label: { sv: 'Språk', en: 'Language' },
      options: [
        { value: 'sv', label: { sv: 'Svenska', en: 'Swedish' } },
        { value: 'en', label: { sv: 'Engelska', en: 'English' } },
        { value: 'se', label: { sv: 'Nordsamiska', en: 'Northern Sami' } },
        { value: 'fi', label: { sv: 'Finska', en: 'Finnish' } },
      ],
    },
    {
      name: 'accessible',
      type: 'checkbox',
      defaultValue: false,
      label: {
        sv: 'Tillgänglighetsanpassad (taggad PDF, läsordning, alternativtexter)',
        en: 'Accessible (tagged PDF, reading order, alt texts)',
      },
    },
    {
      name: 'pageCount',
      type: 'number',
      label: { sv: 'Antal sidor', en: 'Pages' },
      admin: { readOnly: true, position: 'sidebar', description: { sv: 'Läses från PDF-filen.', en: 'Read from the PDF.' } },
    },
    {
      // Read from the file when it is uploaded (hooks.ts): what a screen reader needs the PDF to declare.
      name: 'pdfCheck',
      type: 'group',
      label: { sv: 'Tillgänglighet enligt filen', en: 'Accessibility, as the file declares' },
      admin: { position: 'sidebar', readOnly: true, condition: (data) => data?.mimeType === 'application/pdf' },
      fields: [
        { name: 'title', type: 'text', label: { sv: 'Titel i PDF-filen', en: 'Title in the PDF' }, admin: { readOnly: true } },
        { name: 'language', type: 'text', label: { sv: 'Språk i PDF-filen', en: 'Language in the PDF' }, admin: { readOnly: true } },
        { name: 'tagged', type: 'checkbox', label: { sv: 'Taggad PDF', en: 'Tagged PDF' }, admin: { readOnly: true } },
      ],
    },
  ],
}
