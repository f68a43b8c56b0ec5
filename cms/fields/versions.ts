import type { CollectionConfig } from 'payload'

/** Drafts with autosave, scheduled publishing and a version history, for content the public reads. */
export const versionsWithDrafts: CollectionConfig['versions'] = {
  maxPerDoc: 50,
  drafts: { autosave: { interval: 2000 }, schedulePublish: true },
}
