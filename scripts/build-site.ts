/**
 * `npm run build`: the full build of the static site from the CMS's published content into dist/ (or
 * SITE_OUT_DIR): `client/` is the site to publish on any static host, `server/` the editors' preview route.
 * It is the publisher's own full build (site/publisher/): the code is bundled, every route rendered from the
 * content, uploads that published content uses and the search index added; then the build is written out as files.
 * Content comes from CMS_URL's REST API, or CONTENT_JSON_DIR; by default from this installation's database, read by
 * Payload's Local API in a process of its own (scripts/export-content.ts; the schema is migrated first), so the
 * build process holds no Payload.
 */
import './production-mode'

import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { siteUrl } from '../shared/urls'
import { Publisher } from '../site/publisher/publisher'

const started = performance.now()
const root = path.resolve(import.meta.dirname, '..')
const outDir = path.resolve(root, process.env.SITE_OUT_DIR ?? 'dist')
const storeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-build-'))

if (!process.env.CMS_URL && !process.env.CONTENT_JSON_DIR) {
  const exported = path.join(storeDir, 'content')
  execFileSync(process.execPath, ['--import', 'tsx/esm', path.join(root, 'scripts/export-content.ts'), exported], {
    cwd: process.cwd(),
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  process.env.CONTENT_JSON_DIR = exported
}
try {
  const { publisher, record } = await Publisher.start({ root, siteDir: storeDir, codeDir: outDir, siteUrl: siteUrl(), resident: false })
  // Copies, not links: dist/ is the user's to change, and the store is removed below.
  publisher.store.materialise(publisher.live!, path.join(outDir, 'client'), { link: false })
  await publisher.stop()
  const { phases } = record
  console.log(
    `Built the site into ${path.relative(process.cwd(), outDir) || '.'} with ${record.uploads} uploaded files and ${record.searchPages} pages in the search index: ` +
      `${record.routes} routes, ${record.files} files in ${((performance.now() - started) / 1000).toFixed(1)} s ` +
      `(rendering ${(phases.render / 1000).toFixed(1)} s, search index ${(phases.search / 1000).toFixed(1)} s).`,
  )
} finally {
  fs.rmSync(storeDir, { recursive: true, force: true })
}
process.exit(0)
