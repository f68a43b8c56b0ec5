/**
 * The only link addresses the public site renders: web addresses (http, https), e-mail and phone links, and paths
 * on the site itself. Anything else (`javascript:`, `data:`, `vbscript:`, protocol-relative `//host`, addresses
 * with control characters) is refused, whatever the CMS holds: a draft or an older document may carry one.
 */
const SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])

export function safeHref(href: string | null | undefined): string | undefined {
  if (typeof href !== 'string') return undefined
  const value = href.trim()
  // Browsers drop tabs and line breaks inside URLs ("java\tscript:"), so any control character or space is refused.
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  if (!value || /[\u0000-\u0020\u007f-\u009f]/.test(value)) return undefined
  if (value.startsWith('/')) return /^\/[/\\]/.test(value) ? undefined : value
  if (value.startsWith('#') || value.startsWith('?')) return value
  try {
    return SCHEMES.has(new URL(value).protocol) ? value : undefined
  } catch {
    return undefined
  }
}

/** What the CMS accepts as a link's address: a path on the site or a full http(s) address. */
export const isAllowedLinkUrl = (value: string) => safeHref(value) !== undefined && /^(https?:\/\/[^/\s]+|\/)/i.test(value.trim())
