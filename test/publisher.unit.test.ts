import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { SEARCH_SHARDS } from '../shared/build-layout'
import { deepFreeze } from '../site/lib/content'
import { routeKey } from '../site/lib/route-key'
import { referencedUploads } from '../site/publisher/publisher'
import { outputOf } from '../site/publisher/renderer'
import { searchableContent, shardOf } from '../site/publisher/search'
import { fileFor } from '../site/publisher/server'
import type { Manifest } from '../site/publisher/store'
import { projectRoot } from './helpers/processes'

/** The publisher's pure parts, table by table. */
describe('where a route is written and requested (Astro directory format, trailing slashes)', () => {
  const page = { type: 'page' } as never
  const endpoint = { type: 'endpoint' } as never
  it.each([
    ['/', page, 'index.html', '/'],
    ['/publikationer', page, 'publikationer/index.html', '/publikationer/'],
    ['/publikationer/ar/2020/', page, 'publikationer/ar/2020/index.html', '/publikationer/ar/2020/'],
    ['/404', page, '404.html', '/404/'],
    ['/en/404', page, 'en/404.html', '/en/404/'],
    ['/publikationer/rss.xml', endpoint, 'publikationer/rss.xml', '/publikationer/rss.xml'],
    ['/statistik/befolkning.csv', endpoint, 'statistik/befolkning.csv', '/statistik/befolkning.csv'],
  ])('%s', (pathname, route, file, url) => {
    expect(outputOf(pathname, route)).toEqual({ file, url })
  })
})

describe('which file of the live build answers a request', () => {
  const manifest = {
    id: 'x',
    createdAt: '',
    files: Object.fromEntries(
      ['index.html', 'a/index.html', 'publikationer/rss.xml', '404.html', 'media/bild.webp'].map((f) => [f, { hash: f }]),
    ),
  } as Manifest
  it.each([
    ['/', 'index.html'],
    ['/a/', 'a/index.html'],
    ['/a', 'a/index.html'],
    ['/publikationer/rss.xml', 'publikationer/rss.xml'],
    ['/media/bild.webp', 'media/bild.webp'],
    ['/finns-inte/', undefined],
    ['/../store/ab/abc', undefined],
    ['/%2e%2e/live.json', undefined],
    ['/%E0%A4%A', undefined],
  ])('%s', (pathname, file) => {
    expect(fileFor(manifest, pathname)).toBe(file)
  })
})

describe('route keys', () => {
  const report = deepFreeze({ id: 1, title: 'A', topics: [{ id: 2, title: 'T' }] })
  it('are equal for equal data and differ for any difference, inside frozen documents too', () => {
    expect(routeKey({ report, n: 1 })).toBe(routeKey({ report, n: 1 }))
    expect(routeKey({ report, n: 1 })).not.toBe(routeKey({ report, n: 2 }))
    expect(routeKey({ report })).toBe(routeKey({ report: deepFreeze({ id: 1, title: 'A', topics: [{ id: 2, title: 'T' }] }) }))
    expect(routeKey({ report })).not.toBe(routeKey({ report: deepFreeze({ id: 1, title: 'A', topics: [{ id: 2, title: 'U' }] }) }))
    expect(routeKey({ list: [report], n: 1 })).not.toBe(routeKey({ list: [report, report], n: 1 }))
  })
})

describe('what the search index holds of a page', () => {
  const page = (main: string, nav = '<nav>Meny</nav>') =>
    `<html><head><meta property="og:title" content="Titel" data-pagefind-meta="title[content]"></head><body>${nav}<main data-pagefind-body>${main}</main><footer>Sidfot</footer></body></html>`
  it.each([
    ['a page without data-pagefind-body', '<html><body><main>x</main></body></html>', undefined],
    [
      'the body and the meta tags',
      page('<h1>Rubrik</h1>'),
      '<meta property="og:title" content="Titel" data-pagefind-meta="title[content]">\n<main data-pagefind-body><h1>Rubrik</h1></main>',
    ],
    [
      'ignored parts left out, nested ones too',
      page('<h1>R</h1><section data-pagefind-ignore><section><p>a</p></section><p>b</p></section><p>kvar</p>'),
      '<meta property="og:title" content="Titel" data-pagefind-meta="title[content]">\n<main data-pagefind-body><h1>R</h1><p>kvar</p></main>',
    ],
  ])('%s', (_name, html, expected) => {
    expect(searchableContent(html)).toBe(expected)
  })
  it('is the same when only the menu changed, and not when the body did', () => {
    expect(searchableContent(page('<p>x</p>', '<nav>Ny meny</nav>'))).toBe(searchableContent(page('<p>x</p>')))
    expect(searchableContent(page('<p>y</p>'))).not.toBe(searchableContent(page('<p>x</p>')))
  })
  it('spreads pages over every shard', () => {
    const shards = new Set(Array.from({ length: 200 }, (_, i) => shardOf(`/publikationer/rapport-${i}/`)))
    expect(shards.size).toBe(SEARCH_SHARDS)
  })
})

describe('the Astro internals the renderer relies on', () => {
  it('are pinned: Astro and its Node adapter at exact versions (site/publisher/renderer.ts says what to re-check)', () => {
    const { dependencies } = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8'))
    expect(dependencies.astro).toMatch(/^\d+\.\d+\.\d+$/)
    expect(dependencies['@astrojs/node']).toMatch(/^\d+\.\d+\.\d+$/)
    const installed = JSON.parse(fs.readFileSync(path.join(projectRoot, 'node_modules/astro/package.json'), 'utf8')).version
    expect(installed).toBe(dependencies.astro)
  })
})

describe('the uploaded files a build holds', () => {
  const pdf = (filename: string) => ({
    url: `/api/documents/file/${filename}`,
    filename,
    mimeType: 'application/pdf',
    updatedAt: '2026-01-01',
  })
  const site = (parts: Record<string, unknown[]>) => ({
    pages: [],
    reports: [],
    datasets: [],
    topics: [],
    privacyNotices: [],
    settings: undefined,
    navigation: undefined,
    ...parts,
  })
  it.each<[string, object, string[]]>([
    ["a published report's file", site({ reports: [{ _status: 'published', pdf: pdf('a.pdf') }] }), ['dokument/a.pdf']],
    [
      'not the file of a report that is only a copy inside a page (deleted or unpublished since)',
      site({ pages: [{ _status: 'published', layout: [{ reports: [{ _status: 'published', pdf: pdf('borta.pdf') }] }] }] }),
      [],
    ],
    [
      'the file of a report published in English only',
      { ...site({}), english: site({ reports: [{ _status: 'published', pdf: pdf('english.pdf') }] }) },
      ['dokument/english.pdf'],
    ],
  ])('%s', (_case, content, files) => {
    expect(referencedUploads(content as never).map((upload) => upload.file)).toEqual(files)
  })
})
