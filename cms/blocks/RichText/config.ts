import type { Block } from 'payload'

export const RichTextBlock: Block = {
  slug: 'richText',
  interfaceName: 'RichTextBlock',
  labels: { singular: { sv: 'Text', en: 'Rich text' }, plural: { sv: 'Texter', en: 'Rich text' } },
  fields: [{ name: 'content', type: 'richText', required: true, label: { sv: 'Innehåll', en: 'Content' } }],
}
