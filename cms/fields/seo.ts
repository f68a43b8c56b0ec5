import type { NamedGroupField } from 'payload'

/** Search-engine and sharing fields; the site falls back to the title and lead when they are empty. */
export const seoFields: NamedGroupField = {
  name: 'meta',
  type: 'group',
  label: { sv: 'Sökmotorer och delning', en: 'SEO' },
  fields: [
    { name: 'title', type: 'text', label: { sv: 'Titel i sökresultat', en: 'Meta title' }, maxLength: 70 },
    { name: 'description', type: 'textarea', label: { sv: 'Beskrivning i sökresultat', en: 'Meta description' }, maxLength: 170 },
    { name: 'image', type: 'upload', relationTo: 'media', label: { sv: 'Delningsbild', en: 'Share image' } },
  ],
}
