// React's CommonJS entry picks its build from NODE_ENV once: the renderer runs in production mode, as in npm start.
import '../scripts/production-mode'

import { spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { PublishingService } from '../cms/site-build/service'
import { paragraph, startTestCms, type TestCms } from './helpers/cms'
import { projectRoot, runToEnd } from './helpers/processes'
import { comparable, folderHashes, liveManifest, liveText, manifestHashes } from './helpers/published'

/**
 * The resident publisher (site/publisher/, cms/site-build/service.ts): a save goes live by rendering only what it
 * touches, and the live build always equals a clean full build of the same content, whatever the sequence of
 * edits; a crash leaves the live site intact; rollback works and the next publish starts from it.
 */
let cms: TestCms
let payload: Payload
let service: PublishingService
let siteDir: string
let startService: typeof import('../cms/site-build/service').startPublishingService

/** A pseudo-random sequence from a seed (mulberry32): the same seed gives the same edits on every run. */
function random(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(list: T[]) => list[Math.floor(next() * list.length)] }
}

const SEED = Number(process.env.PUBLISHER_FUZZ_SEED ?? 20261202)
const STEPS = Number(process.env.PUBLISHER_FUZZ_STEPS ?? 8)
const TYPES = ['rapport', 'promemoria', 'kunskapsoversikt'] as const

const find = async (collection: 'reports' | 'pages' | 'topics' | 'datasets' | 'privacy-notices', where = {}) =>
  (await payload.find({ collection, where, overrideAccess: true, limit: 1000, pagination: false, depth: 0 })).docs as unknown as Record<
    string,
    unknown
  >[]

/** Waits until every change saved so far is live (or its publish failed), and returns the last publish. */
async function published() {
  const record = await service.drain()
  await service.publisher.idle()
  return record
}

/** A clean full build (`npm run build`, a new process) of the same content, compared with the live build. */
async function expectLiveEqualsCleanBuild(label: string) {
  const out = path.join(cms.dataDir, `clean-${label}`)
  await runToEnd(['--import', 'tsx/esm', 'scripts/build-site.ts'], { ...process.env, SITE_OUT_DIR: out })
  const clean = comparable(folderHashes(path.join(out, 'client')))
  const live = comparable(manifestHashes(liveManifest(siteDir)))
  const missing = Object.keys(clean).filter((file) => !(file in live))
  const extra = Object.keys(live).filter((file) => !(file in clean))
  const different = Object.keys(clean).filter((file) => file in live && live[file] !== clean[file])
  expect({ label, missing, extra, different }).toEqual({ label, missing: [], extra: [], different: [] })
  fs.rmSync(out, { recursive: true, force: true })
}

beforeAll(async () => {
  cms = await startTestCms()
  payload = cms.payload
  siteDir = path.join(cms.dataDir, 'site')
  const { seed } = await import('../cms/seed')
  await seed(payload, { rebuild: false })
  // A corpus of a few hundred documents: reports over the years and topics, pages under the section.
  const topics = await find('topics')
  const section = (await find('pages', { path: { equals: '/samordning-och-uppfoljning/' } }))[0]
  for (let i = 0; i < 160; i++) {
    await payload.create({
      collection: 'reports',
      data: {
        title: `Korpusrapport ${i}`,
        slug: `korpus-${i}`,
        publishedDate: new Date(Date.UTC(2010 + (i % 15), i % 12, 1 + (i % 27))).toISOString(),
        type: TYPES[i % 3],
        topics: [topics[i % topics.length].id, ...(i % 4 === 0 ? [topics[(i + 1) % topics.length].id] : [])],
        summary: paragraph(`Sammanfattning av korpusrapport ${i} om regional utveckling.`),
        _status: 'published',
      } as never,
      overrideAccess: true,
      context: { skipRebuild: true },
    })
  }
  for (let i = 0; i < 20; i++) {
    await payload.create({
      collection: 'pages',
      data: { title: `Korpussida ${i}`, slug: `korpussida-${i}`, parent: section.id, lead: `Ingress ${i}.`, _status: 'published' } as never,
      overrideAccess: true,
      context: { skipRebuild: true },
    })
  }
  ;({ startPublishingService: startService } = await import('../cms/site-build/service'))
  service = await startService(payload, { log: (l) => process.env.PUBLISHER_TEST_LOG && console.log(l) })
}, 300_000)
afterAll(async () => {
  await service?.stop()
  await cms?.stop()
})

