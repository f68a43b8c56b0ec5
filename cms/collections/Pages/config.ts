import type { CollectionConfig } from 'payload'

import { publishedOrStaff, staff } from '../../access'
import { previewUrl } from '../../preview'
import { layoutBlocks } from '../../blocks'
import { seoFields } from '../../fields/seo'
import { slugField } from '../../fields/slug'
import { versionsWithDrafts } from '../../fields/versions'
import { setBreadcrumbsAndPath, updateDescendants } from './hooks'

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
  versions: versionsWithDrafts,
  hooks: { beforeChange: [setBreadcrumbsAndPath], afterChange: [updateDescendants] },
  fields: [
    { name: 'title', type: 'text', required: true, label: { sv: 'Rubrik', en: 'Title' } },
    { name: 'lead', type: 'textarea', label: { sv: 'Ingress', en: 'Lead' } },
    { name: 'heroImage', type: 'upload', relationTo: 'media', label: { sv: 'Toppbild', en: 'Hero image' } },
    {
      name: 'layout',
      type: 'blocks',
      label: { sv: 'Innehåll', en: 'Content' },
      blocks: layoutBlocks,
    },
    seoFields,
    slugField({ unique: false }),
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'pages',
      label: { sv: 'Överordnad sida', en: 'Parent page' },
      admin: { position: 'sidebar' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    {
      name: 'path',
      type: 'text',
      index: true,
      label: { sv: 'Fullständig adress', en: 'Full path' },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'breadcrumbs',
      type: 'array',
      label: { sv: 'Brödsmulor', en: 'Breadcrumbs' },
      admin: { readOnly: true, disabled: true },
      fields: [
        { name: 'label', type: 'text' },
        { name: 'url', type: 'text' },
      ],
    },
  ],
}
