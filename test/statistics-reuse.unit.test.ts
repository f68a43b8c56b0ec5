import { describe, expect, it } from 'vitest'

import type { Dataset } from '../shared/payload-types'
import { headersFile, headersFor, pathMatches, siteHeaderRules } from '../shared/security/headers'
import { DATASET_JSON_FORMAT, datasetJson, richTextPlain } from '../shared/statistics/dataset-json'
import { deepFreeze, getDatasets, setSiteContent, type SiteContent } from '../site/lib/content'
import { datasetEmbedRouteData, pathsWithData } from '../site/lib/route-data'
import { embedCode } from '../site/lib/statistics-reuse'

/** Reusing statistics elsewhere: the dataset as JSON, the <iframe> code, and the one kind of page others may frame. */

const text = (t: string) => ({ type: 'text', text: t, version: 1 })
const block = (type: string, ...children: object[]) => ({ type, children, version: 1 })
const richText = (...children: object[]) =>
  ({ root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 } }) as Dataset['methodology']

const dataset = {
  id: 7,
  title: 'Befolkning i länen',
  description: 'Folkmängden den 31 december.',
  indicator: 'Folkmängd',
  unit: 'personer',
  decimals: 0,
  source: { name: 'SCB', url: 'https://www.scb.se/' },
  methodology: richText(block('paragraph', text('Folkmängden '), { type: 'linebreak', version: 1 }, text('vid årets slut.'))),
  observations: [
    { region: '25', year: 2024, value: 249_693 },
    { region: '01', year: 2024, value: 2_454_821 },
    { region: '25', year: 2023, value: 250_000.5 },
  ],
  kind: 'numeric',
  regionLevel: 'county',
  countryReference: 'sum',
  slug: 'befolkning',
  updatedAt: '2026-11-30T10:00:00.000Z',
  createdAt: '2026-01-01T00:00:00.000Z',
} satisfies Dataset

describe('the dataset as JSON', () => {
  it('holds the observations as stored and the metadata needed to read them', () => {
    const json = datasetJson(dataset, 'https://example.se')
    expect(json).toEqual({
      format: DATASET_JSON_FORMAT,
      slug: 'befolkning',
      title: 'Befolkning i länen',
      description: 'Folkmängden den 31 december.',
      indicator: 'Folkmängd',
      unit: 'personer',
      decimals: 0,
      kind: 'numeric',
      regionLevel: 'county',
      countryReference: 'sum',
      source: { name: 'SCB', url: 'https://www.scb.se/' },
      method: 'Folkmängden \nvid årets slut.',
      updatedAt: '2026-11-30T10:00:00.000Z',
      links: { page: 'https://example.se/statistik/befolkning/', csv: 'https://example.se/statistik/befolkning.csv' },
      regions: { '01': 'Stockholms län', '25': 'Norrbottens län' },
      observations: dataset.observations,
    })
    expect(JSON.parse(JSON.stringify(json))).toEqual(json)
  })

  it('keeps survey answers and gives a source without address as null', () => {
    const survey = {
      ...dataset,
      kind: 'survey',
      source: { name: 'Egen enkät' },
      methodology: null,
      observations: [{ region: '00', year: 2025, value: 41.5, category: 'Ja' }],
    } satisfies Dataset
    const json = datasetJson(survey, 'https://example.se')
    expect(json.observations).toEqual([{ region: '00', year: 2025, value: 41.5, category: 'Ja' }])
    expect(json.regions).toEqual({ '00': 'Riket' })
    expect(json.source).toEqual({ name: 'Egen enkät', url: null })
    expect(json.method).toBe('')
  })

  it.each([
    ['paragraphs separated by a blank line', [block('paragraph', text('Ett.')), block('paragraph', text('Två.'))], 'Ett.\n\nTvå.'],
    [
      'a heading and a link’s text',
      [block('heading', text('Metod')), block('paragraph', text('Se '), block('link', text('SCB')))],
      'Metod\n\nSe SCB',
    ],
    [
      'list items on lines of their own',
      [block('paragraph', text('Brott:')), block('list', block('listitem', text('1998')), block('listitem', text('2007')))],
      'Brott:\n\n– 1998\n– 2007',
    ],
    ['empty paragraphs left out', [block('paragraph'), block('paragraph', text('Bara detta.'))], 'Bara detta.'],
  ])('rich text as plain text: %s', (_name, children, expected) => {
    expect(richTextPlain(richText(...children))).toBe(expected)
  })
})

