import type { Page, Report } from './content'
import { getReports, idOf } from './content'
import { linkResolver } from './links'

type Block = NonNullable<Page['layout']>[number]
export type ReportListBlock = Extract<Block, { blockType: 'reportList' }>
export type TeaserListBlock = Extract<Block, { blockType: 'teaserList' }>

/** The published reports a report-list block shows: the latest N, the latest N on a topic, or those picked. */
export function reportsFor(block: ReportListBlock): Report[] {
  const links = linkResolver()
  if (block.mode === 'picked') {
    return (block.reports ?? []).map((r) => links.reportsById.get(idOf(r) ?? '')).filter((r) => r !== undefined)
  }
  const reports = getReports()
  const topicId = idOf(block.topic)
  const pool = block.mode === 'topic' && topicId ? reports.filter((r) => (r.topics ?? []).some((t) => idOf(t) === topicId)) : reports
  return pool.slice(0, block.limit ?? 3)
}

/** The published pages a teaser block links to, each with its text (the block's own, or the page's lead). */
export function teasersFor(block: TeaserListBlock): { page: Page; text?: string | null }[] {
  const links = linkResolver()
  return (block.items ?? [])
    .map((item) => ({ page: links.pagesById.get(idOf(item.page) ?? ''), text: item.text || undefined }))
    .filter((item): item is { page: Page; text: string | undefined } => item.page !== undefined)
    .map(({ page, text }) => ({ page, text: text ?? page.lead }))
}
