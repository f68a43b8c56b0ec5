import type { ReportListBlock } from '../../../shared/payload-types'
import { getReports, idOf, type Report } from '../../lib/content'
import { linkResolver } from '../../lib/links'
import { reportCard, type ReportCardData } from '../../lib/report-card'

export interface ReportListProps {
  heading?: string | null
  reports: ReportCardData[]
  moreLinkLabel?: string | null
}

export function resolveReportList(block: ReportListBlock): ReportListProps {
  return { heading: block.heading, reports: reportsFor(block).map(reportCard), moreLinkLabel: block.moreLinkLabel }
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
