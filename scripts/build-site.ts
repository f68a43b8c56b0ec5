/**
 * `npm run build`: builds the static site from the CMS's published content into dist/client (dist/ or
 * SITE_OUT_DIR; dist/server holds the preview route), then copies the uploaded files it links to. The schema is migrated first, since `astro build` runs in
 * production mode where Payload never creates tables itself.
 */
import './production-mode'

import fs from 'node:fs'
import path from 'node:path'

import { build } from 'astro'

import { dataDir } from '../cms/paths'
import { STATIC_DIR } from '../shared/build-layout'
import { copyUploads } from '../site/lib/copy-uploads'
import { writeSearchIndex } from '../site/lib/search-index'

process.env.ASTRO_TELEMETRY_DISABLED = '1'
const started = performance.now()
const root = path.resolve(import.meta.dirname, '..')
const outDir = path.resolve(root, process.env.SITE_OUT_DIR ?? 'dist')
process.env.ASTRO_CACHE_DIR ??= path.join(dataDir, 'astro-cache')

// The preview route's server code (outDir/server) imports packages by name. Outside the project (DATA_DIR in /tmp,
// /var/lib/…) Node would not find them, so the folder holding the build gets a link to the project's node_modules
// (in the build folder itself it would not last: Astro empties it first).
if (path.relative(root, outDir).startsWith('..')) {
  const modulesLink = path.join(path.dirname(outDir), 'node_modules')
  fs.mkdirSync(path.dirname(outDir), { recursive: true })
  if (!fs.existsSync(modulesLink)) fs.symlinkSync(path.join(root, 'node_modules'), modulesLink, 'dir')
}

const payload = process.env.CMS_URL || process.env.CONTENT_JSON_DIR ? undefined : await (await import('../cms/get-cms')).getCms()
try {
  await build({ root, outDir, logLevel: 'info' })
  const files = await copyUploads(path.join(outDir, STATIC_DIR))
  const indexing = performance.now()
  const searchable = await writeSearchIndex(path.join(outDir, STATIC_DIR))
  const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1)
  console.log(`Built the site into ${path.relative(process.cwd(), outDir) || '.'} with ${files} uploaded files and ${searchable} pages in the search index in ${seconds(started)} s (search index ${seconds(indexing)} s).`)
} finally {
  await payload?.destroy()
}
process.exit(0)
