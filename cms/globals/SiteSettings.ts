import type { GlobalConfig } from 'payload'

import { admins, staffOrPublisher } from '../access'
import { linkFields } from '../fields/link'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { sv: 'Webbplatsinställningar', en: 'Site settings' },
  admin: { group: { sv: 'Inställningar', en: 'Settings' } },
  access: { read: staffOrPublisher, update: admins },
  fields: [
    // The site's and the agency's names, and the footer's links, in each language: the English site shows the
    // English ones (in Swedish, marked so, while they are empty).
    { name: 'siteName', type: 'text', required: true, localized: true, label: { sv: 'Webbplatsens namn', en: 'Site name' } },
    { name: 'organisation', type: 'text', required: true, localized: true, label: { sv: 'Organisation', en: 'Organisation' } },
    { name: 'homePage', type: 'relationship', relationTo: 'pages', label: { sv: 'Startsida', en: 'Home page' } },
    {
      name: 'contact',
      type: 'group',
      label: { sv: 'Kontakt', en: 'Contact' },
      fields: [
        { name: 'email', type: 'email', label: { sv: 'E-post', en: 'E-mail' } },
        { name: 'phone', type: 'text', label: { sv: 'Telefon', en: 'Phone' } },
        { name: 'address', type: 'textarea', label: { sv: 'Postadress', en: 'Address' } },
      ],
    },
    {
      name: 'accessibilityStatement',
      type: 'relationship',
      relationTo: 'pages',
      label: { sv: 'Tillgänglighetsredogörelse', en: 'Accessibility statement' },
    },
    { name: 'footerLinks', type: 'array', localized: true, label: { sv: 'Länkar i sidfoten', en: 'Footer links' }, fields: linkFields },
  ],
}
