import { defineCollection } from 'astro:content'

import { payloadCollection, payloadGlobals } from './lib/payload-loader'

/** Published CMS content, pulled at build time (see lib/cms-source.ts for where from). */
export const collections = {
  pages: defineCollection({ loader: payloadCollection('pages') }),
  reports: defineCollection({ loader: payloadCollection('reports') }),
  datasets: defineCollection({ loader: payloadCollection('datasets') }),
  topics: defineCollection({ loader: payloadCollection('topics') }),
  privacyNotices: defineCollection({ loader: payloadCollection('privacy-notices') }),
  globals: defineCollection({ loader: payloadGlobals(['site-settings', 'navigation']) }),
}
