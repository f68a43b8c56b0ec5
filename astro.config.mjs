import node from '@astrojs/node'
import react from '@astrojs/react'
import { defineConfig } from 'astro/config'

import { cmsPublicUrl } from './shared/urls'

// The forms post to the CMS (and their script reads its answer): the only other origin a page talks to.
const cms = new URL(cmsPublicUrl()).origin

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
  // A Content-Security-Policy in every page's <meta>, with the hashes of the scripts and styles Astro puts in it
  // (the island's loader, the form and search scripts), so no other script can run. What a <meta> cannot say
  // (frame-ancestors) comes as a header from the site server and _headers (shared/security/headers.ts).
  security: {
    csp: {
      algorithm: 'SHA-256',
      // Pagefind compiles its WebAssembly in the browser; the search page fetches its index from this origin.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        `form-action 'self' ${cms}`,
        `connect-src 'self' ${cms}`,
      ],
    },
  },
})
