/**
 * The security headers of the public site, in one table: the site server (site/publisher/server.ts) sends them,
 * and every build writes them as `_headers` (the format Netlify and Cloudflare Pages read) for static hosts.
 * README ("Security headers") names them for hosts that are configured by hand.
 *
 * The scripts a page may run are listed in the page itself: Astro writes a Content-Security-Policy <meta> with the
 * hashes of its scripts (astro.config.mjs). A <meta> cannot forbid framing, so the header adds frame-ancestors;
 * both policies apply. Uploaded files get a policy of their own: nothing in them may run, and documents download.
 */
/**
 * A header's value, or null to take away the header an earlier rule set (`! Name` in `_headers`). `replaces`: its
 * headers replace those earlier rules set rather than adding a second policy (in `_headers`: detached first).
 */
export type HeaderRule = { path: string; headers: Record<string, string | null>; replaces?: boolean }

const PAGE_POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'"
/**
 * The embeddable charts (/statistik/<slug>/inbaddning/) are made to be shown in other websites' <iframe>s: any site
 * may frame them, and X-Frame-Options (which can only say DENY or SAMEORIGIN) is not sent. Nothing on them acts for
 * a signed-in visitor, so framing them gives a clickjacker nothing to click.
 */
export const EMBED_PATH = '/statistik/:slug/inbaddning/'
const EMBED_POLICY = "frame-ancestors *; object-src 'none'; base-uri 'self'"
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
    { path: EMBED_PATH, headers: { 'Content-Security-Policy': EMBED_POLICY, 'X-Frame-Options': null }, replaces: true },
    { path: '/media/*', headers: { 'Content-Security-Policy': FILE_POLICY } },
    { path: '/dokument/*', headers: { 'Content-Security-Policy': FILE_POLICY, 'Content-Disposition': 'attachment' } },
  ]
}

/** Whether a rule's path matches: `*` at the end matches any rest, `:name` one segment (as in `_headers`). */
export function pathMatches(pattern: string, pathname: string): boolean {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
  const source = escaped.replace(/:\w+/g, '[^/]+').replace(/\*$/, '.*')
  return new RegExp(`^${source}$`).test(pathname)
}

/** The headers for one path: every matching rule in order, a later one replacing (or taking away) an earlier one's header. */
export function headersFor(pathname: string, rules: HeaderRule[]): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const rule of rules.filter((r) => pathMatches(r.path, pathname)))
    for (const [name, value] of Object.entries(rule.headers)) {
      if (value === null) delete headers[name]
      else headers[name] = value
    }
  return headers
}

/**
 * The rules as a `_headers` file. Such hosts join a header set by two matching rules into one list, which for a
 * Content-Security-Policy means both policies apply: still at least as strict as the site server. A rule that
 * replaces the page policy (the embeds') first detaches the inherited one (`! Name`, Cloudflare Pages' syntax), as it
 * does for a header taken away; hosts without detaching keep the embeds unframeable (README, "Security").
 */
export function headersFile(rules: HeaderRule[]): string {
  const lines = (rule: HeaderRule) =>
    Object.entries(rule.headers).flatMap(([name, value]) =>
      value === null ? [`  ! ${name}`] : rule.replaces ? [`  ! ${name}`, `  ${name}: ${value}`] : [`  ${name}: ${value}`],
    )
  return rules.map((rule) => [rule.path, ...lines(rule)].join('\n')).join('\n') + '\n'
}

/** Whether the public site is served over HTTPS (SITE_URL), so HSTS is sent. */
export const siteUsesHttps = (siteUrl = process.env.SITE_URL ?? '') => siteUrl.startsWith('https://')
