import type { DatasetForChart } from '../../shared/statistics/types'

/** A numeric county dataset for the explorer's unit tables ("Folkmängd" in "invånare", no figures): override what a case needs. */
export const chartDataset = (overrides: Partial<DatasetForChart> = {}): DatasetForChart => ({
  slug: 'test',
  title: 'Test',
  indicator: 'Folkmängd',
  unit: 'invånare',
  decimals: 0,
  kind: 'numeric',
  regionLevel: 'county',
  countryReference: 'sum',
  source: { name: 'Test' },
  observations: [],
  ...overrides,
})
