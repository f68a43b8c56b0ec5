import type { CollectionConfig } from 'payload'

import { publishedOrStaff, staff } from '../../access'
import { previewUrl } from '../../preview'
import { seoFields } from '../../fields/seo'
import { slugField } from '../../fields/slug'
import { localizedVersionsWithDrafts } from '../../fields/versions'
import { validateIsbn } from './validate'
import { redirectWhenMoved } from '../Redirects/record'

const moved = redirectWhenMoved('reports')
import { PUBLICATION_TYPES } from '../../../shared/publications'

/** Publications. The summary is HTML-first: the site shows it before the PDF download. */
export const Reports: CollectionConfig = {
  slug: 'reports',
  labels: { singular: { sv: 'Rapport', en: 'Report' }, plural: { sv: 'Rapporter', en: 'Reports' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'reportNumber', 'publishedDate', '_status'],
    group: { sv: 'Innehåll', en: 'Content' },
    preview: previewUrl('reports'),
  },
  access: { read: publishedOrStaff, create: staff, update: staff, delete: staff, readVersions: staff },
  // Each language published on its own: a report may exist in Swedish only, or also in English.
  versions: localizedVersionsWithDrafts,
  defaultSort: '-publishedDate',
  // A new slug leaves a redirect from the old address.
  hooks: { beforeChange: [moved.beforeChange], afterChange: [moved.afterChange] },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { sv: 'Titel', en: 'Title' } },
    { name: 'subtitle', type: 'text', localized: true, label: { sv: 'Undertitel', en: 'Subtitle' } },
    {
      type: 'row',
      fields: [
        {
          name: 'reportNumber',
          type: 'text',
          label: { sv: 'Publikationsnummer', en: 'Report number' },
          admin: { placeholder: 'Rapport 0241' },
        },
        { name: 'isbn', type: 'text', label: { sv: 'ISBN', en: 'ISBN' }, validate: validateIsbn },
        {
          name: 'publishedDate',
          type: 'date',
          required: true,
          index: true,
          label: { sv: 'Publiceringsdatum', en: 'Publication date' },
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
        },
      ],
    },
    {
      name: 'type',
      type: 'select',
      required: true,
      defaultValue: 'rapport',
      label: { sv: 'Typ av publikation', en: 'Publication type' },
      admin: { position: 'sidebar' },
      options: PUBLICATION_TYPES.map(({ value, label }) => ({ value, label: { sv: label, en: label } })),
    },
    { name: 'summary', type: 'richText', required: true, localized: true, label: { sv: 'Sammanfattning', en: 'Summary' } },
    { name: 'pdf', type: 'upload', relationTo: 'documents', label: { sv: 'Rapporten som fil', en: 'Report file' } },
    { name: 'coverImage', type: 'upload', relationTo: 'media', label: { sv: 'Omslagsbild', en: 'Cover image' } },
    {
      name: 'topics',
      type: 'relationship',
      relationTo: 'topics',
      hasMany: true,
      label: { sv: 'Ämnen', en: 'Topics' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'authors',
      type: 'array',
      label: { sv: 'Författare', en: 'Authors' },
      fields: [{ name: 'name', type: 'text', required: true, label: { sv: 'Namn', en: 'Name' } }],
    },
    { name: 'organisation', type: 'text', label: { sv: 'Utgivare', en: 'Publisher' } },
    { ...seoFields, localized: true },
    // English versions get English addresses; unique within each language.
    slugField({ localized: true }),
  ],
}
