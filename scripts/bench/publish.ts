/**
 * Publish-to-live on the running system: per class of edit, each sample's clock starts before the REST call and
 * stops at the first site response showing the change (polled every 10 ms). Then a burst of saves of one report
 * while the site is read.
 */
import { paragraph } from '../../shared/lexical'
import { corpusPageCount, corpusPageSlug, corpusReportSlug } from './corpus'
import { log } from './report'
import { medianPerKey, round, summary, type Summary } from './stats'
import type { RunningSystem } from './system'

type Sample = { seconds: number; phases?: Record<string, number> }
type Live = (status: number, html: string) => boolean

/** What the edit classes need: the system, and where to find the corpus' documents in it. */
export type Bench = {
  system: RunningSystem
  docs: number
  /** The n-th report to edit (cycling through the corpus, or through the demo site's three reports). */
  reportSlug: (n: number) => string
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the benchmark reads whatever Payload answers
  reportBySlug: (slug: string) => Promise<any>
  topics: { id: number; title: string }[]
  sample: (edit: () => Promise<unknown>, route: string, live: Live) => Promise<Sample>
}

const DEMO_REPORTS = [
  'regionalt-tillvaxtarbete-2017',
  'tillstand-och-trender-for-regional-tillvaxt-2018',
  'eu-strategin-for-ostersjoregionen-lagesbild-2020',
]
const TYPE_LABELS: Record<string, string> = { rapport: 'Rapport', promemoria: 'Promemoria', kunskapsoversikt: 'Kunskapsöversikt' }
/** Makes each edit's text new, so the sample cannot stop at a page that was already live. */
const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`
const shows = (text: string) => (status: number, html: string) => status === 200 && html.includes(text)

export async function connect(system: RunningSystem, docs: number): Promise<Bench> {
  const reportsInCorpus = Math.max(1, docs - corpusPageCount(docs))
  const topics = (await system.call('GET', 'topics?depth=0&limit=100')).docs
  return {
    system,
    docs,
    reportSlug: (n) => (docs > 0 ? corpusReportSlug(corpusPageCount(docs) + (n % reportsInCorpus)) : DEMO_REPORTS[n % 3]),
    reportBySlug: async (slug) => (await system.call('GET', `reports?where[slug][equals]=${slug}&depth=0&draft=false`)).docs[0],
    topics,
    sample: (edit, route, live) => sample(system, edit, route, live),
  }
}

/** Times one edit: from before the API call to the first site response that passes `live`. */
async function sample(system: RunningSystem, edit: () => Promise<unknown>, route: string, live: Live): Promise<Sample> {
  const before = system.published.length
  const t0 = performance.now()
  await edit()
  for (;;) {
    const response = await system.site(route)
    if (live(response.status, await response.text())) break
    if (performance.now() - t0 > 180_000) throw new Error(`${route} never showed the change`)
    await new Promise((r) => setTimeout(r, 10))
  }
  const seconds = (performance.now() - t0) / 1000
  // Let the publish that made it live finish logging, so its phases are paired with this sample.
  await new Promise((r) => setTimeout(r, 50))
  return { seconds, phases: system.published.slice(before).at(-1)?.phases }
}

/**
 * One class of edit: its n-th sample. `heavy` classes (page title, main menu) take --heavy-samples; `corpusOnly`
 * ones are left out with --docs 0, where the demo site's three reports cannot take them repeatedly.
 */
type EditClass = { heavy?: boolean; corpusOnly?: boolean; run: (b: Bench, n: number) => Promise<Sample> }

/** A PATCH of one published report, timed until its page shows `live`. */
async function editReport(b: Bench, slug: string, data: Record<string, unknown>, live: Live): Promise<Sample> {
  const report = await b.reportBySlug(slug)
  return b.sample(() => b.system.call('PATCH', `reports/${report.id}`, data), `/publikationer/${report.slug}/`, live)
}

// The offsets (n + 7, …) spread the classes over different reports.
const EDIT_CLASSES: Record<string, EditClass> = {
  reportTitle: {
    run: (b, n) => {
      const title = `Ny titel ${stamp()}`
      return editReport(b, b.reportSlug(n), { title, _status: 'published' }, shows(title))
    },
  },
  reportSummary: {
    run: (b, n) => {
      const text = `Ny sammanfattning ${stamp()}`
      return editReport(b, b.reportSlug(n + 7), { summary: paragraph(text), _status: 'published' }, shows(text))
    },
  },
  newReport: { run: (b) => newReport(b) },
  // From the end of the corpus, so no other class edits a report that is no longer published.
  unpublishReport: {
    corpusOnly: true,
    run: (b, n) => editReport(b, corpusReportSlug(b.docs - 1 - n), { _status: 'draft' }, (status) => status === 404),
  },
  reportDate: {
    corpusOnly: true,
    run: (b, n) => {
      const year = 1990 + (n % 9)
      return editReport(
        b,
        b.reportSlug(n + 19),
        { publishedDate: `${year}-06-15T12:00:00.000Z`, _status: 'published' },
        shows(`15 juni ${year}`),
      )
    },
  },
  reportType: {
    corpusOnly: true,
    run: (b, n) => {
      const type = ['promemoria', 'kunskapsoversikt'][n % 2]
      return editReport(b, b.reportSlug(n + 23), { type, _status: 'published' }, shows(`<dd>${TYPE_LABELS[type]}</dd>`))
    },
  },
  reportTopics: {
    corpusOnly: true,
    run: (b, n) => {
      const topic = b.topics[(n % (b.topics.length - 1)) + 1]
      return editReport(b, b.reportSlug(n + 29), { topics: [topic.id], _status: 'published' }, shows(`>${topic.title}</a></dd>`))
    },
  },
  pageTitle: { heavy: true, run: (b, n) => pageTitle(b, n) },
  mainMenu: { heavy: true, run: (b, n) => mainMenu(b, n) },
}

async function newReport(b: Bench): Promise<Sample> {
  const slug = `ny-rapport-${stamp()}`
  const title = `Ny rapport ${stamp()}`
  const data = {
    title,
    slug,
    publishedDate: '2026-11-30T12:00:00.000Z',
    summary: paragraph('Ny.'),
    topics: [b.topics[0].id],
    _status: 'published',
  }
  return b.sample(() => b.system.call('POST', 'reports', data), `/publikationer/${slug}/`, shows(title))
}

/** The title of page n × 50 of the corpus (wrapping round), or of a demo page. */
async function pageTitle(b: Bench, n: number): Promise<Sample> {
  const slug = b.docs > 0 ? corpusPageSlug((n * 50) % Math.max(1, corpusPageCount(b.docs))) : 'samordning-och-uppfoljning'
  const page = (await b.system.call('GET', `pages?where[slug][equals]=${slug}&depth=0`)).docs[0]
  const title = `Omdöpt sida ${stamp()}`
  return b.sample(() => b.system.call('PATCH', `pages/${page.id}`, { title, _status: 'published' }), page.path, shows(title))
}

/** The main menu: every page of the site changes. */
async function mainMenu(b: Bench, n: number): Promise<Sample> {
  const label = `Publikationer ${stamp()}`
  const report = await b.reportBySlug(b.reportSlug(n + 31))
  return b.sample(
    () => b.system.call('POST', 'globals/navigation', { items: [{ label, linkType: 'external', url: '/publikationer/' }] }),
    `/publikationer/${report.slug}/`,
    shows(label),
  )
}

export type PublishToLive = { publishToLive: Record<string, Summary>; phasesMedianMs: Record<string, Record<string, number>> }

/** Every class of edit in turn, `samples` (or `heavySamples`) times each; summaries per class, never pooled. */
export async function measurePublishToLive(b: Bench, samples: number, heavySamples: number): Promise<PublishToLive> {
  const publishToLive: Record<string, Summary> = {}
  const phasesMedianMs: Record<string, Record<string, number>> = {}
  for (const [name, editClass] of Object.entries(EDIT_CLASSES)) {
    if (editClass.corpusOnly && b.docs === 0) continue
    const times: number[] = []
    const phaseSamples: Record<string, number>[] = []
    for (let n = 0; n < (editClass.heavy ? heavySamples : samples); n++) {
      const { seconds, phases } = await editClass.run(b, n)
      times.push(seconds)
      if (phases) phaseSamples.push(phases)
    }
    publishToLive[name] = summary(times)
    phasesMedianMs[name] = medianPerKey(phaseSamples)
    const s = publishToLive[name]
    log(
      `  ${name}: p50 ${s.p50} s, p95 ${s.p95} s, max ${s.max} s (${times.length} samples); phases (median ms) ${JSON.stringify(phasesMedianMs[name])}`,
    )
  }
  return { publishToLive, phasesMedianMs }
}

export type Burst = { lastLiveAfterSeconds: number; responses: number; incomplete: number }

/**
 * Twenty saves of one report within five seconds (one every 240 ms) while its page is read ten times a second:
 * how long after the last save it is live, and whether any read met a missing or half-written page.
 */
export async function measureBurst(b: Bench): Promise<Burst> {
  const report = await b.reportBySlug(b.reportSlug(997))
  const route = `/publikationer/${report.slug}/`
  const reader = readContinuously(b.system, route)
  let lastSave = 0
  const lastTitle = `Sista versionen ${stamp()}`
  for (let i = 1; i <= 20; i++) {
    await b.system.call('PATCH', `reports/${report.id}`, { title: i === 20 ? lastTitle : `Version ${i} ${stamp()}`, _status: 'published' })
    lastSave = performance.now()
    if (i < 20) await new Promise((r) => setTimeout(r, 240))
  }
  for (;;) {
    if ((await (await b.system.site(route)).text()).includes(lastTitle)) break
    await new Promise((r) => setTimeout(r, 10))
  }
  const lastLiveAfterSeconds = round((performance.now() - lastSave) / 1000)
  const readings = await reader.stop()
  const burst = {
    lastLiveAfterSeconds,
    responses: readings.length,
    incomplete: readings.filter((r) => r.status !== 200 || !r.complete).length,
  }
  log(
    `  burst: the last of 20 saves live ${burst.lastLiveAfterSeconds} s after it; ${burst.responses} responses, ${burst.incomplete} incomplete`,
  )
  return burst
}

/** Reads `route` every 100 ms until stopped; a reading is complete if the page ends with </html>. */
function readContinuously(system: RunningSystem, route: string) {
  const readings: { status: number; complete: boolean }[] = []
  let reading = true
  const done = (async () => {
    while (reading) {
      const response = await system.site(route)
      const html = await response.text()
      readings.push({ status: response.status, complete: html.trimEnd().endsWith('</html>') })
      await new Promise((r) => setTimeout(r, 100))
    }
  })()
  return {
    stop: async () => {
      reading = false
      await done
      return readings
    },
  }
}
