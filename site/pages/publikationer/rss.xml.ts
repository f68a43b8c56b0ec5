import rss from '@astrojs/rss'
import type { APIRoute } from 'astro'

import { publicationTypeLabel } from '../../../shared/publications'
import { getReports, getSettings, reportPath } from '../../lib/content'

/** /publikationer/rss.xml: the latest publications for feed readers. */
export const GET: APIRoute = async (context) => {
  const [reports, settings] = [getReports(), getSettings()]
  return rss({
    title: `Publikationer – ${settings?.siteName ?? 'Webbplats'}`,
    description: `Nya rapporter och andra publikationer från ${settings?.organisation ?? 'oss'}.`,
    site: context.site!,
    customData: '<language>sv-se</language>',
    items: reports.slice(0, 50).map((report) => ({
      title: report.title,
      link: reportPath(report.slug),
      pubDate: new Date(report.publishedDate),
      description: [publicationTypeLabel(report.type), report.subtitle, report.meta?.description].filter(Boolean).join('. '),
    })),
  })
}
