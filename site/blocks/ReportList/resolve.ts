import type { ContentLocale } from '../../../shared/locales'
import type { ReportListBlock } from '../../../shared/payload-types'
import { getReports, idOf, type Report } from '../../lib/content'
import { linkResolver } from '../../lib/links'
import { reportCard, type ReportCardData } from '../../lib/report-card'
import { SITE_TEXT } from '../../lib/site-text'
import type { BlockContext } from '../context'

export interface ReportListProps {
  heading?: string | null
  reports: ReportCardData[]
  moreLinkLabel?: string | null
  /** The page's language (the cards' words), and its publications list, where the block's link leads. */
  language: ContentLocale
  moreHref: string
}

/** On an English page, the reports published in English (the English site's). */
export function resolveReportList(block: ReportListBlock, { language }: BlockContext): ReportListProps {
  return {
    heading: block.heading,
    reports: reportsFor(block).map(reportCard),
    moreLinkLabel: block.moreLinkLabel,
    language,
    moreHref: SITE_TEXT[language].publications.href,
  }
}

/** The published reports the block shows: the latest N, the latest N on a topic, or those picked, in their order. */
function reportsFor(block: ReportListBlock): Report[] {
  if (block.mode === 'picked') {
    const { reportsById } = linkResolver()
    return (block.reports ?? []).map((r) => reportsById.get(idOf(r) ?? '')).filter((r) => r !== undefined)
  }
  const reports = getReports()
  const topicId = idOf(block.topic)
  const pool = block.mode === 'topic' && topicId ? reports.filter((r) => (r.topics ?? []).some((t) => idOf(t) === topicId)) : reports
  return pool.slice(0, block.limit ?? 3)
}
