import type { ContentLocale } from '../../shared/locales'
import { reportPath } from '../../shared/slug'
import type { Report } from './content'
import { reportHref } from './content'

/** What a report card shows (components/ReportCard.astro): a list changes only when one of these changes. */
export type ReportCardData = Pick<Report, 'id' | 'title' | 'subtitle' | 'publishedDate' | 'reportNumber' | 'type'> & {
  href: string
  /** Set when the card is of a report in the other language (a Swedish report on the English list). */
  lang?: ContentLocale
}

function cardOf(report: Report, href: string, lang?: ContentLocale): ReportCardData {
  const { id, title, subtitle, publishedDate, reportNumber, type } = report
  return Object.freeze({ id, title, subtitle, publishedDate, reportNumber, type, href, ...(lang ? { lang } : {}) })
}

const cardCache = new WeakMap<Report, ReportCardData>()
/** A report's card, linked to its address in the site being rendered (in which `report` must be published). */
export function reportCard(report: Report): ReportCardData {
  let card = cardCache.get(report)
  if (!card) cardCache.set(report, (card = cardOf(report, reportHref(report))))
  return card
}

const swedishCards = new WeakMap<Report, ReportCardData>()
/** The card of a Swedish report shown on the English site: its Swedish page, marked as Swedish. */
export function swedishReportCard(report: Report): ReportCardData {
  let card = swedishCards.get(report)
  if (!card) swedishCards.set(report, (card = cardOf(report, reportPath(report.slug), 'sv')))
  return card
}
