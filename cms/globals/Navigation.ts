import type { GlobalConfig } from 'payload'

import { staff, staffOrPublisher } from '../access'
import { linkFields } from '../fields/link'

export const Navigation: GlobalConfig = {
  slug: 'navigation',
  label: { sv: 'Huvudmeny', en: 'Main menu' },
  admin: { group: { sv: 'Inställningar', en: 'Settings' } },
  access: { read: staffOrPublisher, update: staff },
  fields: [
    {
      // Each language has its own menu. An empty English menu shows the English versions of the Swedish menu's pages.
      name: 'items',
      type: 'array',
      maxRows: 8,
      localized: true,
      label: { sv: 'Menyval', en: 'Menu items' },
      fields: linkFields,
    },
    {
      // The entry points Swedish agencies offer above the menu, for people who do not read Swedish easily.
      name: 'waysIn',
      type: 'group',
      label: { sv: 'Ingångar överst på sidan', en: 'Entry points at the top' },
      admin: {
        description: {
          sv: 'Sidor som visas som länkar överst på varje sida. Tomt fält: ingen länk.',
          en: 'Pages linked at the top of every page. Empty: no link.',
        },
      },
      fields: [
        { name: 'easyToRead', type: 'relationship', relationTo: 'pages', label: { sv: 'Lättläst', en: 'Easy-to-read Swedish' } },
        { name: 'signLanguage', type: 'relationship', relationTo: 'pages', label: { sv: 'Teckenspråk', en: 'Sign language' } },
        { name: 'otherLanguages', type: 'relationship', relationTo: 'pages', label: { sv: 'Other languages', en: 'Other languages' } },
      ],
    },
  ],
}
