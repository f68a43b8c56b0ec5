import '/work/main/scripts/production-mode'
import fs from 'node:fs'
import path from 'node:path'
process.env.DATA_DIR = '/tmp/feas/data'
process.env.PAYLOAD_SECRET = 'x'.repeat(40)
process.env.SITE_REBUILD = 'off'
const { getCms } = await import('/work/main/cms/get-cms')
const payload = await getCms()
const { isEmpty, seed } = await import('/work/main/cms/seed')
if (await isEmpty(payload)) await seed(payload, { rebuild: false })
const { loadSiteContent } = await import('/work/main/site/lib/snapshot')
const { setSiteContent } = await import('/work/main/site/lib/content')
let t = performance.now()
const content = await loadSiteContent()
console.log('load', performance.now() - t)
setSiteContent(content)
const { buildRenderer } = await import('/work/main/site/publisher/renderer')
t = performance.now()
const r = await buildRenderer({ root: '/work/main', outDir: '/tmp/feas/out', siteUrl: 'http://localhost:4321' })
console.log('build', performance.now() - t)
t = performance.now()
const paths = await r.paths()
console.log('paths', paths.length, performance.now() - t)
t = performance.now()
for (const p of paths) { const b = await r.render(p); fs.mkdirSync(path.dirname(path.join('/tmp/feas/out/client', p.file)), { recursive: true }); fs.writeFileSync(path.join('/tmp/feas/out/client', p.file), b) }
console.log('render all', performance.now() - t)
console.log(paths.map(p => `${p.file} ${p.key ?? '-'}`).join('\n'))
process.exit(0)
