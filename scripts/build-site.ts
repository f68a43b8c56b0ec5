/**
 * `npm run build`: builds the static site from the CMS's published content into dist/ (or SITE_OUT_DIR),
 * then copies the uploaded files it links to. The schema is migrated first, since `astro build` runs in
 * production mode where Payload never creates tables itself.
 */
import path from 'node:path'

import { build } from 'astro'

import { dataDir } from '../cms/paths'
import { copyUploads } from '../site/lib/copy-uploads'

process.env.ASTRO_TELEMETRY_DISABLED = '1'
const started = performance.now()
const root = path.resolve(import.meta.dirname, '..')
const outDir = path.resolve(root, process.env.SITE_OUT_DIR ?? 'dist')
process.env.ASTRO_CACHE_DIR ??= path.join(dataDir, 'astro-cache')

const payload = process.env.CMS_URL ? undefined : await (await import('../cms/get-cms')).getCms()
try {
  await build({ root, outDir, logLevel: 'info' })
  const files = await copyUploads(outDir)
  console.log(`Built the site into ${path.relative(process.cwd(), outDir) || '.'} with ${files} uploaded files in ${((performance.now() - started) / 1000).toFixed(1)} s.`)
} finally {
  await payload?.destroy()
}
process.exit(0)
