import {
  ValidationError,
  type CollectionBeforeValidateHook,
  type CollectionSlug,
  type Field,
  type FieldHook,
  type GlobalBeforeValidateHook,
  type GlobalSlug,
  type Plugin,
} from 'payload'

import { isAllowedLinkUrl, safeHref } from '../../shared/security/safe-url'
import { changeCollections, changeGlobals } from '../config-changes'

const URL_MESSAGE = 'Ange en adress på webbplatsen (/publikationer/) eller en fullständig adress (https://…).'

const refuseUnsafeUrl: FieldHook = ({ value, path, collection, global }) => {
  if (value === undefined || value === null || value === '' || (typeof value === 'string' && isAllowedLinkUrl(value))) return value
  throw new ValidationError({
    collection: collection?.slug,
    global: global?.slug,
    errors: [{ path: path.join('.'), message: URL_MESSAGE }],
  })
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

const RICH_TEXT_URL_MESSAGE =
  'En länk i texten har en adress som inte är tillåten. Använd https://…, mailto:, tel: eller en adress på webbplatsen.'

/** The path of the first link in rich text (Lexical's link and autolink nodes) whose address the site would not render. */
function unsafeRichTextLink(value: unknown, path: string[] = []): string[] | undefined {
  if (!value || typeof value !== 'object') return undefined
  const node = value as { type?: unknown; fields?: { linkType?: unknown; url?: unknown } }
  if ((node.type === 'link' || node.type === 'autolink') && node.fields && node.fields.linkType !== 'internal') {
    if (typeof node.fields.url === 'string' && node.fields.url !== '' && !safeHref(node.fields.url)) return path
  }
  for (const [key, child] of Object.entries(value)) {
    const found = unsafeRichTextLink(child, [...path, key])
    if (found) return found
  }
  return undefined
}

/**
 * Links inside rich text, checked on every save, drafts included (Payload validates rich text only when
 * publishing, and a draft is shown in the preview on the site's origin). Added by safeLinks below.
 */
export const refuseUnsafeRichTextLinks: CollectionBeforeValidateHook & GlobalBeforeValidateHook = ({ data, ...rest }) => {
  const found = unsafeRichTextLink(data)
  if (!found) return data
  const slug =
    'collection' in rest && rest.collection
      ? { collection: rest.collection.slug }
      : { global: (rest as { global?: { slug: string } }).global?.slug }
  // The error names the rich-text field (the path up to Lexical's `root`), so the editor sees it beside that field.
  const root = found.indexOf('root')
  throw new ValidationError({
    ...slug,
    errors: [{ path: found.slice(0, root === -1 ? 1 : root).join('.'), message: RICH_TEXT_URL_MESSAGE }],
  })
}

/**
 * Adds the rich-text link check to the collections and globals whose text the site shows (payload.config.ts).
 * A plugin of its own, not part of publishing (cms/site-build/plugin.ts): it is a defence, and must hold for the
 * preview and for any other way content is published, whatever becomes of the publishing plugin.
 */
export const safeLinks =
  ({ collections, globals }: { collections: CollectionSlug[]; globals: GlobalSlug[] }): Plugin =>
  (config) => ({
    ...config,
    collections: changeCollections(config, collections, (collection) => ({
      ...collection,
      hooks: { ...collection.hooks, beforeValidate: [...(collection.hooks?.beforeValidate ?? []), refuseUnsafeRichTextLinks] },
    })),
    globals: changeGlobals(config, globals, (global) => ({
      ...global,
      hooks: { ...global.hooks, beforeValidate: [...(global.hooks?.beforeValidate ?? []), refuseUnsafeRichTextLinks] },
    })),
  })
