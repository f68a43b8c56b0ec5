import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { en } from '@payloadcms/translations/languages/en'
import { sv } from '@payloadcms/translations/languages/sv'
import { LinkFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type CollectionSlug, type GlobalSlug } from 'payload'
import sharp from 'sharp'

import { Datasets } from './collections/Datasets/config'
import { Documents } from './collections/Documents/config'
import { Media } from './collections/Media/config'
import { Pages } from './collections/Pages/config'
import { PrivacyNotices } from './collections/PrivacyNotices/config'
import { Redirects } from './collections/Redirects/config'
import { Reports } from './collections/Reports/config'
import { Topics } from './collections/Topics/config'
import { Users } from './collections/Users/config'
import { adminOrigins } from './admin-origins'
import { dataSubjectRequests } from './data-subject-requests/plugin'
import { databaseAdapter } from './database'
import { safeLinks } from './fields/link'
import { forms } from './forms/plugin'
import { Navigation } from './globals/Navigation'
import { SiteSettings } from './globals/SiteSettings'
import { payloadSecret } from './secret'
import { sitePublishing } from './site-build/plugin'
import { editorialControl } from './review/plugin'
import { auditTrail } from './audit/plugin'
import { contentLanguages } from './localization'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** What the public site shows: editors' text in these is checked for unsafe links, and each change is published. */
const publicCollections: CollectionSlug[] = ['pages', 'reports', 'datasets', 'topics', 'privacy-notices', 'media', 'documents', 'redirects']
const publicGlobals: GlobalSlug[] = ['site-settings', 'navigation']

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname, importMapFile: path.resolve(dirname, 'app/(payload)/admin/importMap.js') },
    meta: { titleSuffix: ' – Publiceringsplattform' },
  },
  i18n: { supportedLanguages: { sv, en }, fallbackLanguage: 'sv' },
  collections: [Pages, Reports, Datasets, Topics, PrivacyNotices, Media, Documents, Redirects, Users],
  globals: [SiteSettings, Navigation],
  plugins: [
    // Swedish and English content (the admin's own language is the separate `i18n` above).
    contentLanguages(),
    // Links in rich text checked on every save, drafts included: a defence, so its own plugin and not part of
    // publishing, which could be switched off or replaced without dropping it (cms/fields/link.ts).
    safeLinks({ collections: publicCollections, globals: publicGlobals }),
    // Publishing: hooks on public content, the `site-build` global, its endpoints and the `rebuildSite` task.
    sitePublishing({ collections: publicCollections, globals: publicGlobals }),
    // Review before publish (a publisher role), owners and review-by dates, the dashboard's lists of what is due.
    editorialControl({ collections: ['pages', 'reports', 'datasets', 'privacy-notices'] }),
    // Who published, unpublished, deleted, rolled back, changed a redirect, a role or the rules: an append-only log.
    auditTrail({ collections: ['pages', 'reports', 'datasets', 'privacy-notices'] }),
    // The public forms: the `feedback` collection, POST /api/forms/submit and the retention task.
    forms(),
    // Export and erasure of one person's submissions, and the `data-requests` log of them.
    dataSubjectRequests(),
  ],
  jobs: {
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
  // (cms/forms/submit-endpoint.ts). The session cookie is honoured only on requests from the
  // admin's own origin, always (cms/admin-origins.ts), so no other page can act as a signed-in editor.
  csrf: adminOrigins(),
  // Uploads: Payload refuses a bigger file with 413 (cms/api-guard.ts bounds every request body before that).
  upload: { limits: { fileSize: 100_000_000 } },
  typescript: { outputFile: path.resolve(dirname, '../shared/payload-types.ts') },
  // Nothing uses GraphQL: it is off, so it is not one more way in to keep closed.
  graphQL: { disable: true },
  telemetry: false,
})