describe('a publish renders only what a change touches', () => {
  it('puts a report title edit live, rendering its page and the lists that show it but no other report', async () => {
    const report = (await find('reports', { slug: { equals: 'korpus-7' } }))[0]
    await payload.update({
      collection: 'reports',
      id: report.id as number,
      data: { title: 'Korpusrapport sju, ny titel' },
      overrideAccess: true,
    })
    const record = await published()
    expect(record?.status).toBe('succeeded')
    expect(liveText(siteDir, 'publikationer/korpus-7/index.html')).toContain('Korpusrapport sju, ny titel')
    expect(record!.rendered).toContain('/publikationer/korpus-7/')
    const otherReports = record!.rendered.filter(
      (route) => /^\/publikationer\/korpus-\d+\/$/.test(route) && route !== '/publikationer/korpus-7/',
    )
    // Only reports that list it as related render again (their related list shows its title).
    expect(otherReports.length).toBeLessThan(10)
    expect(record!.rendered.length).toBeLessThan(record!.routes / 4)
    expect(record!.phases.render).toBeGreaterThanOrEqual(0)
  })

  it('puts an English page live alone: its English page and its Swedish version (whose language link changes), no other Swedish page', async () => {
    const page = (await find('pages', { path: { equals: '/samordning-och-uppfoljning/samarbete-i-ostersjoregionen/' } }))[0]
    await payload.update({
      collection: 'pages',
      id: page.id as number,
      locale: 'en',
      data: { title: 'Cooperation around the Baltic Sea', slug: 'baltic-sea-cooperation', _status: 'published' },
      overrideAccess: true,
    })
    const record = await published()
    expect(record?.status).toBe('succeeded')
    const english = '/en/coordination-and-follow-up/baltic-sea-cooperation/'
    expect(liveText(siteDir, `${english.slice(1)}index.html`)).toContain('Cooperation around the Baltic Sea')
    expect(liveText(siteDir, 'samordning-och-uppfoljning/samarbete-i-ostersjoregionen/index.html')).toContain(`href="${english}"`)
    // The English section's navigation lists the new page; Swedish pages other than its own version are untouched.
    expect(record!.rendered).toEqual(expect.arrayContaining([english, '/samordning-och-uppfoljning/samarbete-i-ostersjoregionen/']))
    const swedishPages = record!.rendered.filter((route) => route.startsWith('/samordning-och-uppfoljning/'))
    expect(swedishPages).toEqual(['/samordning-och-uppfoljning/samarbete-i-ostersjoregionen/'])
    await expectLiveEqualsCleanBuild('an English page published')
  })

  it("renders a new address from new content with the renderer kept from the build (Astro's prerenderer, its route cache cleared)", async () => {
    await payload.create({
      collection: 'reports',
      data: {
        title: 'Helt ny rapport',
        slug: 'helt-ny',
        publishedDate: '2026-12-01',
        summary: paragraph('Ny.'),
        _status: 'published',
      } as never,
      overrideAccess: true,
    })
    const record = await published()
    expect(record!.rendered).toContain('/publikationer/helt-ny/')
    expect(liveText(siteDir, 'publikationer/helt-ny/index.html')).toContain('<h1>Helt ny rapport')
    expect(liveText(siteDir, 'publikationer/index.html')).toContain('Helt ny rapport')
  })

  it('publishes nothing for a draft, and takes a report off the site when it is unpublished', async () => {
    const report = (await find('reports', { slug: { equals: 'korpus-8' } }))[0]
    const jobs = async () =>
      (await payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'rebuildSite' } }, overrideAccess: true })).totalDocs
    await published()
    await payload.update({
      collection: 'reports',
      id: report.id as number,
      data: { title: 'Ett utkast som inte syns' },
      draft: true,
      overrideAccess: true,
    })
    expect(await jobs()).toBe(0)
    await payload.update({ collection: 'reports', id: report.id as number, data: { _status: 'draft' }, overrideAccess: true })
    await published()
    expect(await jobs()).toBe(0)
    expect(liveText(siteDir, 'publikationer/korpus-8/index.html')).toBeUndefined()
    expect(liveText(siteDir, 'publikationer/index.html')).not.toContain('Ett utkast som inte syns')
  })
})

