import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug, Where } from 'payload'

/** Ids are numbers on SQLite and Postgres, strings on MongoDB; the generated types say number. */
export type Id = number

/**
 * How the seed writes: every document is found by its slug (files by their name) and updated instead of created
 * again, so running the seed twice makes no duplicates. Nothing it writes asks for a rebuild (one follows at the end).
 */
export type Seeder = {
  payload: Payload
  /** Context for writes: no rebuild per document. */
  quiet: { skipRebuild: true }
  richText: (markdown: string) => ReturnType<typeof convertMarkdownToLexical>
  upsert: <S extends CollectionSlug>(collection: S, where: Where, data: RequiredDataFromCollectionSlug<S>) => Promise<Id>
  upload: <S extends 'media' | 'documents'>(
    collection: S,
    name: string,
    mimetype: string,
    makeFile: () => Promise<Buffer>,
    data: RequiredDataFromCollectionSlug<S>,
  ) => Promise<Id>
}

export async function seederFor(payload: Payload): Promise<Seeder> {
  const quiet = { skipRebuild: true } as const
  const editorConfig = await editorConfigFactory.default({ config: payload.config })

  return {
    payload,
    quiet,
    richText: (markdown) => convertMarkdownToLexical({ editorConfig, markdown }),

    async upsert(collection, where, data) {
      const found = await payload.find({
        collection,
        where,
        limit: 1,
        depth: 0,
        draft: true,
        overrideAccess: true,
        context: quiet,
      })
      if (found.docs[0]) {
        const doc = await payload.update({
          collection,
          id: found.docs[0].id,
          // A whole document is a valid update, but TypeScript cannot relate it to Payload's DeepPartial of a generic slug.
          data: data as never,
          depth: 0,
          overrideAccess: true,
          context: quiet,
        })
        return doc.id as Id
      }
      return (await payload.create({ collection, data, depth: 0, overrideAccess: true, context: quiet })).id as Id
    },

    // Files are found by their stem: Payload may store them under another extension (images are converted to WebP).
    async upload(collection, name, mimetype, makeFile, data) {
      const stem = name.replace(/\.[a-z0-9]+$/i, '')
      const found = await payload.find({
        collection,
        where: { or: [{ filename: { equals: name } }, { filename: { equals: `${stem}.webp` } }] },
        limit: 1,
        depth: 0,
        overrideAccess: true,
        context: quiet,
      })
      if (found.docs[0]) return found.docs[0].id as Id
      const buffer = await makeFile()
      const file = { data: buffer, mimetype, name, size: buffer.length }
      const doc = await payload.create({ collection, data, file, overrideAccess: true, context: quiet })
      return doc.id as Id
    },
  }
}
