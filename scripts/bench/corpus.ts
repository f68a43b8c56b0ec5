/**
 * The synthetic corpus, created in the temporary database on top of the demo content: 20 % pages (in trees of up
 * to 50), 80 % reports, all published. The publish samples find their documents again by these slugs.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { paragraph } from '../../shared/lexical'
import { log } from './report'

export const corpusPageCount = (docs: number) => Math.round(docs * 0.2)
export const corpusPageSlug = (i: number) => `sida-${i}`
export const corpusReportSlug = (i: number) => `rapport-${i}`

/** Seeds the demo site, adds `docs` documents and exports the published content as JSON; returns the export's folder. */
export async function createCorpus(work: string, docs: number): Promise<string> {
  // Imported here, not at the top: the CMS reads DATA_DIR and its other settings when it is loaded, which the
  // benchmark sets first, to a temporary folder.
  const { getCms } = await import('../../cms/get-cms')
  const { seed } = await import('../../cms/seed')
  const payload = await getCms()
  await seed(payload, { rebuild: false })
  const started = performance.now()
  await createDocuments(payload, docs)
  log(`corpus of ${docs} documents created in ${((performance.now() - started) / 1000).toFixed(0)} s`)
  const jsonDir = await exportJson(work)
  await payload.destroy()
  return jsonDir
}

async function createDocuments(payload: Payload, docs: number): Promise<void> {
  const pageCount = corpusPageCount(docs)
  const parents: number[] = []
  const topicIds = (await payload.find({ collection: 'topics', overrideAccess: true, depth: 0 })).docs.map((t) => t.id)
  for (let i = 0; i < docs; i++) {
    if (i < pageCount) {
      // Every 50th page (and the first) starts a tree; the others hang under one of those.
      const parent = i % 50 === 0 || parents.length === 0 ? undefined : parents[i % parents.length]
      const id = await createPage(payload, i, parent)
      if (!parent) parents.push(id)
    } else await createReport(payload, i, topicIds[i % topicIds.length])
    if ((i + 1) % 1000 === 0) log(`${i + 1} documents created`)
  }
}

// skipRebuild: the corpus is not published document by document (SITE_REBUILD is off too).
async function createPage(payload: Payload, i: number, parent: number | undefined): Promise<number> {
  const page = await payload.create({
    collection: 'pages',
    data: {
      title: `Syntetisk sida ${i}`,
      slug: corpusPageSlug(i),
      lead: `Ingress för sida ${i}.`,
      parent,
      layout: [{ blockType: 'richText', content: paragraph(`Text på sida ${i}.`) }],
      _status: 'published',
    },
    overrideAccess: true,
    context: { skipRebuild: true },
  })
  return page.id
}

async function createReport(payload: Payload, i: number, topicId: number): Promise<void> {
  await payload.create({
    collection: 'reports',
    data: {
      title: `Syntetisk rapport ${i}`,
      slug: corpusReportSlug(i),
      publishedDate: new Date(Date.UTC(2000 + (i % 25), i % 12, 1 + (i % 28))).toISOString(),
      topics: [topicId],
      type: 'rapport',
      summary: paragraph(`Sammanfattning av rapport ${i}.`),
      _status: 'published',
    },
    overrideAccess: true,
    context: { skipRebuild: true },
  })
}

/** The same published content as JSON files and uploads, for the build without a CMS (CONTENT_JSON_DIR). */
async function exportJson(work: string): Promise<string> {
  const { contentSource } = await import('../../site/lib/cms-source')
  const jsonDir = path.join(work, 'json')
  fs.mkdirSync(path.join(jsonDir, 'globals'), { recursive: true })
  for (const collection of ['pages', 'reports', 'datasets', 'topics', 'privacy-notices', 'media', 'documents'] as const) {
    fs.writeFileSync(path.join(jsonDir, `${collection}.json`), JSON.stringify(await contentSource().findAll(collection)))
  }
  for (const slug of ['site-settings', 'navigation'] as const)
    fs.writeFileSync(path.join(jsonDir, `globals/${slug}.json`), JSON.stringify(await contentSource().findGlobal(slug)))
  for (const collection of ['media', 'documents'])
    fs.cpSync(path.join(work, 'uploads', collection), path.join(jsonDir, 'uploads', collection), { recursive: true })
  return jsonDir
}
