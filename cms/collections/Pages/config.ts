import type { CollectionConfig } from 'payload'

import { publishedOrStaff, staff } from '../../access'
import { previewUrl } from '../../preview'
import { layoutBlocks } from '../../blocks'
import { PAGE_LANGUAGES } from '../../../shared/languages'
import { seoFields } from '../../fields/seo'
import { slugField } from '../../fields/slug'
import { localizedVersionsWithDrafts } from '../../fields/versions'
import { setBreadcrumbsAndPath, updateDescendants } from './hooks'
import { redirectWhenMoved } from '../Redirects/record'

const moved = redirectWhenMoved('pages')

export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: { sv: 'Sida', en: 'Page' }, plural: { sv: 'Sidor', en: 'Pages' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'path', '_status', 'updatedAt'],
    group: { sv: 'Innehåll', en: 'Content' },
    preview: previewUrl('pages'),
  },
  access: { read: publishedOrStaff, create: staff, update: staff, delete: staff, readVersions: staff },
  versions: localizedVersionsWithDrafts,
  // A new address leaves a redirect from the old one, for the page and each of its sub-pages.
  hooks: { beforeChange: [setBreadcrumbsAndPath, moved.beforeChange], afterChange: [updateDescendants, moved.afterChange] },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { sv: 'Rubrik', en: 'Title' } },
    { name: 'lead', type: 'textarea', localized: true, label: { sv: 'Ingress', en: 'Lead' } },
    { name: 'heroImage', type: 'upload', relationTo: 'media', label: { sv: 'Toppbild', en: 'Hero image' } },
    {
      name: 'layout',
      type: 'blocks',
      label: { sv: 'Innehåll', en: 'Content' },
      // Each language has its own blocks: an English page is written for its readers, not block by block.
      localized: true,
      blocks: layoutBlocks,
    },
    { ...seoFields, localized: true },
    // English pages get English addresses.
    slugField({ unique: false, localized: true }),
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'pages',
      label: { sv: 'Överordnad sida', en: 'Parent page' },
      admin: { position: 'sidebar' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    {
      name: 'language',
      type: 'select',
      defaultValue: 'sv',
      label: { sv: 'Sidans språk', en: 'Language of the page' },
      admin: {
        position: 'sidebar',
        description: {
          sv: 'Språket som sidans innehåll är skrivet på, till exempel för en sida under "Other languages".',
          en: 'The language the page’s content is written in, e.g. for a page under "Other languages".',
        },
      },
      options: PAGE_LANGUAGES.map((l) => ({ value: l.code, label: l.code === l.native ? l.swedish : `${l.swedish} (${l.native})` })),
    },
    {
      name: 'easyToRead',
      type: 'checkbox',
      defaultValue: false,
      label: { sv: 'Lättläst', en: 'Easy to read' },
      admin: {
        position: 'sidebar',
        description: {
          sv: 'Sidan är skriven på lättläst svenska och märks så.',
          en: 'The page is written in easy-to-read Swedish and marked so.',
        },
      },
    },
    {
      name: 'path',
      type: 'text',
      index: true,
      localized: true,
      label: { sv: 'Fullständig adress', en: 'Full path' },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'breadcrumbs',
      type: 'array',
      localized: true,
      label: { sv: 'Brödsmulor', en: 'Breadcrumbs' },
      admin: { readOnly: true, disabled: true },
      fields: [
        { name: 'label', type: 'text' },
        { name: 'url', type: 'text' },
      ],
    },
  ],
}
