import '/work/main/scripts/production-mode'
import fs from 'node:fs'
process.env.DATA_DIR = '/tmp/feas/data'
process.env.PAYLOAD_SECRET = 'x'.repeat(40)
process.env.SITE_REBUILD = 'off'
const { getCms } = await import('/work/main/cms/get-cms')
const payload = await getCms()
const { Publisher } = await import('/work/main/site/publisher/publisher')
fs.rmSync('/tmp/feas/site', { recursive: true, force: true })
const { publisher, record } = await Publisher.start({ root: '/work/main', siteDir: '/tmp/feas/site', codeDir: '/tmp/feas/site/code', siteUrl: 'http://localhost:4321', log: console.log })
console.log(record.status, record.routes, record.files, record.durationMs, record.phases)
const r = (await payload.find({ collection: 'reports', limit: 1 })).docs[0]
await payload.update({ collection: 'reports', id: r.id, data: { title: 'Ny titel X' } })
const rec2 = await publisher.publish([{ collection: 'reports', id: String(r.id) }], 'test')
console.log(rec2.status, rec2.rendered, rec2.written, rec2.durationMs, rec2.phases, rec2.error)
publisher.store.materialise(publisher.live!, '/tmp/feas/live-out')
await publisher.stop()
process.exit(0)
