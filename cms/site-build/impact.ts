/**
 * What a publish would change, asked of the publisher before publishing (the note beside Publish): which public
 * pages would be rendered anew or would go, from the publisher's own route keys; and which live pages link to the
 * document's address, so an editor about to delete or move it is warned. The publisher answers in its own process
 * (a function registered by the publishing service) or, from the admin server, on its loopback address.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { isContentLocale, type ContentLocale } from '../../shared/locales'
import { isStaffUser } from '../access'
import { ADDRESS_OF, publicAddress, type RedirectTarget } from '../collections/Redirects/record'

export type Impact = { changed: string[]; removed: string[] }
export interface PublisherQueries {
  impact(collection: string, id: string, locale: ContentLocale): Promise<Impact>
  linksTo(address: string): string[]
}

const QUERIES = Symbol.for('regional-publishing.publisher-queries')
type Holder = { [QUERIES]?: PublisherQueries }
export const setLocalPublisherQueries = (queries: PublisherQueries | undefined) => ((globalThis as Holder)[QUERIES] = queries)

/** Asks the publisher: in this process, or at PUBLISHER_URL; undefined when no publisher runs. */
async function ask<T>(path: '/impact' | '/links-to', params: Record<string, string>, local: (q: PublisherQueries) => Promise<T> | T) {
  const queries = (globalThis as Holder)[QUERIES]
  if (queries) return local(queries)
  const url = process.env.PUBLISHER_URL
  if (!url) return undefined
  const response = await fetch(`${url.replace(/\/+$/, '')}${path}?${new URLSearchParams(params)}`, { signal: AbortSignal.timeout(30_000) })
  return response.ok ? ((await response.json()) as T) : undefined
}

/** The document the request names, checked: a page or report, an id, a content language. */
function target(
  req: PayloadRequest,
): { collection: RedirectTarget | 'datasets' | 'privacy-notices'; id: string; locale: ContentLocale } | Response {
  if (!isStaffUser(req.user)) return Response.json({ error: 'Logga in för att se vad en publicering ändrar.' }, { status: 403 })
  const { collection, id, locale = 'sv' } = (req.query ?? {}) as Record<string, string | undefined>
  if (
    !['pages', 'reports', 'datasets', 'privacy-notices'].includes(collection ?? '') ||
    !id ||
    !/^\w+$/.test(id) ||
    !isContentLocale(locale)
  )
    return Response.json({ error: 'Ange collection (pages, reports, datasets, privacy-notices), id och locale.' }, { status: 400 })
  return { collection: collection as RedirectTarget, id, locale }
}

/** GET /api/site-build/impact?collection=pages&id=1&locale=sv (staff): the addresses publishing the draft would change. */
export const impactEndpoint: Endpoint = {
  path: '/site-build/impact',
  method: 'get',
  handler: async (req) => {
    const asked = target(req)
    if (asked instanceof Response) return asked
    const impact = await ask('/impact', asked, (q) => q.impact(asked.collection, asked.id, asked.locale))
    if (!impact) return Response.json({ error: 'Publiceringstjänsten svarar inte just nu.' }, { status: 503 })
    return Response.json(impact)
  },
}

/** GET /api/site-build/links-to?collection=pages&id=1&locale=sv (staff): the live pages linking to the document's address. */
export const linksToEndpoint: Endpoint = {
  path: '/site-build/links-to',
  method: 'get',
  handler: async (req) => {
    const asked = target(req)
    if (asked instanceof Response) return asked
    if (!(asked.collection in ADDRESS_OF)) return Response.json({ address: null, pages: [] })
    const address = await publicAddress(req, asked.collection as RedirectTarget, asked.id, asked.locale)
    if (!address) return Response.json({ address: null, pages: [] })
    const pages = (await ask('/links-to', { address }, (q) => q.linksTo(address))) ?? []
    return Response.json({ address, pages: pages.filter((page) => page !== address) })
  },
}
