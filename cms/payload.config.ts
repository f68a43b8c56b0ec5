import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { en } from '@payloadcms/translations/languages/en'
import { sv } from '@payloadcms/translations/languages/sv'
import { LinkFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Documents } from './collections/Documents/config'
import { Media } from './collections/Media/config'
import { Pages } from './collections/Pages/config'
import { PrivacyNotices } from './collections/PrivacyNotices/config'
import { Reports } from './collections/Reports/config'
import { Topics } from './collections/Topics/config'
import { Users } from './collections/Users/config'
import { databaseAdapter } from './database'
import { Navigation } from './globals/Navigation'
import { SiteSettings } from './globals/SiteSettings'
import { payloadSecret } from './secret'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname, importMapFile: path.resolve(dirname, 'app/(payload)/admin/importMap.js') },
    meta: { titleSuffix: ' – Publiceringsplattform' },
  },
  i18n: { supportedLanguages: { sv, en }, fallbackLanguage: 'sv' },
  collections: [Pages, Reports, Topics, PrivacyNotices, Media, Documents, Users],
  globals: [SiteSettings, Navigation],
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
  cors: process.env.SITE_URL ? [process.env.SITE_URL] : [],
  typescript: { outputFile: path.resolve(dirname, '../shared/payload-types.ts') },
  graphQL: { disablePlaygroundInProduction: true },
  telemetry: false,
})
