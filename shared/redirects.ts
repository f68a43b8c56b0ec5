/**
 * Redirects from old addresses, shared by the CMS (which checks what editors and the moving of pages record) and the
 * publisher (which writes them into the build: a `_redirects` file for static hosts that read one, a small HTML page
 * at each old address for hosts that don't, and the site server's 301/302 from the same file).
 */
export type RedirectStatus = 301 | 302
export interface RedirectRule {
  /** An address of this site, as a browser sends it (percent-encoded): "/samordning/" or "/gamla/rapport.pdf". */
  from: string
  /** Where it goes: an address of this site ("/ny/") or a full http(s) URL. */
  to: string
  status: RedirectStatus
}

/** Addresses the site itself needs and no redirect may take. */
const RESERVED_PREFIXES = ['/_astro/', '/pagefind/', '/forhandsvisning/', '/api/', '/admin/']
const RESERVED = new Set(['/', '/_redirects', '/_headers', '/404.html', '/en/404.html'])
/** Percent-encoded path characters (RFC 3986 pchar), nothing else: no spaces, quotes or angle brackets. */
const ENCODED_SEGMENT = /^(?:[A-Za-z0-9._~!$&'()*+,;=:@-]|%[0-9A-Fa-f]{2})+$/

export type Checked = { ok: true; value: string } | { ok: false; message: string }

/**
 * An old address as the site stores it: the path of this site's address (an address with this site's origin is
 * reduced to its path), percent-encoded, and ending in "/" unless its last part names a file ("rapport.pdf").
 */
export function normalizeFrom(input: string): Checked {
  const path = normalizePath(input, 'Den gamla adressen')
  if (!path.ok) return path
  if (
    RESERVED.has(path.value) ||
    RESERVED.has(path.value.replace(/\/$/, '')) ||
    RESERVED_PREFIXES.some((prefix) => path.value.startsWith(prefix))
  )
    return { ok: false, message: `Adressen ${path.value} används av webbplatsen själv och kan inte omdirigeras.` }
  return path
}

/** A path of this site, percent-encoded, ending in "/" unless its last part names a file. `what` names it in messages. */
function normalizePath(input: string, what: string): Checked {
  const text = input.trim()
  if (!text.startsWith('/') || text.startsWith('//'))
    return { ok: false, message: `${what} ska börja med / och vara en adress på webbplatsen, till exempel /om-oss/.` }
  if (/[?#]/.test(text)) return { ok: false, message: `${what} kan inte ha ? eller #: statiska webbservrar jämför bara sökvägen.` }
  if (/(^|\/)(\.|%2e){1,2}(\/|$)/i.test(text)) return { ok: false, message: `${what} får inte innehålla . eller .. som del.` }
  let pathname: string
  try {
    pathname = new URL(text, 'http://site.invalid').pathname
  } catch {
    return { ok: false, message: `${what} går inte att läsa som en adress.` }
  }
  const last = pathname.split('/').at(-1) ?? ''
  if (last !== '' && !last.includes('.')) pathname += '/'
  const parts = pathname.split('/').filter(Boolean)
  if (parts.some((part) => !ENCODED_SEGMENT.test(part) || /%(2f|5c|00)/i.test(part) || isDotSegment(part)))
    return { ok: false, message: `${what} innehåller tecken som inte kan ingå i en sökväg.` }
  return { ok: true, value: pathname }
}

const isDotSegment = (part: string) => {
  try {
    return ['.', '..'].includes(decodeURIComponent(part))
  } catch {
    return true
  }
}

/** A target typed by an editor: an address of this site ("/om-oss/") or a full http(s) URL. */
export function normalizeTarget(input: string): Checked {
  const text = input.trim()
  if (text.startsWith('/') && !text.startsWith('//')) {
    const [pathPart, ...rest] = text.split(/(?=[?#])/)
    const path = normalizePath(pathPart, 'Målet')
    return path.ok ? { ok: true, value: path.value + rest.join('') } : path
  }
  try {
    const url = new URL(text)
    if (url.protocol === 'https:' || url.protocol === 'http:') return { ok: true, value: url.href }
  } catch {
    // not a URL: the message below
  }
  return {
    ok: false,
    message: 'Målet ska vara en adress på webbplatsen (som /om-oss/) eller en fullständig adress som börjar med https://.',
  }
}

/** The path part of a target, when it is an address of this site. */
export const internalPath = (to: string | null | undefined) => (to?.startsWith('/') ? to.split(/[?#]/)[0] : undefined)

/**
 * The rules as they are served: a chain (a → b, b → c) collapsed to its end (a → c, b → c), and rules that lead
 * back to their own address (directly or round a loop) left out. Sorted by address.
 */
export function collapseRedirects(rules: RedirectRule[]): RedirectRule[] {
  const byFrom = new Map(rules.map((rule) => [rule.from, rule]))
  const served: RedirectRule[] = []
  for (const rule of byFrom.values()) {
    const seen = new Set([rule.from])
    let to = rule.to
    let looped = false
    for (let next = byFrom.get(internalPath(to) ?? ''); next; next = byFrom.get(internalPath(to) ?? '')) {
      if (seen.has(next.from)) {
        looped = true
        break
      }
      seen.add(next.from)
      to = next.to
    }
    if (!looped && internalPath(to) !== rule.from) served.push({ ...rule, to })
  }
  return served.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
}

/** The `_redirects` file of Netlify, Cloudflare Pages and others: "from to status", one rule a line. */
export function redirectsFile(rules: RedirectRule[]): string {
  return rules.map((rule) => `${rule.from} ${rule.to} ${rule.status}\n`).join('')
}

/** Reads a `_redirects` file this module wrote: address → rule. */
export function parseRedirectsFile(text: string): Map<string, RedirectRule> {
  const rules = new Map<string, RedirectRule>()
  for (const line of text.split('\n')) {
    const [from, to, status] = line.trim().split(/\s+/)
    if (from && to && (status === '301' || status === '302')) rules.set(from, { from, to, status: Number(status) as RedirectStatus })
  }
  return rules
}

/** The rule for a request's path: "/gammal" finds the rule of "/gammal/" as a static host would. */
export function redirectFor(rules: Map<string, RedirectRule>, pathname: string): RedirectRule | undefined {
  return rules.get(pathname) ?? (pathname.endsWith('/') ? undefined : rules.get(`${pathname}/`))
}

/** The file of the build at an old address ("/gammal/" → "gammal/index.html"), decoded as static hosts look them up. */
export function redirectPageFile(from: string): string | undefined {
  if (!from.endsWith('/')) return undefined
  return `${decodeURIComponent(from).slice(1)}index.html`
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!)

/**
 * The page a host without redirects serves at the old address: it sends the browser on at once, tells search engines
 * where the page lives now, and shows a link for anyone whose browser does not follow it.
 */
export function redirectPage(rule: RedirectRule, siteUrl: string): string {
  const absolute = escapeHtml(new URL(rule.to, siteUrl).href)
  const to = escapeHtml(rule.to)
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Sidan har flyttat</title>
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${to}">
<link rel="canonical" href="${absolute}">
</head>
<body>
<main>
<h1>Sidan har flyttat</h1>
<p>Den här sidan finns nu på <a href="${to}">${absolute}</a>.</p>
</main>
</body>
</html>
`
}
