import type { Block } from 'payload'

/** Links to other pages, each with its title and a short text (the page's lead unless overridden). */
export const TeaserListBlock: Block = {
  slug: 'teaserList',
  interfaceName: 'TeaserListBlock',
  labels: { singular: { sv: 'Puffar till sidor', en: 'Page teasers' }, plural: { sv: 'Puffar till sidor', en: 'Page teasers' } },
  fields: [
    { name: 'heading', type: 'text', label: { sv: 'Rubrik', en: 'Heading' } },
    {
      name: 'items',
      type: 'array',
      minRows: 1,
      label: { sv: 'Puffar', en: 'Teasers' },
      fields: [
        { name: 'page', type: 'relationship', relationTo: 'pages', required: true, label: { sv: 'Sida', en: 'Page' } },
        { name: 'text', type: 'textarea', label: { sv: 'Text (ersätter sidans ingress)', en: 'Text (overrides the lead)' } },
      ],
    },
  ],
}
