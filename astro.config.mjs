import node from '@astrojs/node'
import react from '@astrojs/react'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'

/**
 * The public static site. Content comes from the CMS at build time (site/content.config.ts);
 * `npm run build` (scripts/build-site.ts) runs this build and then copies uploaded files into it.
 * Output: dist/client is the static site to publish; dist/server holds only the preview route.
 */
export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The sitemap lists every public page (not the preview route, the 404 page or the forms' answer pages).
  integrations: [react(), sitemap({ filter: (page) => !/^\/(forhandsvisning\/|formular\/|404)/.test(new URL(page).pathname) })],
  // Every public page is prerendered to static HTML (dist/client). The one on-demand route, the editors' draft
  // preview (site/pages/forhandsvisning/), goes to dist/server and is mounted by `npm start` (scripts/serve-site.ts).
  adapter: node({ mode: 'middleware' }),
  devToolbar: { enabled: false },
  // The content store and the incremental build cache belong to one database: scripts/build-site.ts puts them
  // under DATA_DIR, so a build never reuses pages rendered from another database.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  experimental: { incrementalBuild: true },
})
