import type { Report } from './content'

/** What a report card shows (components/ReportCard.astro): a list changes only when one of these changes. */
export type ReportCardData = Pick<Report, 'id' | 'slug' | 'title' | 'subtitle' | 'publishedDate' | 'reportNumber' | 'type'>
const cardCache = new WeakMap<Report, ReportCardData>()
export function reportCard(report: Report): ReportCardData {
  let card = cardCache.get(report)
  if (!card) {
    const { id, slug, title, subtitle, publishedDate, reportNumber, type } = report
    card = Object.freeze({ id, slug, title, subtitle, publishedDate, reportNumber, type })
    cardCache.set(report, card)
  }
  return card
}
