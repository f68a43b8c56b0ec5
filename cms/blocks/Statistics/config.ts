import type { Block } from 'payload'

import { chartSelectionFields } from '../../fields/chart-selection'

/** A dataset's interactive chart and table on any page, with its own first view. */
export const StatisticsBlock: Block = {
  slug: 'statistics',
  interfaceName: 'StatisticsBlock',
  labels: { singular: { sv: 'Statistik', en: 'Statistics' }, plural: { sv: 'Statistik', en: 'Statistics' } },
  fields: [
    {
      name: 'heading',
      type: 'text',
      label: { sv: 'Rubrik', en: 'Heading' },
      admin: { description: { sv: 'Tomt: datasetets titel.', en: 'Empty: the dataset title.' } },
    },
    { name: 'dataset', type: 'relationship', relationTo: 'datasets', required: true, label: { sv: 'Statistik', en: 'Dataset' } },
    ...chartSelectionFields(),
  ],
}
