import fs from 'node:fs/promises'
import path from 'node:path'

import * as pagefind from 'pagefind'

/**
 * Writes the static search index (Pagefind) for a built site into <site>/pagefind/. Only pages marked
 * `data-pagefind-body` (pages, publications, statistics) are indexed, with Swedish stemming.
 * Returns how many pages were indexed (Pagefind's own count, from the index it wrote).
 */
export async function writeSearchIndex(siteDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'sv' })
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  try {
    const added = await index.addDirectory({ path: siteDir })
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`)
    const outputPath = path.join(siteDir, 'pagefind')
    const written = await index.writeFiles({ outputPath })
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`)
    const entry = JSON.parse(await fs.readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> }
    return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)
  } finally {
    await index.deleteIndex()
    await pagefind.close()
  }
}