describe('the live build equals a clean full build', () => {
  it(
    `after a random sequence of ${STEPS} edits (seed ${SEED})`,
    async () => {
      const rnd = random(SEED)
      const report = async () => rnd.pick(await find('reports', { _status: { equals: 'published' } }))
      const operations: Record<string, () => Promise<unknown>> = {
        'edit a report title': async () =>
          payload.update({
            collection: 'reports',
            id: (await report()).id as number,
            data: { title: `Ändrad titel ${rnd.int(1e6)}` },
            overrideAccess: true,
          }),
        'edit a report summary': async () =>
          payload.update({
            collection: 'reports',
            id: (await report()).id as number,
            data: { summary: paragraph(`Ny sammanfattning ${rnd.int(1e6)}.`) },
            overrideAccess: true,
          }),
        'publish a new report': async () => {
          const topics = await find('topics')
          const n = rnd.int(1e6)
          return payload.create({
            collection: 'reports',
            data: {
              title: `Ny rapport ${n}`,
              slug: `ny-rapport-${n}`,
              publishedDate: `20${10 + rnd.int(16)}-0${1 + rnd.int(9)}-1${rnd.int(9)}`,
              type: rnd.pick([...TYPES]),
              topics: [rnd.pick(topics).id],
              summary: paragraph('Ny.'),
              _status: 'published',
            } as never,
            overrideAccess: true,
          })
        },
        'unpublish a report': async () =>
          payload.update({ collection: 'reports', id: (await report()).id as number, data: { _status: 'draft' }, overrideAccess: true }),
        'delete a report': async () => payload.delete({ collection: 'reports', id: (await report()).id as number, overrideAccess: true }),
        "change a report's date, type and topics": async () => {
          const topics = await find('topics')
          return payload.update({
            collection: 'reports',
            id: (await report()).id as number,
            data: { publishedDate: `2025-0${1 + rnd.int(9)}-15`, type: rnd.pick([...TYPES]), topics: [rnd.pick(topics).id] } as never,
            overrideAccess: true,
          })
        },
        'rename a page': async () =>
          payload.update({
            collection: 'pages',
            id: rnd.pick(await find('pages', { _status: { equals: 'published' } })).id as number,
            data: { title: `Omdöpt sida ${rnd.int(1e6)}` },
            overrideAccess: true,
          }),
        'add a sub-page': async () => {
          const section = (await find('pages', { path: { equals: '/samordning-och-uppfoljning/' } }))[0]
          return payload.create({
            collection: 'pages',
            data: { title: `Undersida ${rnd.int(1e6)}`, parent: section.id, lead: 'Ny.', _status: 'published' } as never,
            overrideAccess: true,
          })
        },
        'rename a page in English': async () => {
          const english = await payload.find({
            collection: 'pages',
            locale: 'en',
            where: { _status: { equals: 'published' } },
            pagination: false,
            depth: 0,
            overrideAccess: true,
          })
          return payload.update({
            collection: 'pages',
            id: rnd.pick(english.docs).id,
            locale: 'en',
            data: { title: `Renamed page ${rnd.int(1e6)}` },
            overrideAccess: true,
          })
        },
        "change the English section's address": async () => {
          const section = (await find('pages', { path: { equals: '/samordning-och-uppfoljning/' } }))[0]
          return payload.update({
            collection: 'pages',
            id: section.id as number,
            locale: 'en',
            data: { slug: `our-work-${rnd.int(1e6)}` },
            overrideAccess: true,
          })
        },
        'publish a sub-page in English, or take one off the English site': async () => {
          const section = (await find('pages', { path: { equals: '/samordning-och-uppfoljning/' } }))[0]
          const child = rnd.pick(await find('pages', { parent: { equals: section.id } }))
          const inEnglish = await payload.findByID({
            collection: 'pages',
            id: child.id as number,
            locale: 'en',
            depth: 0,
            overrideAccess: true,
          })
          const n = rnd.int(1e6)
          const takeOff = inEnglish._status === 'published' && rnd.next() < 0.4
          return payload.update({
            collection: 'pages',
            id: child.id as number,
            locale: 'en',
            data: takeOff ? { _status: 'draft' } : { title: `English page ${n}`, slug: `english-page-${n}`, _status: 'published' },
            overrideAccess: true,
          })
        },
        'retitle a dataset in English, or take it off the English site': async () => {
          const dataset = rnd.pick(await find('datasets'))
          const n = rnd.int(1e6)
          return payload.update({
            collection: 'datasets',
            id: dataset.id as number,
            locale: 'en',
            data:
              rnd.next() < 0.3
                ? { _status: 'draft' }
                : {
                    title: `Statistics ${n}`,
                    description: 'In English.',
                    indicator: 'Indicator',
                    unit: 'units',
                    source: { name: 'Source' },
                    slug: `statistics-${n}`,
                    _status: 'published',
                  },
            overrideAccess: true,
          })
        },
        'publish a report in English': async () => {
          const n = rnd.int(1e6)
          return payload.update({
            collection: 'reports',
            id: (await report()).id as number,
            locale: 'en',
            data: { title: `English report ${n}`, slug: `english-report-${n}`, summary: paragraph('In English.'), _status: 'published' },
            overrideAccess: true,
          })
        },
        'describe an image in English (or not: its Swedish alt text shows)': async () => {
          const image = rnd.pick((await payload.find({ collection: 'media', pagination: false, depth: 0, overrideAccess: true })).docs)
          return payload.update({
            collection: 'media',
            id: image.id,
            locale: 'en',
            data: { alt: `An image ${rnd.int(1e6)}` },
            overrideAccess: true,
          })
        },
        'rename the English site': async () =>
          payload.updateGlobal({
            slug: 'site-settings',
            locale: 'en',
            data: { siteName: `Regional development ${rnd.int(100)}` },
            overrideAccess: true,
          }),
        'change the main menu': async () =>
          payload.updateGlobal({
            slug: 'navigation',
            data: {
              items: [
                { label: `Publikationer ${rnd.int(100)}`, linkType: 'external', url: '/publikationer/' },
                { label: 'Statistik', linkType: 'external', url: '/statistik/' },
              ],
            },
            overrideAccess: true,
          }),
        'change the contact phone': async () =>
          payload.updateGlobal({
            slug: 'site-settings',
            data: { contact: { phone: `010-${rnd.int(1e6)}` } } as never,
            overrideAccess: true,
          }),
        'rename a topic': async () =>
          payload.update({
            collection: 'topics',
            id: rnd.pick(await find('topics')).id as number,
            data: { title: `Ämne ${rnd.int(1e6)}` },
            overrideAccess: true,
          }),
        'change a figure of a dataset': async () => {
          const dataset = (await find('datasets', { slug: { equals: 'befolkning' } }))[0]
          const observations = (dataset.observations as { region: string; year: number; value: number }[]).map((o) =>
            o.region === '23' && o.year === 2024 ? { ...o, value: 100000 + rnd.int(1e5) } : o,
          )
          return payload.update({ collection: 'datasets', id: dataset.id as number, data: { observations }, overrideAccess: true })
        },
        'edit the privacy notice': async () =>
          payload.update({
            collection: 'privacy-notices',
            id: (await find('privacy-notices'))[0].id as number,
            data: { summary: `Så hanterar vi adressen, version ${rnd.int(1e6)}.` },
            overrideAccess: true,
          }),
      }
      const names = Object.keys(operations)
      const done: string[] = []
      for (let step = 0; step < STEPS; step++) {
        // Each step is one or two edits saved together, then published (the second may fold into the first's publish).
        const batch = [rnd.pick(names), ...(rnd.next() < 0.3 ? [rnd.pick(names)] : [])]
        for (const name of batch) await operations[name]()
        const record = await published()
        expect(record?.status === 'failed' ? record.error : 'ok').toBe('ok')
        done.push(batch.join(' + '))
        await expectLiveEqualsCleanBuild(`${step + 1}: ${done.at(-1)}`)
      }
    },
    60_000 + STEPS * 45_000,
  )
})

