/**
 * The full build written out as a folder: `buildSite` is what `npm run build` runs (scripts/build-site.ts).
 * The full build itself is `Publisher.start`, the same one the publishing service runs when it starts
 * (cms/site-build/service.ts): the code bundled by `astro build` into `outDir` (`outDir/server` holds the preview
 * route), every route rendered from the content, the uploads published content uses and the search index added.
 * Here it goes into a temporary store, keeps one search shard in memory at a time (nothing is published after it),
 * and the build is copied to `outDir/client`, the static site to publish on any static host.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { siteUrl } from '../../shared/urls'
import type { ContentSource } from '../lib/cms-source'
import { Publisher, type PublishRecord } from './publisher'

const projectRoot = path.resolve(import.meta.dirname, '../..')

export async function buildSite({ outDir, content }: { outDir: string; content: ContentSource }): Promise<PublishRecord> {
  const storeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-build-'))
  try {
    const { publisher, record } = await Publisher.start({
      root: projectRoot,
      siteDir: storeDir,
      codeDir: outDir,
      siteUrl: siteUrl(),
      source: content,
      resident: false,
    })
    // Copies, not links: the folder is the user's to change, and the store is removed below.
    publisher.store.materialise(publisher.live!, path.join(outDir, 'client'), { link: false })
    await publisher.stop()
    return record
  } finally {
    fs.rmSync(storeDir, { recursive: true, force: true })
  }
}
