import path from 'node:path'

import type { Document, Media } from '../../shared/payload-types'
import { contentSource } from './cms-source'
import { mediaFiles } from './images'

/**
 * Copies uploaded images (with all their sizes) and documents into the build (media/, dokument/),
 * so the static site is self-contained and never depends on the CMS being up. Returns the number of files.
 */
export async function copyUploads(outDir: string): Promise<number> {
  const source = contentSource()
  const media = (await source.findAll('media')) as unknown as Media[]
  const documents = (await source.findAll('documents')) as unknown as Document[]
  const copies = [
    ...media.flatMap((item) => mediaFiles(item).map((file) => ({ collection: 'media' as const, file, target: path.join(outDir, 'media', file) }))),
    ...documents.filter((doc) => doc.filename).map((doc) => ({ collection: 'documents' as const, file: doc.filename!, target: path.join(outDir, 'dokument', doc.filename!) })),
  ]
  for (const { collection, file, target } of copies) await source.copyUpload(collection, file, target)
  return copies.length
}
