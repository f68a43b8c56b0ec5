import type { CollectionConfig } from 'payload'

/** Drafts with autosave, scheduled publishing and a version history, for content the public reads. */
export const versionsWithDrafts: CollectionConfig['versions'] = {
  maxPerDoc: 50,
  drafts: { autosave: { interval: 2000 }, schedulePublish: true },
}

/** The same for localized content: each language is published on its own (Swedish stays a draft while English goes live). */
export const localizedVersionsWithDrafts: CollectionConfig['versions'] = {
  maxPerDoc: 50,
  drafts: { autosave: { interval: 2000 }, schedulePublish: true, localizeStatus: true },
}
