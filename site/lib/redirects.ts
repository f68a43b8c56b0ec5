/**
 * The redirects a build serves, from the snapshot: each old address with the current address of the page or report
 * it leads to (in the language it names), or its URL. A redirect to a document that is not published leads nowhere
 * and is left out until it is; a chain is collapsed and a loop left out (shared/redirects.ts).
 */
import { localePath } from '../../shared/locales'
import { collapseRedirects, type RedirectRule } from '../../shared/redirects'
import { englishReportPath, reportPath } from '../../shared/slug'
import { findById, pagePath, type SiteContent } from './content'

export function redirectRules(content: SiteContent): RedirectRule[] {
  const rules: RedirectRule[] = []
  for (const redirect of content.redirects ?? []) {
    const to = redirect.to?.type === 'custom' ? redirect.to.url : targetAddress(content, redirect.to)
    if (to) rules.push({ from: redirect.from, to, status: redirect.type === '302' ? 302 : 301 })
  }
  return collapseRedirects(rules)
}

function targetAddress(content: SiteContent, to: NonNullable<SiteContent['redirects']>[number]['to']): string | undefined {
  const reference = to?.reference
  if (!reference) return undefined
  const locale = to.locale === 'en' ? 'en' : 'sv'
  const site = locale === 'en' ? content.english : content
  if (!site) return undefined
  if (reference.relationTo === 'reports') {
    const report = findById(site.reports, reference.value)
    return report && (locale === 'en' ? englishReportPath(report.slug) : reportPath(report.slug))
  }
  const page = findById(site.pages, reference.value)
  return page && pagePath(page, site.settings, localePath(locale, '/'))
}
