import { ValidationError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import type { Redirect } from '../../../shared/payload-types'
import { isContentLocale } from '../../../shared/locales'
import { internalPath } from '../../../shared/redirects'
import { publicAddress, type RedirectTarget } from './record'

type Target = NonNullable<Redirect['to']>
const refuse = (message: string) => new ValidationError({ errors: [{ path: 'to.url', message }] })

/** The redirect from this address, other than the one being saved. */
async function redirectFrom(req: PayloadRequest, from: string, except: number | string | undefined) {
  const found = await req.payload.find({
    collection: 'redirects',
    where: { and: [{ from: { equals: from } }, ...(except !== undefined ? [{ id: { not_equals: except } }] : [])] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return found.docs[0]
}

/**
 * Refuses a redirect that leads back to its own address, directly, through other redirects or to a page that is at
 * that address already; a chain (to an address that itself redirects) is stored as its end, so a visitor is sent on once.
 */
export const refuseLoops: CollectionBeforeChangeHook<Redirect> = async ({ data, originalDoc, req }) => {
  const from = data.from ?? originalDoc?.from
  let to = { ...originalDoc?.to, ...data.to } as Target
  if (!from) return data
  const seen = new Set([from])
  for (
    let path = to.type === 'custom' ? internalPath(to.url) : undefined;
    path;
    path = to.type === 'custom' ? internalPath(to.url) : undefined
  ) {
    if (seen.has(path)) throw refuse(`Omdirigeringen leder tillbaka till ${from} (${[...seen, path].join(' → ')}).`)
    seen.add(path)
    const next = await redirectFrom(req, path, originalDoc?.id)
    if (!next?.to) break
    to = { type: next.to.type, reference: next.to.reference, locale: next.to.locale, url: next.to.url }
  }
  if (to.type === 'reference' && to.reference) {
    const { relationTo, value } = to.reference
    const id = typeof value === 'object' ? value.id : value
    const locale = isContentLocale(to.locale) ? to.locale : 'sv'
    if ((await publicAddress(req, relationTo as RedirectTarget, id, locale)) === from)
      throw new ValidationError({ errors: [{ path: 'to.reference', message: `Den valda sidan har redan adressen ${from}.` }] })
  }
  return { ...data, to }
}

/** Redirects that led to this one's address now lead where it leads (no chains are kept). */
export const collapseChains: CollectionAfterChangeHook<Redirect> = async ({ doc, req }) => {
  const pointing = await req.payload.find({
    collection: 'redirects',
    where: { and: [{ 'to.type': { equals: 'custom' } }, { 'to.url': { equals: doc.from } }, { id: { not_equals: doc.id } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const to = { type: doc.to?.type, reference: doc.to?.reference, locale: doc.to?.locale, url: doc.to?.url }
  for (const earlier of pointing.docs)
    await req.payload.update({ collection: 'redirects', id: earlier.id, data: { to: to as Target }, overrideAccess: true, req })
  return doc
}
