import type { StatisticsBlock } from '../../../shared/payload-types'
import { findById, getDatasets, type Dataset } from '../../lib/content'
import type { BlockContext } from '../context'

export interface StatisticsProps {
  heading?: string | null
  dataset: Dataset
  /** The block itself: its first view of the dataset (chart, regions, years). */
  chosen: StatisticsBlock
  /** Whether the explorer reads and writes its view in the page's address, which holds one view: the first statistics block's. */
  syncAddress: boolean
}

/** The published dataset as it is now (not the copy inside the page); a dataset not published leaves the block out. */
export function resolveStatistics(block: StatisticsBlock, { firstOfType }: BlockContext): StatisticsProps | undefined {
  const dataset = findById(getDatasets(), block.dataset)
  return dataset && { heading: block.heading, dataset, chosen: block, syncAddress: firstOfType }
}
