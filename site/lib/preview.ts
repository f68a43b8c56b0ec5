/**
 * Drafts for the editors' preview. The preview route runs on demand (not prerendered) and asks the CMS's REST API
 * with the visitor's own CMS session (the `payload-token` cookie the admin sets, or an Authorization header):
 * only a signed-in editor or admin gets a draft; anyone else gets nothing.
 */
import { DEFAULT_LOCALE, isContentLocale, type ContentLocale } from '../../shared/locales'
import type { Page, Report } from './content'

export type PreviewResult =
  | { status: 200; collection: 'pages'; doc: Page; locale: ContentLocale }
  | { status: 200; collection: 'reports'; doc: Report; locale: ContentLocale }
  | { status: 401 | 404 | 502; message: string }

const cmsUrl = () => (process.env.CMS_INTERNAL_URL ?? process.env.CMS_URL ?? 'http://localhost:3000').replace(/\/+$/, '')

function sessionToken(request: Request): string | undefined {
  const header = request.headers.get('authorization')
  if (header?.startsWith('JWT ')) return header.slice(4)
  const cookie = request.headers.get('cookie') ?? ''
  return cookie.match(/(?:^|;\s*)payload-token=([^;]+)/)?.[1]
}

export async function loadPreview(request: Request, collection: string | undefined, id: string | undefined): Promise<PreviewResult> {
  if ((collection !== 'pages' && collection !== 'reports') || !id || !/^[\w-]{1,64}$/.test(id))
    return { status: 404, message: 'Det finns inget att förhandsgranska här.' }
  const token = sessionToken(request)
  const signIn = { status: 401 as const, message: 'Logga in i CMS:et för att förhandsgranska utkast.' }
  if (!token) return signIn
  const headers = { authorization: `JWT ${token}` }
  // The language being edited in the admin (cms/preview.ts): the draft is read and shown in it.
  const asked = new URL(request.url).searchParams.get('locale')
  const locale: ContentLocale = isContentLocale(asked) ? asked : DEFAULT_LOCALE
  try {
    const me = await fetch(`${cmsUrl()}/api/users/me`, { headers })
    const user = me.ok ? ((await me.json()) as { user?: { roles?: string[] } | null }).user : undefined
    if (!user?.roles?.some((role) => role === 'admin' || role === 'editor')) return signIn
    const response = await fetch(`${cmsUrl()}/api/${collection}/${encodeURIComponent(id)}?draft=true&depth=2&locale=${locale}`, {
      headers,
    })
    if (response.status === 404) return { status: 404, message: 'Dokumentet finns inte.' }
    if (!response.ok) return { status: 502, message: `CMS:et svarade ${response.status}.` }
    const doc = await response.json()
    return collection === 'pages' ? { status: 200, collection, doc, locale } : { status: 200, collection, doc, locale }
  } catch {
    return { status: 502, message: 'CMS:et svarar inte.' }
  }
}
