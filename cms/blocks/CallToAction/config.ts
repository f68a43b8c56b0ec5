import type { Block } from 'payload'

import { linkFields } from '../../fields/link'

export const CallToActionBlock: Block = {
  slug: 'callToAction',
  interfaceName: 'CallToActionBlock',
  labels: { singular: { sv: 'Uppmaning (länk)', en: 'Call to action' }, plural: { sv: 'Uppmaningar', en: 'Calls to action' } },
  fields: [
    { name: 'heading', type: 'text', label: { sv: 'Rubrik', en: 'Heading' } },
    { name: 'text', type: 'textarea', label: { sv: 'Text', en: 'Text' } },
    ...linkFields,
  ],
}
