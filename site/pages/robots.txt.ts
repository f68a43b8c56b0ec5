import type { APIRoute } from 'astro'

/** /robots.txt: everything may be indexed except the editors' preview; the sitemap's address comes from SITE_URL. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nDisallow: /forhandsvisning/\n\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  })
