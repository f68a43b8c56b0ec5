import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import type { Browser } from 'playwright-core'

import type { Dataset } from '../../shared/payload-types'
import { ARROW_KEYS, regionInDirection, type LabelledRegion } from '../../shared/statistics/map-keys'
import { launchBrowser } from './browser'
import { startTestCms, type TestCms } from './cms'
import { buildSite, serveStatic } from './site'

/** The demo site built from a test CMS, served as a static host would, with Chromium to visit it: what the statistics suites share. */
export interface BuiltDemoSite {
  cms: TestCms
  /** The static site's address. */
  url: string
  browser: Browser
  /** A file of the built site, e.g. file('statistik/befolkning.json'). */
  file: (route: string) => string
  /** A page's built HTML, e.g. html('statistik/befolkning'). */
  html: (route: string) => string
  /** A dataset as stored in the CMS. */
  dataset: (slug: string) => Promise<Dataset>
  close: () => Promise<void>
}

/**
 * Seeds the demo content, lets `prepare` change it (an editor's choices), builds the site with `npm run build`
 * and serves it. Call in beforeAll with a timeout of a few minutes, and close in afterAll.
 */
export async function buildDemoSite(prepare?: (payload: Payload) => Promise<void>): Promise<BuiltDemoSite> {
  const cms = await startTestCms()
  const { seed } = await import('../../cms/seed')
  await seed(cms.payload)
  await prepare?.(cms.payload)
  const out = path.join(cms.dataDir, 'site')
  await buildSite(out)
  const file = (route: string) => path.join(out, 'client', route)
  const site = await serveStatic(file(''))
  const browser = await launchBrowser()
  return {
    cms,
    url: site.url,
    browser,
    file,
    html: (route) => fs.readFileSync(file(path.join(route, 'index.html')), 'utf8'),
    dataset: async (slug) =>
      (await cms.payload.find({ collection: 'datasets', where: { slug: { equals: slug } }, overrideAccess: true })).docs[0],
    close: async () => {
      await browser.close()
      site.close()
      await cms.stop()
    },
  }
}

/** "10 587 710", "−0,7 %", "18,5" (Swedish spaces, minus and decimal comma) → a number. */
export const swedishNumber = (text: string) =>
  Number(
    text
      .replace(/[\s\u00a0\u202f%]/g, '')
      .replace('\u2212', '-')
      .replace(',', '.'),
  )

/** The arrow keys that lead from one region to another on a map: breadth first over the island's own moves (map-keys.ts). */
export function arrowKeysBetween(regions: LabelledRegion[], from: string, to: string): string[] {
  const paths = new Map<string, string[]>([[from, []]])
  for (const queue = [from]; queue.length > 0;) {
    const code = queue.shift()!
    for (const key of Object.keys(ARROW_KEYS)) {
      const next = regionInDirection(regions, code, ARROW_KEYS[key])
      if (next && !paths.has(next)) {
        paths.set(next, [...paths.get(code)!, key])
        queue.push(next)
      }
    }
  }
  const keys = paths.get(to)
  if (!keys) throw new Error(`no arrow keys lead from ${from} to ${to}`)
  return keys
}
