/**
 * Publishing, as one Payload plugin: `sitePublishing({ collections, globals })` in cms/payload.config.ts.
 *
 * How the pieces fit, from a save in the admin to the live site:
 *  1. The plugin declares (this file). On the collections and globals it is given it adds the hooks that record
 *     each change of public content (hooks.ts) and, on collections with drafts, the note saying whether the
 *     published version is live (live-status-field.ts). It adds the `site-build` global (global.ts: the build
 *     history the admin's panel shows), the endpoints behind that panel (endpoints.ts: rebuild now, rollback,
 *     status; archive.ts: the archive of live builds; impact.ts: what a publish would change, who links to a page)
 *     and the `rebuildSite` task (task.ts).
 *  2. A hook queues the change as a `rebuildSite` job and wakes the publisher (queue.ts).
 *  3. The publishing service runs (service.ts): it reads the waiting jobs, has the resident publisher
 *     (site/publisher/) publish them and records each publish in the global (history.ts).
 * The plugin starts nothing: the service is started explicitly by `npm start` (scripts/start.ts) and by the tests
 * that publish, never by Payload's onInit, since every process that loads this config (the admin server, the
 * seed, tests, `payload migrate`) would otherwise start a publisher of its own.
 */
import type { CollectionConfig, CollectionSlug, GlobalConfig, GlobalSlug, Plugin } from 'payload'

import { changeCollections, changeGlobals } from '../config-changes'
import { archiveFileEndpoint, archiveListEndpoint } from './archive'
import { rebuildNowEndpoint, rollbackEndpoint, statusEndpoint } from './endpoints'
import { impactEndpoint, linksToEndpoint } from './impact'
import { SiteBuild } from './global'
import { rebuildAfterChange, rebuildAfterDelete, rebuildAfterGlobalChange, rememberLiveStatus } from './hooks'
import { impactField, liveStatusField } from './live-status-field'
import { RebuildSiteTask } from './task'

const hasDrafts = (collection: CollectionConfig) =>
  Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)

/** Every change rebuilds the site; documents with drafts also remember whether they were live, and show it. */
const publishedCollection = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: hasDrafts(collection) ? [...collection.fields, liveStatusField, impactField] : collection.fields,
  hooks: {
    ...collection.hooks,
    beforeChange: [...(collection.hooks?.beforeChange ?? []), ...(hasDrafts(collection) ? [rememberLiveStatus] : [])],
    afterChange: [...(collection.hooks?.afterChange ?? []), rebuildAfterChange],
    afterDelete: [...(collection.hooks?.afterDelete ?? []), rebuildAfterDelete],
  },
})

const publishedGlobal = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), rebuildAfterGlobalChange] },
})

/** The public site is built from these collections and globals: a change to any of them is published. */
export const sitePublishing =
  ({ collections, globals }: { collections: CollectionSlug[]; globals: GlobalSlug[] }): Plugin =>
  (config) => ({
    ...config,
    collections: changeCollections(config, collections, publishedCollection),
    globals: [...changeGlobals(config, globals, publishedGlobal), SiteBuild],
    endpoints: [
      ...(config.endpoints ?? []),
      rebuildNowEndpoint,
      rollbackEndpoint,
      statusEndpoint,
      archiveListEndpoint,
      archiveFileEndpoint,
      impactEndpoint,
      linksToEndpoint,
    ],
    jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), RebuildSiteTask] },
  })
