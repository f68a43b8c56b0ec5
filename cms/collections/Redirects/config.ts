import type { CollectionConfig } from 'payload'

import { staff, staffOrPublisher } from '../../access'
import { CONTENT_LOCALES } from '../../../shared/locales'
import { normalizeFrom, normalizeTarget, type Checked } from '../../../shared/redirects'
import { collapseChains, refuseLoops } from './hooks'

/** Stores a valid value in its normal form; leaves one that is not as typed, for the validation to explain. */
const normalizeWith =
  (check: (value: string) => Checked) =>
  ({ value }: { value?: unknown }) => {
    if (typeof value !== 'string' || !value) return value
    const checked = check(value)
    return checked.ok ? checked.value : value
  }
const messageOf = (checked: Checked) => (checked.ok ? true : checked.message)

/**
 * Old addresses that lead on: made by the CMS when a page or report gets a new address (hooks in record.ts), and by
 * editors for addresses of an older site. The shape follows Payload's redirects plugin (from; to a document or a
 * URL; the type), which itself pins another Payload version. The publisher writes them into every build
 * (shared/redirects.ts).
 */
export const Redirects: CollectionConfig = {
  slug: 'redirects',
  labels: { singular: { sv: 'Omdirigering', en: 'Redirect' }, plural: { sv: 'Omdirigeringar', en: 'Redirects' } },
  admin: {
    useAsTitle: 'from',
    defaultColumns: ['from', 'to.type', 'type', 'automatic', 'updatedAt'],
    group: { sv: 'Innehåll', en: 'Content' },
    description: {
      sv: 'Gamla adresser som skickar besökaren vidare. När en sida eller rapport får en ny adress läggs en omdirigering till här av sig själv.',
      en: 'Old addresses that send visitors on. When a page or report gets a new address, a redirect is added here automatically.',
    },
  },
  access: { read: staffOrPublisher, create: staff, update: staff, delete: staff },
  hooks: { beforeChange: [refuseLoops], afterChange: [collapseChains] },
  fields: [
    {
      name: 'from',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { sv: 'Gammal adress', en: 'Old address' },
      admin: { description: { sv: 'Till exempel /om-oss/gammal-sida/', en: 'For example /about/old-page/' } },
      hooks: { beforeValidate: [normalizeWith(normalizeFrom)] },
      validate: (value: unknown) => messageOf(normalizeFrom(String(value ?? ''))),
    },
    {
      name: 'to',
      type: 'group',
      label: { sv: 'Till', en: 'To' },
      fields: [
        {
          name: 'type',
          type: 'radio',
          required: true,
          defaultValue: 'reference',
          admin: { layout: 'horizontal' },
          label: { sv: 'Typ av mål', en: 'Target type' },
          options: [
            { value: 'reference', label: { sv: 'En sida eller rapport', en: 'A page or report' } },
            { value: 'custom', label: { sv: 'En adress', en: 'An address' } },
          ],
        },
        {
          name: 'reference',
          type: 'relationship',
          relationTo: ['pages', 'reports'],
          label: { sv: 'Sida eller rapport', en: 'Page or report' },
          admin: { condition: (_, sibling) => sibling?.type === 'reference' },
          validate: (value: unknown, { siblingData }: { siblingData: { type?: string } }) =>
            siblingData?.type !== 'reference' || value ? true : 'Välj sidan eller rapporten som adressen ska leda till.',
        },
        {
          name: 'locale',
          type: 'select',
          defaultValue: 'sv',
          label: { sv: 'Språkversion', en: 'Language version' },
          admin: { condition: (_, sibling) => sibling?.type === 'reference' },
          options: CONTENT_LOCALES.map((l) => ({ value: l.code, label: { sv: l.swedish, en: l.english } })),
        },
        {
          name: 'url',
          type: 'text',
          label: { sv: 'Adress', en: 'Address' },
          admin: { condition: (_, sibling) => sibling?.type === 'custom' },
          hooks: { beforeValidate: [normalizeWith(normalizeTarget)] },
          validate: (value: unknown, { siblingData }: { siblingData: { type?: string } }) =>
            siblingData?.type !== 'custom' || messageOf(normalizeTarget(String(value ?? ''))),
        },
      ],
    },
    {
      name: 'type',
      type: 'select',
      required: true,
      defaultValue: '301',
      label: { sv: 'Typ', en: 'Type' },
      options: [
        { value: '301', label: { sv: 'Permanent (301)', en: 'Permanent (301)' } },
        { value: '302', label: { sv: 'Tillfällig (302)', en: 'Temporary (302)' } },
      ],
    },
    {
      name: 'automatic',
      type: 'checkbox',
      defaultValue: false,
      label: { sv: 'Skapad när adressen ändrades', en: 'Made when the address changed' },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
