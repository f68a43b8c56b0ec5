import type { APIRoute } from 'astro'

import { sitemapIndexResponse } from '../lib/sitemap'

/** /sitemap-index.xml: points to sitemap-0.xml (robots.txt names this file). */
export const GET: APIRoute = () => sitemapIndexResponse()
