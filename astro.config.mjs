import node from '@astrojs/node'
import react from '@astrojs/react'
import { defineConfig } from 'astro/config'

/**
 * The public site. `astro build` only bundles it (code, CSS, the statistics island, the preview route): the pages
 * themselves are rendered by the publisher (site/publisher/), from content it holds in memory, through the renderer
 * that build leaves behind, for `npm run build` and for every publish alike.
 * Output: client/ is the static site to publish; server/ holds only the editors' preview route.
 */
export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [react()],
  // Every public page is prerendered to static HTML (client/). The one on-demand route, the editors' draft
  // preview (site/pages/forhandsvisning/), goes to server/ and is mounted by the site server (site/publisher/server.ts).
  adapter: node({ mode: 'middleware' }),
  devToolbar: { enabled: false },
})
