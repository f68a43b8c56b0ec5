import { describe, expect, it } from 'vitest'

import { internalLinksIn, LinkChecker } from '../site/publisher/links'

/** The link check after a publish (issue 16): which internal links of a page lead to no address of the build. */
describe('the internal links of a page', () => {
  it.each([
    { html: '<a href="/om-oss/">Om oss</a>', links: ['/om-oss/'] },
    { html: '<a class="x" href="/sok/?q=a&amp;b=c#top">Sök</a>', links: ['/sok/'] },
    { html: '<a href="https://www.scb.se/">SCB</a><a href="//cdn.example/x">CDN</a><a href="mailto:a@b.se">E-post</a>', links: [] },
    { html: '<a href="#innehall">Till innehållet</a>', links: [] },
    { html: '<link rel="stylesheet" href="/_astro/x.css"><img src="/media/a.webp">', links: [] },
    { html: '<a href="/a/">1</a><a href="/a/#b">2</a>', links: ['/a/'] },
  ])('$html → $links', ({ html, links }) => {
    expect(internalLinksIn(html)).toEqual(links)
  })
})

describe('checking a build', () => {
  const entry = { hash: 'h' }
  const files = (...names: string[]) => Object.fromEntries(names.map((name) => [name, entry]))

  it('lists a page with links to addresses the build has no file or redirect for; a fixed page leaves the list', () => {
    const checker = new LinkChecker()
    checker.found(
      'a/index.html',
      '<a href="/b/">B</a><a href="/saknas/">?</a><a href="/gammal/">G</a><a href="/dokument/x.pdf">PDF</a><a href="/b">B</a>',
    )
    checker.found('b/index.html', '<a href="/a/">A</a>')
    const build = files('a/index.html', 'b/index.html', 'dokument/x.pdf')
    expect(checker.check(build, new Set(['/gammal/']), ['a/index.html', 'b/index.html'], 'rendered')).toEqual([
      { page: '/a/', links: ['/saknas/'] },
    ])
    checker.found('a/index.html', '<a href="/b/">B</a>')
    expect(checker.check(build, new Set(), ['a/index.html'], 'rendered')).toEqual([])
  })

  it('when an address leaves the build, the pages that were not rendered again are checked too', () => {
    const checker = new LinkChecker()
    checker.found('a/index.html', '<a href="/b/">B</a>')
    checker.found('b/index.html', '<p>B</p>')
    expect(checker.check(files('a/index.html', 'b/index.html'), new Set(), ['a/index.html', 'b/index.html'], 'all')).toEqual([])
    // b is unpublished: a was not rendered again, but its link now leads nowhere.
    expect(checker.check(files('a/index.html'), new Set(), [], 'all')).toEqual([{ page: '/a/', links: ['/b/'] }])
    // A page that left the build is no longer listed.
    expect(checker.check(files(), new Set(), [], 'all')).toEqual([])
  })

  it('when an address is added, a page with a broken link that was not rendered again is checked again', () => {
    const checker = new LinkChecker()
    checker.found('a/index.html', '<a href="/saknas/">?</a>')
    expect(checker.check(files('a/index.html'), new Set(), ['a/index.html'], 'rendered')).toEqual([{ page: '/a/', links: ['/saknas/'] }])
    // A redirect from the missing address (its page is an added file): a's link leads somewhere now.
    expect(checker.check(files('a/index.html', 'saknas/index.html'), new Set(['/saknas/']), [], 'rendered-and-broken')).toEqual([])
  })
})
