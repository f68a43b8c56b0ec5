import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { en } from '@payloadcms/translations/languages/en'
import { sv } from '@payloadcms/translations/languages/sv'
import { LinkFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Datasets } from './collections/Datasets/config'
import { DataRequests } from './collections/DataRequests/config'
import { Documents } from './collections/Documents/config'
import { Feedback } from './collections/Feedback/config'
import { DeleteExpiredFeedbackTask } from './collections/Feedback/retention-task'
import { submitFormEndpoint } from './collections/Feedback/submit-endpoint'
import { Media } from './collections/Media/config'
import { Pages } from './collections/Pages/config'
import { PrivacyNotices } from './collections/PrivacyNotices/config'
import { Reports } from './collections/Reports/config'
import { Topics } from './collections/Topics/config'
import { Users } from './collections/Users/config'
import { adminOrigins } from './admin-origins'
import { databaseAdapter } from './database'
import { refuseUnsafeRichTextLinks } from './fields/link'
import { Navigation } from './globals/Navigation'
import { SiteSettings } from './globals/SiteSettings'
import { payloadSecret } from './secret'
import { SiteBuild } from './globals/SiteBuild'
import { rebuildNowEndpoint, rollbackEndpoint, statusEndpoint } from './site-build/endpoints'
import { rebuildAfterChange, rebuildAfterDelete, rebuildAfterGlobalChange, rememberLiveStatus } from './site-build/hooks'
import { RebuildSiteTask } from './site-build/task'
import { liveStatusField } from './site-build/live-status-field'
import type { CollectionConfig, GlobalConfig } from 'payload'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** Every change to public content rebuilds the site; documents with drafts also show whether they are live. */
const hasDrafts = (collection: CollectionConfig) =>
  Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)
const publicContent = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: hasDrafts(collection) ? [...collection.fields, liveStatusField] : collection.fields,
  hooks: {
    ...collection.hooks,
    beforeValidate: [...(collection.hooks?.beforeValidate ?? []), refuseUnsafeRichTextLinks],
    beforeChange: [...(collection.hooks?.beforeChange ?? []), ...(hasDrafts(collection) ? [rememberLiveStatus] : [])],
    afterChange: [...(collection.hooks?.afterChange ?? []), rebuildAfterChange],
    afterDelete: [...(collection.hooks?.afterDelete ?? []), rebuildAfterDelete],
  },
})
const publicGlobal = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  hooks: {
    ...global.hooks,
    beforeValidate: [...(global.hooks?.beforeValidate ?? []), refuseUnsafeRichTextLinks],
    afterChange: [...(global.hooks?.afterChange ?? []), rebuildAfterGlobalChange],
  },
})

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname, importMapFile: path.resolve(dirname, 'app/(payload)/admin/importMap.js') },
    meta: { titleSuffix: ' – Publiceringsplattform' },
  },
  i18n: { supportedLanguages: { sv, en }, fallbackLanguage: 'sv' },
  collections: [...[Pages, Reports, Datasets, Topics, PrivacyNotices, Media, Documents].map(publicContent), Feedback, DataRequests, Users],
  globals: [...[SiteSettings, Navigation].map(publicGlobal), SiteBuild],
  endpoints: [rebuildNowEndpoint, rollbackEndpoint, statusEndpoint, submitFormEndpoint],
  jobs: {
    tasks: [RebuildSiteTask, DeleteExpiredFeedbackTask],
    enableConcurrencyControl: true,
    // Runs only where Payload is started with cron (the admin server): scheduled publishing and the daily deletion
    // of expired submissions. The site-build queue holds records of changes for the publishing service
    // (cms/site-build/service.ts), which reads them itself: no runner runs them.
    autoRun: [{ cron: '* * * * *', queue: 'default', limit: 20 }],
  },
  editor: lexicalEditor({
    features: ({ defaultFeatures }) => [
      ...defaultFeatures.filter((feature) => feature.key !== 'link'),
      LinkFeature({ enabledCollections: ['pages', 'reports'] }),
    ],
  }),
  db: databaseAdapter(),
  secret: payloadSecret(),
  sharp,
  serverURL: process.env.CMS_PUBLIC_URL ?? '',
  // No CORS for the API: the one cross-origin caller, the site's form script, is answered by its own endpoint
  // (cms/collections/Feedback/submit-endpoint.ts). The session cookie is honoured only on requests from the
  // admin's own origin, always (cms/admin-origins.ts), so no other page can act as a signed-in editor.
  csrf: adminOrigins(),
  // Uploads: Payload refuses a bigger file with 413 (cms/api-guard.ts bounds every request body before that).
  upload: { limits: { fileSize: 100_000_000 } },
  typescript: { outputFile: path.resolve(dirname, '../shared/payload-types.ts') },
  // Nothing uses GraphQL: it is off, so it is not one more way in to keep closed.
  graphQL: { disable: true },
  telemetry: false,
})
