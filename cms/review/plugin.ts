/**
 * Editorial control, as one plugin: `editorialControl({ collections })` in cms/payload.config.ts.
 * - Review before publish (access.ts): publishers and admins publish, unpublish and schedule; editors save drafts and
 *   submit them (the `review` field); an admin can turn this off in *Redaktionella regler* (settings.ts). A scheduled
 *   publish runs as the user who scheduled it (Payload's schedulePublish task), so the same rules refuse it then.
 * - Responsibility (fields.ts): an owner, a review-by date renewed on publishing, and the last content change the
 *   public site shows as "Senast uppdaterad".
 * - The dashboard's lists of what waits for review and what is due for review (components/ReviewDashboard.tsx, from
 *   due.ts), marked overdue each night (tasks.ts); PDFs missing a title, a language or tags (pdf-check.ts).
 * - The nightly check of links to other websites (cms/link-check/: the `external-links` collection is its list and cache).
 */
import type { CollectionConfig, CollectionSlug, Config, Plugin } from 'payload'

import { addCollectionsBeforeAccounts, changeCollections } from '../config-changes'
import { ExternalLinks } from '../link-check/collection'
import { CheckExternalLinksTask } from '../link-check/task'
import { withPublishingRight } from './access'
import { keepEditorialRecord, responsibilityField, reviewField } from './fields'
import { EditorialSettings } from './settings'
import { MarkOverdueReviewsTask } from './tasks'

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
    collections: addCollectionsBeforeAccounts({ ...config, collections: changeCollections(config, collections, withEditorialFields) }, [
      ExternalLinks,
    ]),
    globals: [...(config.globals ?? []), EditorialSettings],
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        beforeDashboard: [...(config.admin?.components?.beforeDashboard ?? []), '/review/components/ReviewDashboard#ReviewDashboard'],
      },
    },
    // Daily: documents past their review-by date marked, and the live site's links to other websites checked.
    jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), MarkOverdueReviewsTask, CheckExternalLinksTask] },
  })
