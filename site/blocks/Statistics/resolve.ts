import type { StatisticsBlock } from '../../../shared/payload-types'
import type { ContentLocale } from '../../../shared/locales'
import { datasetFileSlug, datasetHref, findById, getDatasets, type Dataset } from '../../lib/content'
import type { BlockContext } from '../context'

export interface StatisticsProps {
  heading?: string | null
  dataset: Dataset
  /** The block itself: its first view of the dataset (chart, regions, years). */
  chosen: StatisticsBlock
  /** Whether the explorer reads and writes its view in the page's address, which holds one view: the first statistics block's. */
  syncAddress: boolean
  /** The page's language (the explorer's words and formats follow it), the dataset's own page, and where its files are. */
  language: ContentLocale
  href: string
  fileSlug?: string
}

/** The published dataset as it is now (not the copy inside the page); a dataset not published leaves the block out. */
export function resolveStatistics(block: StatisticsBlock, { firstOfType, language }: BlockContext): StatisticsProps | undefined {
  const dataset = findById(getDatasets(), block.dataset)
  return (
    dataset && {
      heading: block.heading,
      dataset,
      chosen: block,
      syncAddress: firstOfType,
      language,
      href: datasetHref(dataset),
      fileSlug: datasetFileSlug(dataset),
    }
  )
}
