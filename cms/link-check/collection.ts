import type { CollectionConfig } from 'payload'

import { staff } from '../access'

/**
 * Links from the live site to other websites, as the daily check found them (task.ts): whether each works, and on
 * which pages. It is also the check's cache: a working link is asked again after a week, a broken one every day.
 */
export const ExternalLinks: CollectionConfig = {
  slug: 'external-links',
  labels: { singular: { sv: 'Extern länk', en: 'External link' }, plural: { sv: 'Externa länkar', en: 'External links' } },
  admin: {
    useAsTitle: 'url',
    defaultColumns: ['url', 'ok', 'error', 'pages', 'checkedAt'],
    group: { sv: 'Inställningar', en: 'Settings' },
    description: {
      sv: 'Länkar till andra webbplatser, kontrollerade varje natt. Filtrera på "Fungerar" för att se de trasiga och sidorna de står på.',
      en: 'Links to other websites, checked every night. Filter on "Works" to see the broken ones and the pages they are on.',
    },
  },
  defaultSort: 'ok',
  access: { read: staff, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'url', type: 'text', required: true, unique: true, index: true, label: { sv: 'Adress', en: 'Address' } },
    { name: 'ok', type: 'checkbox', index: true, label: { sv: 'Fungerar', en: 'Works' } },
    { name: 'status', type: 'number', label: { sv: 'HTTP-status', en: 'HTTP status' } },
    { name: 'error', type: 'text', label: { sv: 'Fel', en: 'Problem' } },
    {
      name: 'checkedAt',
      type: 'date',
      index: true,
      label: { sv: 'Kontrollerad', en: 'Checked' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'pages', type: 'json', label: { sv: 'Finns på sidorna', en: 'On the pages' } },
  ],
}
