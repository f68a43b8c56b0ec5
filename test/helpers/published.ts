import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { SiteStore, type Manifest } from '../../site/publisher/store'

/** The live build of a publisher's site folder: its manifest. */
export function liveManifest(siteDir: string): Manifest {
  const store = new SiteStore(siteDir)
  const id = store.liveId()
  const manifest = id && store.readManifest(id)
  if (!manifest) throw new Error(`no live build in ${siteDir}`)
  return manifest
}

/** A file of the live build as text ("publikationer/x/index.html"), or undefined when the build has none. */
export function liveText(siteDir: string, file: string): string | undefined {
  const entry = liveManifest(siteDir).files[file]
  return entry && new SiteStore(siteDir).read(entry.hash).toString('utf8')
}

/** Every file of a folder with the SHA-256 of its bytes. */
export function folderHashes(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const name of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const full = path.join(dir, name)
    if (fs.statSync(full).isFile()) files[name.split(path.sep).join('/')] = createHash('sha256').update(fs.readFileSync(full)).digest('hex')
  }
  return files
}

/**
 * What must be equal between a live build and a clean one, file for file. The only thing normalised is the search
 * index's own bookkeeping: a shard updated page by page and one built from scratch hold the same pages (the
 * fragment files, named by the hash of each page's indexed content, must match exactly) but Pagefind may number
 * and chunk its word index differently. So under pagefind/ the fragments are compared by name and bytes, the
 * rest by name only.
 */
export function comparable(files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(files).map(([file, hash]) => {
      if (!file.startsWith('pagefind/') || file.includes('/fragment/')) return [file, hash]
      // The word index, its metadata and filters are named by their content's hash: only that a shard has them is
      // compared (their content follows from the pages, which the fragments prove equal).
      const generic = file.replace(/[0-9a-f]{7,}/g, '*')
      return [generic, generic !== file || file.endsWith('pagefind-entry.json') ? 'index' : hash]
    }),
  )
}

export function manifestHashes(manifest: Manifest): Record<string, string> {
  return Object.fromEntries(Object.entries(manifest.files).map(([file, { hash }]) => [file, hash]))
}
