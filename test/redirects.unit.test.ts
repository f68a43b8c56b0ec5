import { describe, expect, it } from 'vitest'

import type { Redirect, SiteContent } from '../site/lib/content'
import { redirectRules } from '../site/lib/redirects'
import { searchableContent } from '../site/publisher/search'
import {
  collapseRedirects,
  normalizeFrom,
  normalizeTarget,
  parseRedirectsFile,
  redirectFor,
  redirectPage,
  redirectPageFile,
  redirectsFile,
  type RedirectRule,
} from '../shared/redirects'
import { page, report, useContent } from './helpers/site-content'

/** Redirects from old addresses: how an old address is read, chains and loops, and what the build writes. */
describe('an old address an editor types', () => {
  it.each([
    { typed: '/om-oss/gammal', stored: '/om-oss/gammal/' },
    { typed: '  /om-oss/gammal/ ', stored: '/om-oss/gammal/' },
    { typed: '/rapporter/arsrapport-2019.pdf', stored: '/rapporter/arsrapport-2019.pdf' },
    { typed: '/om-oss/målet/', stored: '/om-oss/m%C3%A5let/' },
    { typed: '/Gamla Sidor/', stored: '/Gamla%20Sidor/' },
    { typed: '/a"><script>/', stored: '/a%22%3E%3Cscript%3E/' },
  ])('$typed is stored as $stored', ({ typed, stored }) => {
    expect(normalizeFrom(typed)).toEqual({ ok: true, value: stored })
  })

  it.each([
    { typed: 'om-oss/', why: 'börja med /' },
    { typed: '//evil.example/', why: 'börja med /' },
    { typed: 'https://example.se/om-oss/', why: 'börja med /' },
    { typed: '/sida/?id=4', why: '? eller #' },
    { typed: '/a/../b/', why: '. eller ..' },
    { typed: '/a/%2e%2e/b/', why: '. eller ..' },
    { typed: '/a%2Fb/', why: 'tecken' },
    { typed: '/', why: 'används av webbplatsen' },
    { typed: '/_astro/x.js', why: 'används av webbplatsen' },
    { typed: '/pagefind/0/', why: 'används av webbplatsen' },
    { typed: '/forhandsvisning/pages/1/', why: 'används av webbplatsen' },
    { typed: '/_redirects', why: 'används av webbplatsen' },
  ])('$typed is refused ($why)', ({ typed, why }) => {
    const checked = normalizeFrom(typed)
    expect(checked.ok).toBe(false)
    expect(checked.ok ? '' : checked.message).toContain(why)
  })
})

describe('where a redirect leads', () => {
  it.each([
    { typed: '/ny-sida', stored: '/ny-sida/' },
    { typed: '/', stored: '/' },
    { typed: '/sok/?q=tillvaxt', stored: '/sok/?q=tillvaxt' },
    { typed: 'https://www.scb.se/hitta-statistik/', stored: 'https://www.scb.se/hitta-statistik/' },
  ])('$typed is stored as $stored', ({ typed, stored }) => {
    expect(normalizeTarget(typed)).toEqual({ ok: true, value: stored })
  })
  it.each(['javascript:alert(1)', 'data:text/html,x', '//evil.example/', 'ftp://example.se/'])('%s is refused', (typed) => {
    expect(normalizeTarget(typed).ok).toBe(false)
  })
})

const rule = (from: string, to: string, status: 301 | 302 = 301): RedirectRule => ({ from, to, status })

describe('chains and loops', () => {
  it.each([
    {
      name: 'a chain is served as its end',
      rules: [rule('/a/', '/b/'), rule('/b/', '/c/')],
      served: [rule('/a/', '/c/'), rule('/b/', '/c/')],
    },
    {
      name: 'a longer chain too, whatever the order',
      rules: [rule('/c/', '/d/'), rule('/a/', '/b/'), rule('/b/', '/c/')],
      served: [rule('/a/', '/d/'), rule('/b/', '/d/'), rule('/c/', '/d/')],
    },
    { name: 'a loop is left out', rules: [rule('/a/', '/b/'), rule('/b/', '/a/'), rule('/x/', '/y/')], served: [rule('/x/', '/y/')] },
    { name: 'a redirect to its own address is left out', rules: [rule('/a/', '/a/')], served: [] },
    { name: 'a chain into a loop is left out', rules: [rule('/z/', '/a/'), rule('/a/', '/b/'), rule('/b/', '/a/')], served: [] },
    {
      name: 'a full URL ends a chain',
      rules: [rule('/a/', 'https://scb.se/'), rule('/b/', '/a/', 302)],
      served: [rule('/a/', 'https://scb.se/'), rule('/b/', 'https://scb.se/', 302)],
    },
  ])('$name', ({ rules, served }) => {
    expect(collapseRedirects(rules)).toEqual(served)
  })
})

