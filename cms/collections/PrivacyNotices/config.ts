import type { CollectionConfig } from 'payload'

import { publishedOrStaff, staff } from '../../access'
import { slugField } from '../../fields/slug'

const LEGAL_BASES = [
  { value: 'consent', label: { sv: 'Samtycke (art. 6.1 a)', en: 'Consent (art. 6(1)(a))' } },
  { value: 'contract', label: { sv: 'Avtal (art. 6.1 b)', en: 'Contract (art. 6(1)(b))' } },
  { value: 'legal-obligation', label: { sv: 'Rättslig förpliktelse (art. 6.1 c)', en: 'Legal obligation (art. 6(1)(c))' } },
  { value: 'vital-interests', label: { sv: 'Grundläggande intressen (art. 6.1 d)', en: 'Vital interests (art. 6(1)(d))' } },
  { value: 'public-task', label: { sv: 'Uppgift av allmänt intresse (art. 6.1 e)', en: 'Public task (art. 6(1)(e))' } },
  { value: 'legitimate-interests', label: { sv: 'Berättigat intresse (art. 6.1 f)', en: 'Legitimate interests (art. 6(1)(f))' } },
]

/** Where to complain, as the notice says it in each language (the supervisory authority is the same). */
const COMPLAINT = {
  sv: 'Om du anser att vi behandlar dina personuppgifter felaktigt kan du lämna klagomål till Integritetsskyddsmyndigheten (IMY), www.imy.se, Box 8114, 104 20 Stockholm.',
  en: 'If you think we process your personal data wrongly, you can lodge a complaint with the Swedish Authority for Privacy Protection (IMY), www.imy.se, Box 8114, SE-104 20 Stockholm, Sweden.',
}

/** The information GDPR art. 13 requires where personal data is collected, shown at /personuppgifter/<slug>/. */
export const PrivacyNotices: CollectionConfig = {
  slug: 'privacy-notices',
  labels: {
    singular: { sv: 'Personuppgiftsinformation', en: 'Privacy notice' },
    plural: { sv: 'Personuppgiftsinformation', en: 'Privacy notices' },
  },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'effectiveDate', '_status'], group: { sv: 'Innehåll', en: 'Content' } },
  access: { read: publishedOrStaff, create: staff, update: staff, delete: staff, readVersions: staff },
  // Each language published on its own (the English notice for English pages).
  versions: { maxPerDoc: 100, drafts: { localizeStatus: true } },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { sv: 'Rubrik', en: 'Title' } },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      localized: true,
      label: { sv: 'Kort sammanfattning (visas vid formuläret)', en: 'Short summary (shown beside the form)' },
    },
    {
      name: 'effectiveDate',
      type: 'date',
      required: true,
      label: { sv: 'Gäller från', en: 'Effective from' },
      admin: { date: { pickerAppearance: 'dayOnly' } },
    },
    {
      name: 'controller',
      type: 'group',
      label: { sv: 'Personuppgiftsansvarig', en: 'Controller' },
      fields: [
        { name: 'name', type: 'text', required: true, localized: true, label: { sv: 'Namn', en: 'Name' } },
        { name: 'organisationNumber', type: 'text', label: { sv: 'Organisationsnummer', en: 'Organisation number' } },
        { name: 'address', type: 'textarea', label: { sv: 'Postadress', en: 'Address' } },
        { name: 'email', type: 'email', required: true, label: { sv: 'E-post', en: 'E-mail' } },
        { name: 'phone', type: 'text', label: { sv: 'Telefon', en: 'Phone' } },
      ],
    },
    {
      name: 'dataProtectionOfficer',
      type: 'group',
      label: { sv: 'Dataskyddsombud', en: 'Data protection officer' },
      fields: [
        { name: 'name', type: 'text', localized: true, label: { sv: 'Namn eller funktion', en: 'Name or role' } },
        { name: 'email', type: 'email', required: true, label: { sv: 'E-post', en: 'E-mail' } },
      ],
    },
    {
      name: 'dataCategories',
      type: 'textarea',
      required: true,
      localized: true,
      label: { sv: 'Vilka uppgifter som behandlas', en: 'Personal data processed' },
    },
    {
      name: 'purposes',
      type: 'array',
      minRows: 1,
      required: true,
      label: { sv: 'Ändamål och rättslig grund', en: 'Purposes and legal basis' },
      fields: [
        { name: 'purpose', type: 'textarea', required: true, localized: true, label: { sv: 'Ändamål', en: 'Purpose' } },
        { name: 'legalBasis', type: 'select', required: true, options: LEGAL_BASES, label: { sv: 'Rättslig grund', en: 'Legal basis' } },
        {
          name: 'legalBasisDetails',
          type: 'textarea',
          localized: true,
          label: { sv: 'Förklaring av den rättsliga grunden', en: 'Legal basis explained' },
        },
      ],
    },
    { name: 'recipients', type: 'textarea', required: true, localized: true, label: { sv: 'Mottagare', en: 'Recipients' } },
    {
      name: 'thirdCountryTransfers',
      type: 'textarea',
      localized: true,
      label: { sv: 'Överföring till land utanför EU/EES', en: 'Transfers outside the EU/EEA' },
    },
    {
      name: 'retention',
      type: 'group',
      label: { sv: 'Lagringstid', en: 'Retention' },
      fields: [
        {
          name: 'description',
          type: 'textarea',
          required: true,
          localized: true,
          label: { sv: 'Hur länge uppgifterna sparas', en: 'How long data is kept' },
        },
        {
          name: 'days',
          type: 'number',
          required: true,
          min: 1,
          max: 3650,
          label: { sv: 'Antal dagar (styr automatisk gallring)', en: 'Days (drives automatic deletion)' },
        },
      ],
    },
    {
      name: 'rights',
      type: 'textarea',
      required: true,
      localized: true,
      label: { sv: 'Den registrerades rättigheter', en: 'Data subject rights' },
    },
    {
      name: 'complaint',
      type: 'textarea',
      required: true,
      localized: true,
      label: { sv: 'Rätt att klaga till tillsynsmyndigheten', en: 'Right to lodge a complaint' },
      defaultValue: ({ locale }: { locale?: string }) => COMPLAINT[locale === 'en' ? 'en' : 'sv'],
    },
    // English notices get English addresses (/en/privacy/<slug>/).
    slugField({ localized: true }),
  ],
}
