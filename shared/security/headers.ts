/**
 * The security headers of the public site, in one table: the site server (site/publisher/server.ts) sends them,
 * and every build writes them as `_headers` (the format Netlify and Cloudflare Pages read) for static hosts.
 * README ("Security headers") names them for hosts that are configured by hand.
 *
 * The scripts a page may run are listed in the page itself: Astro writes a Content-Security-Policy <meta> with the
 * hashes of its scripts (astro.config.mjs). A <meta> cannot forbid framing, so the header adds frame-ancestors;
 * both policies apply. Uploaded files get a policy of their own: nothing in them may run, and documents download.
 */
export type HeaderRule = { path: string; headers: Record<string, string> }

const PAGE_POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'"
/** For uploaded files, here and in the CMS: nothing in them runs, loads or may be framed. */
export const FILE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'"

export function siteHeaderRules({ https }: { https: boolean }): HeaderRule[] {
  return [
    {
      path: '/*',
      headers: {
        'Content-Security-Policy': PAGE_POLICY,
        'X-Frame-Options': 'DENY',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        ...(https ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
      },
    },
    { path: '/media/*', headers: { 'Content-Security-Policy': FILE_POLICY } },
    { path: '/dokument/*', headers: { 'Content-Security-Policy': FILE_POLICY, 'Content-Disposition': 'attachment' } },
  ]
}

/** The headers for one path: every matching rule in order, a later one replacing an earlier one's header. */
export function headersFor(pathname: string, rules: HeaderRule[]): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const rule of rules) {
    const matches = rule.path.endsWith('*') ? pathname.startsWith(rule.path.slice(0, -1)) : pathname === rule.path
    if (matches) Object.assign(headers, rule.headers)
  }
  return headers
}

/**
 * The rules as a `_headers` file. Such hosts join a header set by two matching rules into one list, which for a
 * Content-Security-Policy means both policies apply: still at least as strict as the site server.
 */
export function headersFile(rules: HeaderRule[]): string {
  return (
    rules.map((rule) => [rule.path, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n')).join('\n') +
    '\n'
  )
}

/** Whether the public site is served over HTTPS (SITE_URL), so HSTS is sent. */
export const siteUsesHttps = (siteUrl = process.env.SITE_URL ?? '') => siteUrl.startsWith('https://')
