import type { Field } from 'payload'

import { SLUG_PATTERN, slugify } from '../../shared/slug'

/**
 * A URL slug filled from the title when left empty, and checked against the shared slug rules.
 * `unique` makes the database refuse duplicates (reports, topics, notices); pages are unique by full path instead.
 */
export function slugField({
  unique = true,
  from = 'title',
  localized = false,
}: { unique?: boolean; from?: string; localized?: boolean } = {}): Field {
  return {
    name: 'slug',
    type: 'text',
    localized,
    label: { sv: 'Adress (slug)', en: 'Slug' },
    index: true,
    unique,
    required: true,
    admin: {
      position: 'sidebar',
      description: { sv: 'Fylls i från titeln om fältet lämnas tomt.', en: 'Filled from the title when left empty.' },
    },
    hooks: {
      beforeValidate: [
        ({ value, data }) => {
          if (typeof value === 'string' && value.trim()) return slugify(value)
          const source = data?.[from]
          return typeof source === 'string' ? slugify(source) : value
        },
      ],
    },
    validate: (value: unknown) =>
      typeof value === 'string' && SLUG_PATTERN.test(value) ? true : 'Endast små bokstäver a–z, siffror och bindestreck.',
  }
}
