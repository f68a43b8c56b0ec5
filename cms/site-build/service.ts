/**
 * The publishing service: the resident publisher (site/publisher/) wired to the CMS. It runs in one process
 * (`npm start`'s, beside the admin server), reads content through Payload's Local API as an anonymous visitor,
 * and publishes whenever it is woken:
 *  - in its own process a save calls it directly; the admin server (another process) posts to its loopback
 *    address (PUBLISHER_URL), and it also looks for waiting jobs every few seconds (a second CMS instance);
 *  - it reads every waiting `rebuildSite` job (queue.ts), publishes all their changes in one go, and deletes them once live;
 *  - at start it builds everything (the code may be new), which also covers jobs left from before a crash.
 * Each publish is recorded in the `site-build` global (phases, routes rendered) for the admin's build panel (history.ts).
 * What it publishes is declared by the publishing plugin (plugin.ts); this is the part that runs.
 */
import http from 'node:http'
import path from 'node:path'

import type { Payload } from 'payload'

import { isContentLocale, type ContentLocale } from '../../shared/locales'
import { siteUrl } from '../../shared/urls'
import { contentSource, type ContentSource } from '../../site/lib/cms-source'
import type { ContentChange } from '../../site/lib/snapshot'
import { Publisher, type PublishRecord } from '../../site/publisher/publisher'
import { projectRoot } from '../paths'
import { codeDir, siteDir } from './folders'
import { setLocalPublisherQueries, type PublisherQueries } from './impact'
import { saveRecord, setLive } from './history'
import { forgetChanges, forgetChangesBefore, setLocalWake, waitingChanges } from './queue'

const POLL_MS = 3000
const PRUNE_EVERY_MS = 60_000

export interface PublishingService {
  publisher: Publisher
  /** Publishes the waiting jobs now (resolves when they are live, or the publish failed). */
  drain(): Promise<PublishRecord | undefined>
  /** The loopback address the admin server wakes it at (when `listen` was asked for). */
  url?: string
  stop(): Promise<void>
}

