import '/work/main/scripts/production-mode'
import fs from 'node:fs'
const N = Number(process.env.N ?? 2000)
const dir = `/tmp/prof-${N}`
const fresh = !fs.existsSync(dir)
process.env.DATA_DIR = dir
process.env.PAYLOAD_SECRET = 'x'.repeat(40)
process.env.SITE_REBUILD = 'off'
const { getCms } = await import('/work/main/cms/get-cms')
const payload = await getCms()
const { paragraph } = await import('/work/main/shared/lexical')
if (fresh) {
  const { seed } = await import('/work/main/cms/seed')
  await seed(payload, { rebuild: false })
  const topicIds = (await payload.find({ collection: 'topics', depth: 0 })).docs.map((t) => t.id)
  const parents: number[] = []
  for (let i = 0; i < N; i++) {
    if (i < N * 0.2) {
      const parent = i % 50 === 0 || parents.length === 0 ? undefined : parents[i % parents.length]
      const page = await payload.create({ collection: 'pages', data: { title: `Syntetisk sida ${i}`, slug: `sida-${i}`, lead: `Ingress ${i}.`, parent, layout: [{ blockType: 'richText', content: paragraph(`Text ${i}.`) }], _status: 'published' } as never, overrideAccess: true, context: { skipRebuild: true } })
      if (!parent) parents.push(page.id as number)
    } else await payload.create({ collection: 'reports', data: { title: `Syntetisk rapport ${i}`, slug: `rapport-${i}`, publishedDate: new Date(Date.UTC(2000 + (i % 25), i % 12, 1 + (i % 28))).toISOString(), topics: [topicIds[i % topicIds.length]], summary: paragraph(`Sammanfattning ${i}.`), _status: 'published' } as never, overrideAccess: true, context: { skipRebuild: true } })
  }
}
const { Publisher } = await import('/work/main/site/publisher/publisher')
fs.rmSync(`${dir}/site`, { recursive: true, force: true })
let t = performance.now()
const { publisher, record } = await Publisher.start({ root: '/work/main', siteDir: `${dir}/site`, codeDir: `${dir}/site/code`, siteUrl: 'http://localhost:4321', log: console.log })
console.log('start', Math.round(performance.now() - t), record.phases, process.memoryUsage().rss >> 20, 'MB')
const r = (await payload.find({ collection: 'reports', where: { slug: { equals: `rapport-${N - 5}` } } })).docs[0]
const inspector = await import('node:inspector/promises')
const session = new inspector.Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.start')
for (let k = 0; k < 5; k++) {
  await payload.update({ collection: 'reports', id: r.id, data: { title: `Ny titel ${k} ${Date.now()}` } })
  t = performance.now()
  const rec = await publisher.publish([{ collection: 'reports', id: String(r.id) }], 'test')
  console.log('title', Math.round(performance.now() - t), rec.rendered.length, rec.phases)
}
const { profile } = await session.post('Profiler.stop')
fs.writeFileSync('/tmp/publish.cpuprofile', JSON.stringify(profile))
if (process.env.NEW) {
  for (let k = 0; k < 3; k++) {
    const topicIds = (await payload.find({ collection: 'topics', depth: 0 })).docs.map((t) => t.id)
    await payload.create({ collection: 'reports', data: { title: `Ny ${k} ${Date.now()}`, slug: `ny-${k}-${Date.now()}`, publishedDate: '2026-11-30T12:00:00.000Z', topics: [topicIds[0]], summary: paragraph('Ny.'), _status: 'published' } as never })
    const id = (await payload.find({ collection: 'reports', sort: '-createdAt', limit: 1 })).docs[0].id
    t = performance.now()
    const rec = await publisher.publish([{ collection: 'reports', id: String(id) }], 'test')
    console.log('new', Math.round(performance.now() - t), rec.rendered.length, rec.phases)
  }
}
if (process.env.MENU) {
  await payload.updateGlobal({ slug: 'navigation', data: { items: [{ label: `Meny ${Date.now()}`, linkType: 'external', url: '/publikationer/' }] } })
  t = performance.now()
  const rec = await publisher.publish([{ global: 'navigation' }], 'test')
  console.log('menu', Math.round(performance.now() - t), rec.rendered.length, rec.phases)
}
await publisher.stop()
process.exit(0)
