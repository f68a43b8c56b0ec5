import type { Page } from './content'

/**
 * The section a nested page belongs to: its top-level ancestor and that page's direct sub-pages (published only),
 * for the section navigation. None for pages outside a section (a top-level page without sub-pages).
 */
export function sectionOf(page: Page, pages: Page[]): { root: Page & { path: string }; children: (Page & { path: string })[] } | undefined {
  const top = page.path?.split('/').filter(Boolean)[0]
  if (!top) return undefined
  const rootPath = `/${top}/`
  const root = pages.find((p) => p.path === rootPath)
  const children = pages
    .filter((p): p is Page & { path: string } => Boolean(p.path?.startsWith(rootPath) && p.path.split('/').filter(Boolean).length === 2))
    .sort((a, b) => a.title.localeCompare(b.title, 'sv'))
  return root && children.length > 0 ? { root: root as Page & { path: string }, children } : undefined
}