export async function startPublishingService(
  payload: Payload,
  options: { listen?: boolean; log?: (line: string) => void } = {},
): Promise<PublishingService> {
  const log = options.log ?? ((line: string) => payload.logger.info(line))
  const startedAt = new Date()
  const { publisher, record } = await Publisher.start({
    root: projectRoot,
    siteDir: siteDir(),
    codeDir: codeDir(),
    siteUrl: siteUrl(),
    archiveDays: archiveDays(),
    log,
  })
  await saveRecord(payload, record, true)
  if (process.env.SITE_EXPORT_DIR && publisher.live) publisher.store.exportTo(publisher.live, path.resolve(process.env.SITE_EXPORT_DIR))
  // The full build covered every change saved before it started.
  await forgetChangesBefore(payload, startedAt)

  let draining: Promise<PublishRecord | undefined> | undefined
  let again = false
  let recording: Promise<unknown> = Promise.resolve()
  let lastPrune = 0

  async function drainOnce(): Promise<PublishRecord | undefined> {
    const waiting = await waitingChanges(payload)
    if (waiting.length === 0) return undefined
    const changes: ContentChange[] = []
    for (const { change } of waiting) {
      if ('rollback' in change) {
        try {
          publisher.rollbackTo(change.rollback)
          recording = recording
            .then(() => setLive(payload, change.rollback))
            .catch((error) => log(`could not record the rollback: ${error}`))
        } catch (error) {
          log(`rollback to ${change.rollback} refused: ${(error as Error).message}`)
        }
      } else changes.push(change)
    }
    const reason = [...new Set(waiting.map((w) => w.reason))].slice(0, 5).join('; ')
    if (changes.length === 0) {
      // Only rollbacks: the earlier build stays live until the next change.
      await forgetChanges(payload, waiting)
      return undefined
    }
    const last = await publisher.publish(changes, reason)
    if (last.status !== 'failed') await forgetChanges(payload, waiting)
    if (last.status !== 'unchanged') {
      const done = last
      // Recorded after the switch, so the admin's bookkeeping never delays a change going live.
      recording = recording
        .then(() => saveRecord(payload, done, done.status === 'succeeded'))
        .catch((error) => log(`could not record the publish: ${error}`))
      if (done.status === 'succeeded') recording = recording.then(() => afterLive(done.id))
    }
    return last
  }

  /**
   * Housekeeping after a build went live, off the hot path: old builds pruned, and with SITE_EXPORT_DIR the live
   * build written out as a folder of hard links (skipped when a newer build is already live).
   */
  async function afterLive(id: string) {
    const exportDir = process.env.SITE_EXPORT_DIR
    if (exportDir && publisher.live?.id === id) publisher.store.exportTo(publisher.live, path.resolve(exportDir))
    // Pruning reads every kept manifest and lists the store: at most once a minute, not after every publish.
    if (Date.now() - lastPrune > PRUNE_EVERY_MS) {
      lastPrune = Date.now()
      publisher.prune()
    }
  }

  /** One drain at a time; a wake-up during a drain runs one more after it (the new jobs may not have been read). */
  function drain(): Promise<PublishRecord | undefined> {
    if (draining) {
      again = true
      return draining
    }
    draining = (async () => {
      let last: PublishRecord | undefined
      do {
        again = false
        last = (await drainOnce()) ?? last
      } while (again)
      return last
    })().finally(() => (draining = undefined))
    return draining
  }

  // A save's job becomes visible when its transaction commits, which can be just after the wake-up: look again shortly.
  // A failed read of the jobs (the database busy, say) is logged and tried again by the next wake-up or poll.
  const drainLogged = () => drain().catch((error) => (log(`could not read the waiting changes: ${(error as Error).message}`), undefined))
  const wake = () => {
    void drainLogged().then((record) => {
      if (!record) setTimeout(() => void drainLogged(), 25)
    })
  }
  setLocalWake(wake)
  const queries: PublisherQueries = {
    impact: (collection, id, locale) => publisher.impact({ collection, id }, draftSource(payload, { collection, id, locale })),
    linksTo: (address) => publisher.linksTo(address),
  }
  setLocalPublisherQueries(queries)
  const poll = setInterval(() => void drainLogged(), POLL_MS)
  poll.unref()

  let server: http.Server | undefined
  let url: string | undefined
  if (options.listen) {
    server = http.createServer((req, res) => {
      if (req.method === 'POST' && req.url === '/wake') {
        wake()
        return void res.writeHead(202).end()
      }
      // The admin server's questions before a publish (cms/site-build/impact.ts); on loopback only, like the wake-up.
      const url = new URL(req.url ?? '/', 'http://publisher')
      const json = (body: unknown) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body))
      const locale = url.searchParams.get('locale')
      if (req.method === 'GET' && url.pathname === '/impact' && isContentLocale(locale))
        return void queries
          .impact(url.searchParams.get('collection') ?? '', url.searchParams.get('id') ?? '', locale)
          .then(json, () => res.writeHead(500).end())
      if (req.method === 'GET' && url.pathname === '/links-to') return json(queries.linksTo(url.searchParams.get('address') ?? ''))
      res.writeHead(404).end()
    })
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`
  }

  return {
    publisher,
    drain,
    url,
    async stop() {
      clearInterval(poll)
      setLocalWake(undefined)
      setLocalPublisherQueries(undefined)
      server?.close()
      await draining
      await recording
      await publisher.stop()
    },
  }
}

/** SITE_ARCHIVE_DAYS: how many days the archive keeps earlier builds; unset, every one is kept. */
function archiveDays(): number | undefined {
  const value = process.env.SITE_ARCHIVE_DAYS
  if (value === undefined || value === '') return undefined
  const days = Number(value)
  if (!Number.isInteger(days) || days < 1) throw new Error(`SITE_ARCHIVE_DAYS must be a whole number of days, 1 or more (got "${value}").`)
  return days
}

/**
 * The content source with one document read as it would be published: its latest draft in the language being edited
 * (for the impact of publishing it); everything else as published.
 */
function draftSource(payload: Payload, target: { collection: string; id: string; locale: ContentLocale }): ContentSource {
  const base = contentSource()
  return {
    ...base,
    async findByIds(collection, ids, locale) {
      const isTarget = collection === target.collection && (locale ?? 'sv') === target.locale && ids.includes(target.id)
      const docs = await base.findByIds(collection, isTarget ? ids.filter((id) => id !== target.id) : ids, locale)
      if (!isTarget) return docs
      const draft = await payload.findByID({
        collection: collection as 'pages',
        id: target.id,
        draft: true,
        locale: target.locale,
        fallbackLocale: false,
        depth: 2,
        overrideAccess: true,
        disableErrors: true,
      })
      return draft?.slug ? [...docs, { ...draft, _status: 'published' } as (typeof docs)[number]] : docs
    },
  }
}
