import { describe, expect, it } from 'vitest'

import type { Page } from '../site/lib/content'
import { pageRouteData } from '../site/lib/route-data'
import { sectionOf } from '../site/lib/section'
import { page, useContent } from './helpers/site-content'

/**
 * The section navigation beside a page: a top-level page and its published sub-pages, shown on each of them.
 * `pages` holds only published pages (a snapshot has nothing else).
 */
const pages = [
  page(1, 'Om oss', '/om-oss/'),
  page(2, 'Uppdrag', '/om-oss/uppdrag/'),
  page(3, 'Årsredovisning', '/om-oss/arsredovisning/'),
  page(4, 'Ledning', '/om-oss/ledning/'),
  page(5, 'Styrelse', '/om-oss/ledning/styrelse/'),
  page(6, 'Kontakt', '/kontakt/'),
  page(7, 'Press', '/press/bilder/'),
  page(8, 'Ämnen', '/amnen/'),
  page(9, 'Ämne A', '/amnen/a/'),
]
const titles = (list: { title: string }[] | undefined) => list?.map((p) => p.title)
const byId = (id: number) => pages.find((p) => p.id === id)!

describe('which section a page belongs to', () => {
  it.each([
    { name: 'a sub-page shows its section: the top-level page and all its sub-pages', of: 2, root: 'Om oss' },
    { name: 'the top-level page of a section shows the same section', of: 1, root: 'Om oss' },
    { name: 'a page two levels down shows the section of its top-level page', of: 5, root: 'Om oss' },
    { name: 'a top-level page without sub-pages has no section navigation', of: 6, root: undefined },
    { name: 'a sub-page whose top-level page is not published has no section navigation', of: 7, root: undefined },
    { name: 'each section shows only its own pages', of: 9, root: 'Ämnen' },
  ])('$name', ({ of, root }) => {
    useContent({ pages })
    expect(sectionOf(byId(of))?.root.title).toBe(root)
  })

  it('lists the direct sub-pages only, in Swedish alphabetical order (Å after U)', () => {
    useContent({ pages })
    expect(titles(sectionOf(byId(2))?.children)).toEqual(['Ledning', 'Uppdrag', 'Årsredovisning'])
  })

  it.each([
    ['no path', page(20, 'Utkast', '', { path: null })],
    ['the path "/" (the home page)', page(21, 'Start', '/')],
  ])('a page with %s has no section navigation', (_name, lone) => {
    useContent({ pages: [...pages, lone] })
    expect(sectionOf(lone)).toBeUndefined()
  })

  it('follows the content: a sub-page unpublished in the next snapshot leaves the list, the last one removes the section', () => {
    useContent({ pages })
    expect(titles(sectionOf(byId(9))?.children)).toEqual(['Ämne A'])
    useContent({ pages: pages.filter((p) => p.id !== 9) })
    expect(sectionOf(byId(8))).toBeUndefined()
    useContent({ pages: pages.filter((p) => p.id !== 4) })
    expect(titles(sectionOf(byId(2))?.children)).toEqual(['Uppdrag', 'Årsredovisning'])
  })
})

describe('the section navigation in a page route data', () => {
  const nav = (p: Page) => pageRouteData(p).section

  it('holds the title and address of the section and of each sub-page, nothing else of them', () => {
    useContent({ pages: pages.map((p) => (p.id === 2 ? { ...p, lead: 'Ingress som inte hör hit' } : p)) })
    expect(nav(byId(4))).toEqual({
      root: { id: 1, title: 'Om oss', path: '/om-oss/' },
      children: [
        { id: 4, title: 'Ledning', path: '/om-oss/ledning/' },
        { id: 2, title: 'Uppdrag', path: '/om-oss/uppdrag/' },
        { id: 3, title: 'Årsredovisning', path: '/om-oss/arsredovisning/' },
      ],
    })
  })

  it('is one shared value for all pages of a section (their route keys change together), and none outside one', () => {
    useContent({ pages })
    expect(nav(byId(2))).toBe(nav(byId(3)))
    expect(nav(byId(2))).not.toBe(nav(byId(9)))
    expect(nav(byId(6))).toBeUndefined()
  })
})