describe('rollback', () => {
  it('shows an earlier build again, and the next publish starts from it', async () => {
    const before = liveManifest(siteDir).id
    const report = (await find('reports', { slug: { equals: 'korpus-20' } }))[0]
    await payload.update({
      collection: 'reports',
      id: report.id as number,
      data: { title: 'Titel före återställning' },
      overrideAccess: true,
    })
    await published()
    expect(liveText(siteDir, 'publikationer/korpus-20/index.html')).toContain('Titel före återställning')
    const { queueRebuild } = await import('../cms/site-build/queue')
    await queueRebuild(payload, 'test: återställ', { rollback: before })
    await published()
    expect(liveManifest(siteDir).id).toBe(before)
    expect(liveText(siteDir, 'publikationer/korpus-20/index.html')).not.toContain('Titel före återställning')
    // The admin's record follows just after the switch (it never delays a change going live).
    await expect
      .poll(async () => (await payload.findGlobal({ slug: 'site-build', overrideAccess: true })).liveBuild, { timeout: 5000 })
      .toBe(before)

    await payload.update({
      collection: 'reports',
      id: report.id as number,
      data: { subtitle: 'Efter återställningen' },
      overrideAccess: true,
    })
    await published()
    // The content is the newest again, rendered on top of the rolled-back build: equal to a clean build.
    expect(liveText(siteDir, 'publikationer/korpus-20/index.html')).toContain('Titel före återställning')
    await expectLiveEqualsCleanBuild('after rollback')
  }, 120_000)
})

