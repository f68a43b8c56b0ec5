import { ValidationError, type Field, type FieldHook } from 'payload'

import { isAllowedLinkUrl } from '../../shared/security/safe-url'

const URL_MESSAGE = 'Ange en adress på webbplatsen (/publikationer/) eller en fullständig adress (https://…).'

const refuseUnsafeUrl: FieldHook = ({ value, path, collection, global }) => {
  if (value === undefined || value === null || value === '' || (typeof value === 'string' && isAllowedLinkUrl(value))) return value
  throw new ValidationError({ collection: collection?.slug, global: global?.slug, errors: [{ path: path.join('.'), message: URL_MESSAGE }] })
}

/** A link to a page, a report or another website; used by calls to action, the menu and the footer. */
export const linkFields: Field[] = [
  { name: 'label', type: 'text', required: true, label: { sv: 'Länktext', en: 'Label' } },
  {
    name: 'linkType',
    type: 'radio',
    defaultValue: 'internal',
    label: { sv: 'Länkar till', en: 'Links to' },
    options: [
      { value: 'internal', label: { sv: 'Sida eller rapport', en: 'Page or report' } },
      { value: 'external', label: { sv: 'Adress (/publikationer/ eller https://…)', en: 'Address (/path/ or https://…)' } },
    ],
  },
  {
    name: 'reference',
    type: 'relationship',
    relationTo: ['pages', 'reports'],
    label: { sv: 'Sida eller rapport', en: 'Page or report' },
    admin: { condition: (_, s) => s?.linkType !== 'external' },
    validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
      siblingData?.linkType === 'external' || value ? true : 'Välj en sida eller rapport.',
  },
  {
    name: 'url',
    type: 'text',
    label: { sv: 'Adress', en: 'URL' },
    admin: { condition: (_, s) => s?.linkType === 'external' },
    validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
      siblingData?.linkType !== 'external' || (typeof value === 'string' && isAllowedLinkUrl(value)) ? true : URL_MESSAGE,
    // Payload skips `validate` when a draft is saved, and drafts are shown in the preview on the site's own origin:
    // an unsafe address (javascript:, data:, //host) is refused on every save, draft or not.
    hooks: { beforeValidate: [refuseUnsafeUrl] },
  },
]
