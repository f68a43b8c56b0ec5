import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { rewriteArchived } from '../shared/archive'
import { hashOf, SiteStore } from '../site/publisher/store'

/** The archive of what the site said (issue 16): which build was live when, what is kept, and how a page is shown. */
describe('an archived page, shown inside the admin', () => {
  it.each([
    { html: '<a href="/publikationer/">', shown: '<a href="/api/site-archive/B1/publikationer/">' },
    { html: "<link rel='stylesheet' href='/_astro/a.css'>", shown: "<link rel='stylesheet' href='/api/site-archive/B1/_astro/a.css'>" },
    {
      html: '<img src="/media/a.webp" srcset="/media/a-400.webp 400w, /media/a-800.webp 800w">',
      shown:
        '<img src="/api/site-archive/B1/media/a.webp" srcset="/api/site-archive/B1/media/a-400.webp 400w, /api/site-archive/B1/media/a-800.webp 800w">',
    },
    { html: '<a href="https://www.scb.se/">', shown: '<a href="https://www.scb.se/">' },
    { html: '<a href="//cdn.example/x">', shown: '<a href="//cdn.example/x">' },
    { html: '@font-face{src:url(/_astro/f.woff2)}', shown: '@font-face{src:url(/api/site-archive/B1/_astro/f.woff2)}' },
    {
      html: '<meta http-equiv="refresh" content="0; url=/ny/">',
      shown: '<meta http-equiv="refresh" content="0; url=/api/site-archive/B1/ny/">',
    },
    { html: '<form action="/api/forms/submit">', shown: '<form action="/api/site-archive/B1/api/forms/submit">' },
  ])('$html', ({ html, shown }) => {
    expect(rewriteArchived(html, 'B1')).toBe(shown)
  })
})

describe('which build was live when', () => {
  let dir: string
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))
  const manifest = (store: SiteStore, id: string, createdAt: string) =>
    store.writeManifest({ id, createdAt, files: { 'index.html': { hash: store.put(Buffer.from(id)) } } })

  it('answers a time with the build live then, and keeps every build unless told how many days', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-'))
    const store = new SiteStore(dir)
    const log = (entries: [string, string][]) =>
      fs.writeFileSync(path.join(dir, 'live-log.jsonl'), entries.map(([id, at]) => `${JSON.stringify({ id, at })}\n`).join(''))
    const day = 86_400_000
    const ago = (days: number) => new Date(Date.now() - days * day).toISOString()
    manifest(store, 'a', ago(40))
    manifest(store, 'b', ago(10))
    manifest(store, 'c', ago(1))
    log([
      ['a', ago(40)],
      ['b', ago(10)],
      ['c', ago(1)],
      ['a', ago(0.5)],
    ])
    expect(store.liveAt(new Date(Date.now() - 20 * day))).toBe('a')
    expect(store.liveAt(new Date(Date.now() - 2 * day))).toBe('b')
    expect(store.liveAt(new Date(Date.now() - 0.75 * day))).toBe('c')
    // Rolled back to a: a is what was live since.
    expect(store.liveAt(new Date())).toBe('a')
    expect(store.liveAt(new Date(Date.now() - 50 * day))).toBeUndefined()

    store.prune(1, ['c'])
    expect(store.manifestIds().sort()).toEqual(['a', 'b', 'c'])
    store.prune(1, ['c'], 30)
    expect(store.manifestIds().sort()).toEqual(['b', 'c'])
    expect(store.liveAt(new Date(Date.now() - 20 * day))).toBeUndefined()
    // The file only the pruned build used is gone from the store; the others stay.
    expect(fs.existsSync(store.objectPath(hashOf('a')))).toBe(false)
    expect(fs.existsSync(store.objectPath(hashOf('b')))).toBe(true)
  })
})
