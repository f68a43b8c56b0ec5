/**
 * The audit trail, as one plugin: `auditTrail({ collections })` in cms/payload.config.ts. It adds the append-only
 * `audit-log` collection (collection.ts) and the hooks that write to it (record.ts): publishing and unpublishing of the
 * documents with drafts, deletions, redirects, roles and the editorial rules. Rollbacks are recorded by the rollback
 * endpoint (cms/site-build/endpoints.ts).
 */
import type { CollectionConfig, CollectionSlug, Config, Plugin } from 'payload'

import { addCollectionsBeforeAccounts, changeCollections, changeGlobals } from '../config-changes'
import { AuditLog } from './collection'
import { rememberLiveBeforeSave } from '../stored-version'
import { auditDelete, auditPublishing, auditRedirect, auditRoles, auditSettings } from './record'

const hooked = (collection: CollectionConfig, hooks: CollectionConfig['hooks']): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeChange: [...(collection.hooks?.beforeChange ?? []), ...(hooks?.beforeChange ?? [])],
    afterChange: [...(collection.hooks?.afterChange ?? []), ...(hooks?.afterChange ?? [])],
    afterDelete: [...(collection.hooks?.afterDelete ?? []), ...(hooks?.afterDelete ?? [])],
  },
})

export const auditTrail =
  ({ collections }: { collections: CollectionSlug[] }): Plugin =>
  (config: Config): Config => {
    let changed = changeCollections(config, collections, (c) =>
      hooked(c, { beforeChange: [rememberLiveBeforeSave], afterChange: [auditPublishing], afterDelete: [auditDelete] }),
    )
    changed = changeCollections({ ...config, collections: changed }, ['redirects'], (c) =>
      hooked(c, { afterChange: [auditRedirect], afterDelete: [auditDelete] }),
    )
    changed = changeCollections({ ...config, collections: changed }, ['users'], (c) => hooked(c, { afterChange: [auditRoles] }))
    return {
      ...config,
      collections: addCollectionsBeforeAccounts({ ...config, collections: changed }, [AuditLog]),
      globals: changeGlobals(config, ['editorial-settings'], (g) => ({
        ...g,
        hooks: { ...g.hooks, afterChange: [...(g.hooks?.afterChange ?? []), auditSettings] },
      })),
    }
  }
