import type { CollectionConfig } from 'payload'

import { admins } from '../access'

const nobody = () => false

/** The log of data subjects' requests handled (export, erasure): who, when, how many; never the e-mail address. */
export const DataRequests: CollectionConfig = {
  slug: 'data-requests',
  labels: {
    singular: { sv: 'Begäran om personuppgifter', en: 'Data subject request' },
    plural: { sv: 'Begäranden om personuppgifter', en: 'Data subject requests' },
  },
  admin: {
    defaultColumns: ['action', 'count', 'handledBy', 'createdAt'],
    group: { sv: 'Från besökare', en: 'From visitors' },
    components: { beforeList: ['/data-subject-requests/DataSubjectPanel#DataSubjectPanel'] },
  },
  access: { create: nobody, read: admins, update: nobody, delete: nobody },
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      label: { sv: 'Åtgärd', en: 'Action' },
      options: [
        { value: 'export', label: { sv: 'Utlämnande (registerutdrag)', en: 'Export' } },
        { value: 'erase', label: { sv: 'Radering', en: 'Erasure' } },
      ],
    },
    { name: 'count', type: 'number', required: true, label: { sv: 'Antal meddelanden', en: 'Submissions' } },
    { name: 'handledBy', type: 'relationship', relationTo: 'users', label: { sv: 'Hanterad av', en: 'Handled by' } },
  ],
}