describe('what the build writes', () => {
  const rules = [rule('/gammal/', '/ny/'), rule('/rapport.pdf', '/publikationer/x/', 302)]

  it('a _redirects file that the site server reads back', () => {
    const file = redirectsFile(rules)
    expect(file).toBe('/gammal/ /ny/ 301\n/rapport.pdf /publikationer/x/ 302\n')
    const read = parseRedirectsFile(file)
    expect(redirectFor(read, '/gammal/')?.to).toBe('/ny/')
    expect(redirectFor(read, '/gammal')?.to).toBe('/ny/')
    expect(redirectFor(read, '/rapport.pdf')?.status).toBe(302)
    expect(redirectFor(read, '/annan/')).toBeUndefined()
  })

  it('a page at an old address that sends the browser on, names the new address and shows a link', () => {
    const html = redirectPage(rule('/gammal/', '/ny/?a=1&b="2"'), 'https://example.se')
    expect(html).toContain('<html lang="sv">')
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/ny/?a=1&amp;b=&quot;2&quot;">')
    expect(html).toContain('<link rel="canonical" href="https://example.se/ny/?a=1&amp;b=%222%22">')
    expect(html).toContain('<a href="/ny/?a=1&amp;b=&quot;2&quot;">')
    expect(html).toContain('<meta name="robots" content="noindex">')
  })

  it('the page is left out of the search index', () => {
    expect(searchableContent(redirectPage(rule('/gammal/', '/ny/'), 'https://example.se'))).toBeUndefined()
  })

  it.each([
    { from: '/gammal/', file: 'gammal/index.html' },
    { from: '/om-oss/m%C3%A5let/', file: 'om-oss/målet/index.html' },
    { from: '/rapport.pdf', file: undefined },
  ])('the page for $from is the file $file', ({ from, file }) => {
    expect(redirectPageFile(from)).toBe(file)
  })
})

describe('redirects resolved from the content', () => {
  const redirect = (id: number, from: string, to: Redirect['to'], type: '301' | '302' = '301') => ({ id, from, to, type }) as Redirect
  const content = (): SiteContent => {
    const swedish = useContent({
      pages: [page(1, 'Samordning', '/samordning/'), page(2, 'Uppföljning', '/samordning/uppfoljning/')],
      reports: [report(10, '2020-01-01', [], { slug: 'lagesbild-2020' })],
      redirects: [
        redirect(1, '/samordning-och-uppfoljning/', { type: 'reference', reference: { relationTo: 'pages', value: 1 }, locale: 'sv' }),
        redirect(2, '/gammal-uppfoljning/', { type: 'reference', reference: { relationTo: 'pages', value: 2 } }),
        redirect(3, '/publikationer/lagesbild/', { type: 'reference', reference: { relationTo: 'reports', value: 10 }, locale: 'sv' }),
        redirect(4, '/en/old/', { type: 'reference', reference: { relationTo: 'pages', value: 1 }, locale: 'en' }),
        redirect(5, '/utkast/', { type: 'reference', reference: { relationTo: 'pages', value: 99 } }),
        redirect(6, '/scb/', { type: 'custom', url: 'https://www.scb.se/' }, '302'),
      ],
    })
    return { ...swedish, english: { ...swedish, locale: 'en', pages: [page(1, 'Coordination', '/en/coordination/')], reports: [] } }
  }

  it('each old address leads to the current address of its page or report, in its language; one to an unpublished page waits', () => {
    expect(redirectRules(content())).toEqual([
      rule('/en/old/', '/en/coordination/'),
      rule('/gammal-uppfoljning/', '/samordning/uppfoljning/'),
      rule('/publikationer/lagesbild/', '/publikationer/lagesbild-2020/'),
      rule('/samordning-och-uppfoljning/', '/samordning/'),
      rule('/scb/', 'https://www.scb.se/', 302),
    ])
  })
})
