import type { APIRoute } from 'astro'

import { sitemapResponse } from '../lib/sitemap'

/** /sitemap-0.xml: every public page (lib/sitemap.ts). */
export const GET: APIRoute = () => sitemapResponse()
