/**
 * `npm run build`: the full build of the static site from the CMS's published content into dist/ (or
 * SITE_OUT_DIR): `client/` is the site to publish on any static host, `server/` the editors' preview route
 * (site/publisher/build.ts). Content comes from CMS_URL's REST API, or CONTENT_JSON_DIR; by default from this
 * installation's database through Payload's Local API, as the publishing service reads it (site/lib/cms-source.ts;
 * the schema is migrated first).
 */
import './production-mode'

import path from 'node:path'

import { contentSource } from '../site/lib/cms-source'
import { buildSite } from '../site/publisher/build'

const started = performance.now()
const outDir = path.resolve(import.meta.dirname, '..', process.env.SITE_OUT_DIR ?? 'dist')
const record = await buildSite({ outDir, content: contentSource() })
const { phases } = record
console.log(
  `Built the site into ${path.relative(process.cwd(), outDir) || '.'} with ${record.uploads} uploaded files and ${record.searchPages} pages in the search index: ` +
    `${record.routes} routes, ${record.files} files in ${((performance.now() - started) / 1000).toFixed(1)} s ` +
    `(rendering ${(phases.render / 1000).toFixed(1)} s, search index ${(phases.search / 1000).toFixed(1)} s).`,
)
process.exit(0)