describe('folding and serving', () => {
  it('serves complete pages while twenty saves in five seconds go live, the last within two seconds', async () => {
    const { createSiteHandler } = await import('../site/publisher/server')
    const server = http.createServer(createSiteHandler({ siteDir }))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/publikationer/korpus-30/`
    const report = (await find('reports', { slug: { equals: 'korpus-30' } }))[0]
    const responses: { status: number; complete: boolean }[] = []
    let reading = true
    const reader = (async () => {
      while (reading) {
        const response = await fetch(url)
        const html = await response.text()
        responses.push({ status: response.status, complete: html.trimEnd().endsWith('</html>') })
        await new Promise((r) => setTimeout(r, 100))
      }
    })()
    let lastSave = 0
    for (let i = 1; i <= 20; i++) {
      await payload.update({
        collection: 'reports',
        id: report.id as number,
        data: { subtitle: `Version ${i} av 20` },
        overrideAccess: true,
      })
      lastSave = performance.now()
      await new Promise((r) => setTimeout(r, 240))
    }
    await expect
      .poll(async () => (await (await fetch(url)).text()).includes('Version 20 av 20'), { timeout: 2000, interval: 10 })
      .toBe(true)
    expect(performance.now() - lastSave).toBeLessThan(2000)
    reading = false
    await reader
    server.close()
    expect(responses.length).toBeGreaterThan(20)
    expect(responses.filter((r) => r.status !== 200 || !r.complete)).toEqual([])
  }, 60_000)
})

describe('a crash in the middle of a publish', () => {
  it('leaves the live site intact, and the pending change goes live when the publisher starts again', async () => {
    await service.stop()
    const before = liveManifest(siteDir)
    const report = (await find('reports', { slug: { equals: 'korpus-40' } }))[0]
    // Saved while no publisher runs: only the job records it.
    await payload.update({ collection: 'reports', id: report.id as number, data: { title: 'Väntar på publicering' }, overrideAccess: true })
    expect(
      (await payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'rebuildSite' } }, overrideAccess: true })).totalDocs,
    ).toBeGreaterThan(0)

    // Another publisher process is killed with SIGKILL while it builds and publishes.
    const child = spawn(process.execPath, ['--import', 'tsx/esm', path.join(projectRoot, 'test/helpers/publishing-process.ts')], {
      cwd: projectRoot,
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    await expect.poll(() => output, { timeout: 60_000, interval: 20 }).toContain('publishing')
    await new Promise((r) => setTimeout(r, 150))
    child.kill('SIGKILL')
    await new Promise((r) => child.once('exit', r))

    const after = liveManifest(siteDir)
    if (after.id === before.id) {
      expect(after).toEqual(before)
    } else {
      // The kill came after the switch: the new build is complete and live.
      expect(liveText(siteDir, 'publikationer/korpus-40/index.html')).toContain('Väntar på publicering')
    }
    for (const { hash } of Object.values(after.files)) expect(fs.existsSync(path.join(siteDir, 'store', hash.slice(0, 2), hash))).toBe(true)

    service = await startService(payload, { log: () => undefined })
    expect(liveText(siteDir, 'publikationer/korpus-40/index.html')).toContain('Väntar på publicering')
    expect(
      (await payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'rebuildSite' } }, overrideAccess: true })).totalDocs,
    ).toBe(0)
  }, 180_000)
})
