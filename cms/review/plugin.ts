/**
 * Editorial control, as one plugin: `editorialControl({ collections })` in cms/payload.config.ts.
 * - Review before publish (access.ts): publishers and admins publish, unpublish and schedule; editors save drafts and
 *   submit them (the `review` field); an admin can turn this off in *Redaktionella regler* (settings.ts). A scheduled
 *   publish runs as the user who scheduled it (Payload's schedulePublish task), so the same rules refuse it then.
 * - Responsibility (fields.ts): an owner, a review-by date renewed on publishing, and the last content change the
 *   public site shows as "Senast uppdaterad".
 * - The dashboard's lists of what waits for review and what is due for review (components/ReviewDashboard.tsx, from
 *   due.ts).
 */
import type { CollectionConfig, CollectionSlug, Config, Plugin } from 'payload'

import { changeCollections } from '../config-changes'
import { withPublishingRight } from './access'
import { keepEditorialRecord, responsibilityField, reviewField } from './fields'
import { EditorialSettings } from './settings'

const withEditorialFields = (collection: CollectionConfig): CollectionConfig => {
  const guarded = withPublishingRight(collection)
  return {
    ...guarded,
    fields: [...guarded.fields, reviewField, responsibilityField],
    hooks: { ...guarded.hooks, beforeChange: [...(guarded.hooks?.beforeChange ?? []), keepEditorialRecord] },
  }
}

export const editorialControl =
  ({ collections }: { collections: CollectionSlug[] }): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: changeCollections(config, collections, withEditorialFields),
    globals: [...(config.globals ?? []), EditorialSettings],
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        beforeDashboard: [...(config.admin?.components?.beforeDashboard ?? []), '/review/components/ReviewDashboard#ReviewDashboard'],
      },
    },
  })
