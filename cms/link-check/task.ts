import type { Payload, TaskConfig } from 'payload'

import { siteUrl } from '../../shared/urls'
import { externalLinksIn } from '../../site/publisher/links'
import { SiteStore } from '../../site/publisher/store'
import { siteDir } from '../site-build/folders'
import { checkLinks, type CheckOptions } from './check'

const DAY = 86_400_000
/** How long a result is trusted: a working link for a week, a broken one until the next night. */
const TRUSTED_FOR = { ok: 7 * DAY, broken: 20 * 60 * 60 * 1000 }

/** Every external link of the live build, with the pages it is on. */
export function externalLinksOfLiveSite(dir = siteDir()): Map<string, string[]> {
  const store = new SiteStore(dir)
  const id = store.liveId()
  const manifest = id ? store.readManifest(id) : undefined
  const found = new Map<string, string[]>()
  const seenFiles = new Map<string, string[]>()
  for (const [file, { hash }] of Object.entries(manifest?.files ?? {})) {
    if (!file.endsWith('.html')) continue
    // Pages with the same bytes (rare) are read once.
    let links = seenFiles.get(hash)
    if (!links) {
      links = externalLinksIn(store.read(hash).toString('utf8'), siteUrl())
      seenFiles.set(hash, links)
    }
    const page = `/${file.replace(/index\.html$/, '')}`
    for (const url of links) found.set(url, [...(found.get(url) ?? []), page])
  }
  return found
}

/** Checks the live site's external links (those not checked recently) and stores what was found. */
export async function checkExternalLinks(payload: Payload, options: CheckOptions & { now?: Date; dir?: string } = {}) {
  const now = options.now ?? new Date()
  const found = externalLinksOfLiveSite(options.dir)
  const known = new Map(
    (await payload.find({ collection: 'external-links', pagination: false, depth: 0, overrideAccess: true })).docs.map((doc) => [
      doc.url,
      doc,
    ]),
  )
  const due = [...found.keys()].filter((url) => {
    const doc = known.get(url)
    if (!doc?.checkedAt) return true
    return now.getTime() - new Date(doc.checkedAt).getTime() >= (doc.ok ? TRUSTED_FOR.ok : TRUSTED_FOR.broken)
  })
  const results = new Map((await checkLinks(due, options)).map((result) => [result.url, result]))
  for (const [url, pages] of found) {
    const result = results.get(url)
    const data = {
      url,
      pages: pages.sort(),
      ...(result ? { ok: result.ok, status: result.status ?? null, error: result.error ?? null, checkedAt: now.toISOString() } : {}),
    }
    const doc = known.get(url)
    if (doc) await payload.update({ collection: 'external-links', id: doc.id, data, overrideAccess: true })
    else await payload.create({ collection: 'external-links', data, overrideAccess: true })
  }
  // Links no longer on the site go from the list.
  const gone = [...known.values()].filter((doc) => !found.has(doc.url)).map((doc) => doc.id)
  if (gone.length > 0) await payload.delete({ collection: 'external-links', where: { id: { in: gone } }, overrideAccess: true })
  return { links: found.size, checked: due.length, broken: [...results.values()].filter((r) => !r.ok).length }
}

const numberFrom = (value: string | undefined, fallback: number) => (value && Number.isFinite(Number(value)) ? Number(value) : fallback)

/** Daily (05:00) in the jobs queue. LINK_CHECK_TIMEOUT_MS and LINK_CHECK_HOST_INTERVAL_MS tune it. */
export const CheckExternalLinksTask: TaskConfig<'checkExternalLinks'> = {
  slug: 'checkExternalLinks',
  label: 'Check links to other websites',
  schedule: [{ cron: '0 0 5 * * *', queue: 'default' }],
  outputSchema: [
    { name: 'links', type: 'number' },
    { name: 'checked', type: 'number' },
    { name: 'broken', type: 'number' },
  ],
  retries: 1,
  handler: async ({ req }) => ({
    output: await checkExternalLinks(req.payload, {
      timeoutMs: numberFrom(process.env.LINK_CHECK_TIMEOUT_MS, 10_000),
      perHostIntervalMs: numberFrom(process.env.LINK_CHECK_HOST_INTERVAL_MS, 1000),
    }),
  }),
}
