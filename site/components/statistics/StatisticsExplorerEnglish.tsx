/**
 * The statistics island on English pages: the same explorer with English words and formats. Its own entry, so the
 * Swedish pages' island does not carry the English texts (and this one only adds them to the Swedish default).
 */
import type { ComponentProps } from 'react'

import { ENGLISH } from '../../../shared/statistics/texts-en'
import StatisticsExplorer from './StatisticsExplorer'

export default function StatisticsExplorerEnglish(props: Omit<ComponentProps<typeof StatisticsExplorer>, 'texts'>) {
  return <StatisticsExplorer {...props} texts={ENGLISH} />
}
