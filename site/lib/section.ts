import type { Page } from './content'
import { homePath, once, siteContent, swedishOrder } from './content'

type Routed = Page & { path: string }
export type Section = { root: Routed; children: Routed[] }

/** Every section (a top-level page with published sub-pages) by its first path segment, once per content snapshot. */
/** A page's address below its site's home ("/en/our-work/" → ["our-work"]). */
const segmentsOf = (page: Page) => (page.path?.startsWith(homePath()) ? page.path.slice(homePath().length) : '').split('/').filter(Boolean)

const sections = once((): Map<string, Section> => {
  const pages = siteContent().pages
  const byTop = new Map<string, { root?: Routed; children: Routed[] }>()
  for (const page of pages) {
    const segments = segmentsOf(page)
    if (segments.length === 0 || segments.length > 2) continue
    const entry = byTop.get(segments[0]) ?? { children: [] }
    if (segments.length === 1) entry.root = page as Routed
    else entry.children.push(page as Routed)
    byTop.set(segments[0], entry)
  }
  const result = new Map<string, Section>()
  for (const [top, { root, children }] of byTop) {
    if (root && children.length > 0) result.set(top, { root, children: children.sort((a, b) => swedishOrder(a.title, b.title)) })
  }
  return result
})

/**
 * The section a nested page belongs to: its top-level ancestor and that page's direct sub-pages (published only),
 * for the section navigation. None for pages outside a section (a top-level page without sub-pages).
 */
export function sectionOf(page: Page): Section | undefined {
  const top = segmentsOf(page)[0]
  return top ? sections().get(top) : undefined
}
