/**
 * Writes the published content as JSON files into a folder (the format `CONTENT_JSON_DIR` reads:
 * `<collection>.json`, `globals/<slug>.json`, `uploads/` linked to the uploaded files), as an anonymous visitor
 * reads it through Payload's Local API. `npm run build` runs this in a process of its own, so that Payload and its
 * database driver are gone before the site is rendered: the build's memory is the renderer's alone.
 */
import fs from 'node:fs'
import path from 'node:path'

import { getCms } from '../cms/get-cms'
import { dataDir } from '../cms/paths'
import { contentSource, type PublicCollection, type PublicGlobal } from '../site/lib/cms-source'

const target = path.resolve(process.argv[2] ?? '')
if (!process.argv[2]) throw new Error('Usage: export-content.ts <folder>')
const payload = await getCms()
fs.mkdirSync(path.join(target, 'globals'), { recursive: true })
const collections: PublicCollection[] = ['pages', 'reports', 'datasets', 'topics', 'privacy-notices']
for (const collection of collections)
  fs.writeFileSync(path.join(target, `${collection}.json`), JSON.stringify(await contentSource().findAll(collection)))
const globals: PublicGlobal[] = ['site-settings', 'navigation']
for (const slug of globals)
  fs.writeFileSync(path.join(target, 'globals', `${slug}.json`), JSON.stringify(await contentSource().findGlobal(slug)))
fs.symlinkSync(path.join(dataDir, 'uploads'), path.join(target, 'uploads'), 'dir')
await payload.destroy()
process.exit(0)
