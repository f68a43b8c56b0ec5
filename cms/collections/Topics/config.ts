import type { CollectionConfig } from 'payload'

import { staff, staffOrPublisher } from '../../access'
import { slugField } from '../../fields/slug'

/** Taxonomy shared by reports, pages and (later) datasets. */
export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: { singular: { sv: 'Ämne', en: 'Topic' }, plural: { sv: 'Ämnen', en: 'Topics' } },
  admin: { useAsTitle: 'title', group: { sv: 'Innehåll', en: 'Content' } },
  access: { read: staffOrPublisher, create: staff, update: staff, delete: staff },
  fields: [
    { name: 'title', type: 'text', required: true, label: { sv: 'Namn', en: 'Name' } },
    { name: 'description', type: 'textarea', label: { sv: 'Beskrivning', en: 'Description' } },
    slugField(),
  ],
}