describe('the <iframe> code', () => {
  it('names the frame, has a size and the embed’s absolute address, escaped', () => {
    expect(embedCode({ slug: 'befolkning', title: 'Befolkning "i" länen', siteName: 'Regionalverket' }, 'https://example.se')).toBe(
      '<iframe src="https://example.se/statistik/befolkning/inbaddning/" title="Diagram: Befolkning &#34;i&#34; länen (Regionalverket)" width="640" height="600" loading="lazy"></iframe>',
    )
  })
})

describe('which pages other sites may frame', () => {
  const rules = siteHeaderRules({ https: false })

  it.each([
    ['/statistik/befolkning/inbaddning/', true],
    ['/statistik/befolkning/', false],
    ['/statistik/befolkning.json', false],
    ['/statistik/', false],
    ['/statistik/a/b/inbaddning/', false],
    ['/statistik/befolkning/inbaddning/x/', false],
    ['/', false],
    ['/media/bild.webp', false],
  ])('%s: frameable %s', (pathname, frameable) => {
    const headers = headersFor(pathname, rules)
    expect(headers['Content-Security-Policy']).toContain(frameable ? 'frame-ancestors *' : "frame-ancestors 'none'")
    expect(headers['X-Frame-Options']).toBe(frameable ? undefined : 'DENY')
    expect(headers['X-Content-Type-Options']).toBe('nosniff')
  })

  it('matches paths as _headers does: * for any rest, :name for one segment', () => {
    expect(pathMatches('/*', '/')).toBe(true)
    expect(pathMatches('/media/*', '/media/a/b.png')).toBe(true)
    expect(pathMatches('/media/*', '/mediax')).toBe(false)
    expect(pathMatches('/a/:slug/b/', '/a/x.y/b/')).toBe(true)
    expect(pathMatches('/a/:slug/b/', '/a/x/y/b/')).toBe(false)
  })

  it('tells static hosts to detach the page policy and X-Frame-Options for the embeds', () => {
    expect(headersFile(rules)).toContain(
      "/statistik/:slug/inbaddning/\n  ! Content-Security-Policy\n  Content-Security-Policy: frame-ancestors *; object-src 'none'; base-uri 'self'\n  ! X-Frame-Options\n",
    )
  })
})

describe('the keys the publisher renders the JSON and the embed again by', () => {
  // As the JSON route ([slug].json.ts) and the embed ([slug]/inbaddning.astro) compute them.
  const keys = (content: SiteContent) => {
    setSiteContent(content)
    const json = pathsWithData(
      getDatasets(),
      (d) => ({ slug: d.slug }),
      (d) => d,
    )
    const embed = pathsWithData(getDatasets(), (d) => ({ slug: d.slug }), datasetEmbedRouteData)
    return { json: json.map((p) => p.cacheKey), embed: embed.map((p) => p.cacheKey) }
  }
  const snapshot = (datasets: Dataset[], menuLabel: string, siteName = 'Regionalverket'): SiteContent =>
    deepFreeze({
      pages: [],
      reports: [],
      datasets,
      topics: [],
      privacyNotices: [],
      settings: { id: 1, siteName, organisation: 'Regionalverket' },
      navigation: { id: 1, items: [{ label: menuLabel, linkType: 'external', url: 'https://example.se/' }] },
    } as SiteContent)
  const other = { ...dataset, id: 8, slug: 'annat', title: 'Annat' }
  const before = keys(snapshot([dataset, other], 'Meny'))

  it('change for the dataset that changed, and only for it', () => {
    const edited = { ...dataset, observations: [...dataset.observations, { region: '01', year: 2025, value: 1 }], updatedAt: 'later' }
    const after = keys(snapshot([edited, other], 'Meny'))
    expect(after.json[0]).not.toBe(before.json[0])
    expect(after.embed[0]).not.toBe(before.embed[0])
    expect(after.json[1]).toBe(before.json[1])
    expect(after.embed[1]).toBe(before.embed[1])
  })

  it('stay when only the menu changes, which neither shows; the embed’s change with the site’s name', () => {
    expect(keys(snapshot([dataset, other], 'Annan meny'))).toEqual(before)
    const renamed = keys(snapshot([dataset, other], 'Meny', 'Nytt namn'))
    expect(renamed.json).toEqual(before.json)
    expect(renamed.embed[0]).not.toBe(before.embed[0])
  })
})
