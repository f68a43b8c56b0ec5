import type { Block } from 'payload'

/** A list of reports: the latest N, the latest N on a topic, or reports picked by hand. */
export const ReportListBlock: Block = {
  slug: 'reportList',
  interfaceName: 'ReportListBlock',
  labels: { singular: { sv: 'Rapportlista', en: 'Report list' }, plural: { sv: 'Rapportlistor', en: 'Report lists' } },
  fields: [
    { name: 'heading', type: 'text', label: { sv: 'Rubrik', en: 'Heading' } },
    {
      name: 'mode',
      type: 'radio',
      required: true,
      defaultValue: 'latest',
      label: { sv: 'Urval', en: 'Selection' },
      options: [
        { value: 'latest', label: { sv: 'Senaste', en: 'Latest' } },
        { value: 'topic', label: { sv: 'Senaste inom ett ämne', en: 'Latest on a topic' } },
        { value: 'picked', label: { sv: 'Handplockade', en: 'Picked by hand' } },
      ],
    },
    {
      name: 'limit',
      type: 'number',
      min: 1,
      max: 20,
      defaultValue: 3,
      label: { sv: 'Antal', en: 'Number' },
      admin: { condition: (_, s) => s?.mode !== 'picked' },
    },
    {
      name: 'topic',
      type: 'relationship',
      relationTo: 'topics',
      label: { sv: 'Ämne', en: 'Topic' },
      admin: { condition: (_, s) => s?.mode === 'topic' },
    },
    {
      name: 'reports',
      type: 'relationship',
      relationTo: 'reports',
      hasMany: true,
      label: { sv: 'Rapporter', en: 'Reports' },
      admin: { condition: (_, s) => s?.mode === 'picked' },
    },
    {
      name: 'moreLinkLabel',
      type: 'text',
      label: { sv: 'Text för länk till alla publikationer', en: 'Label of the link to all publications' },
    },
  ],
}
