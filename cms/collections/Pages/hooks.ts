import { randomBytes } from 'node:crypto'

import { ValidationError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import type { Page } from '../../../shared/payload-types'
import { CONTENT_LOCALES, DEFAULT_LOCALE, isContentLocale, localePath } from '../../../shared/locales'
import { RESERVED_TOP_LEVEL_SLUGS, pathFromSlugs } from '../../../shared/slug'
import { recordRedirect, releaseAddress } from '../Redirects/record'

/** The language's name in Swedish, for the editors' messages ("engelska"). */
const localeName = (code: string | undefined) => (CONTENT_LOCALES.find((l) => l.code === code)?.swedish ?? 'svenska').toLowerCase()

type PageRef = Pick<Page, 'id' | 'title' | 'slug' | 'parent'>

const idOf = (ref: PageRef['parent']) => (ref && typeof ref === 'object' ? ref.id : ref)

/** The chain of ancestors, root first. Refuses a page that would become its own ancestor. */
async function ancestorsOf(parentId: number | string | null | undefined, selfId: number | string | undefined, req: PayloadRequest) {
  const chain: PageRef[] = []
  let next = parentId
  while (next !== null && next !== undefined) {
    if (selfId !== undefined && String(next) === String(selfId)) {
      throw new ValidationError({
        errors: [{ path: 'parent', message: 'En sida kan inte ligga under sig själv eller en av sina undersidor.' }],
      })
    }
    if (chain.some((p) => String(p.id) === String(next))) break
    // The stored (public) version of each ancestor: an unpublished draft of a parent never shapes a child's address.
    const parent = await req.payload.findByID({ collection: 'pages', id: next, depth: 0, draft: false, overrideAccess: true, req })
    if (!parent.slug) {
      throw new ValidationError({
        errors: [
          { path: 'parent', message: `Den överordnade sidan finns inte på ${localeName(req.locale)} ännu. Skriv och spara den först.` },
        ],
      })
    }
    chain.unshift(parent)
    next = idOf(parent.parent)
  }
  return chain
}

/**
 * Computes breadcrumbs and the full path ("/samordning/uppfoljning/") from the parent chain,
 * and refuses a path another page already has or a top-level slug the site's own sections use.
 */
export const setBreadcrumbsAndPath: CollectionBeforeChangeHook<Page> = async ({ data, originalDoc, req }) => {
  // An update may carry only the changed fields: the rest comes from the stored document.
  const selfId = originalDoc?.id
  const slug = data.slug ?? originalDoc?.slug ?? ''
  const title = data.title ?? originalDoc?.title ?? ''
  // No address in this language yet (a draft begun in English, say): nothing to work out until it has a slug.
  if (!slug) return data
  const parentId = idOf('parent' in data ? data.parent : originalDoc?.parent)
  const ancestors = await ancestorsOf(parentId, selfId, req)
  const slugs = [...ancestors.map((p) => p.slug), slug]
  if (ancestors.length === 0 && RESERVED_TOP_LEVEL_SLUGS.includes(slug)) {
    throw new ValidationError({ errors: [{ path: 'slug', message: `Adressen "/${slug}/" används av webbplatsen själv. Välj en annan.` }] })
  }
  const path = pathFromSlugs(slugs)
  const clash = await req.payload.find({
    collection: 'pages',
    where: { and: [{ path: { equals: path } }, ...(selfId !== undefined ? [{ id: { not_equals: selfId } }] : [])] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (clash.totalDocs > 0) {
    throw new ValidationError({
      errors: [{ path: 'slug', message: `Det finns redan en sida med adressen ${path}. Välj en annan adress (slug).` }],
    })
  }
  const breadcrumbs = [...ancestors, { title, slug }].map((p, i) => ({
    label: p.title,
    url: pathFromSlugs(slugs.slice(0, i + 1)),
  }))
  return { ...data, path, breadcrumbs }
}

/**
 * When a page's stored (public) address or title changes in one language, the addresses and breadcrumbs of its
 * sub-pages in that language follow. Written straight to the database: re-saving the sub-pages would turn a
 * pending draft of theirs into the stored document (and unpublish it). A draft save of the parent changes nothing
 * public, so it moves nothing.
 */
export const updateDescendants: CollectionAfterChangeHook<Page> = async ({ doc, previousDoc, req }) => {
  if (previousDoc?.path === doc.path && previousDoc?.title === doc.title) return doc
  const stored = await req.payload.findByID({ collection: 'pages', id: doc.id, depth: 0, draft: false, overrideAccess: true, req })
  if (stored.updatedAt !== doc.updatedAt) return doc // this save only made a new draft
  if (stored.path) await refreshChildren(stored, req.locale ?? DEFAULT_LOCALE, req)
  return doc
}

type Crumb = { label?: string | null; url?: string | null }
/** A stored page as the database holds it: every localized field keyed by language. */
type StoredInAllLocales = Record<string, unknown> & {
  id: number | string
  slug?: Record<string, string | null | undefined> | null
  title?: Record<string, string | null | undefined> | null
  path?: Record<string, string | null | undefined> | null
  breadcrumbs?: Record<string, Crumb[] | null | undefined> | null
}

async function refreshChildren(
  parent: { id: Page['id']; path?: string | null; breadcrumbs?: Crumb[] | null },
  locale: string,
  req: PayloadRequest,
) {
  const children = await req.payload.find({
    collection: 'pages',
    where: { parent: { equals: parent.id } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const { id } of children.docs) {
    // The whole stored document in every language: the database rewrites a page's localized rows together, so a
    // write of one language's address alone would erase the other language's text.
    const child = (await req.payload.db.findOne({
      collection: 'pages',
      where: { id: { equals: id } },
      locale: 'all',
      req,
    })) as StoredInAllLocales | null
    const slug = child?.slug?.[locale]
    if (!child || !slug) continue // no version in this language
    const path = `${parent.path ?? '/'}${slug}/`
    const breadcrumbs = [
      ...(parent.breadcrumbs ?? []).map(({ label, url }) => ({ label, url })),
      { label: child.title?.[locale], url: path },
    ]
    const current = child.breadcrumbs?.[locale]?.map(({ label, url }) => ({ label, url }))
    if (child.path?.[locale] === path && JSON.stringify(current) === JSON.stringify(breadcrumbs)) continue
    // Array rows written below Payload's operations need their ids (ObjectId-like, as Payload makes them).
    const rows = breadcrumbs.map((crumb) => ({ ...crumb, id: randomBytes(12).toString('hex') }))
    await req.payload.db.updateOne({
      collection: 'pages',
      id: child.id,
      data: { ...child, path: { ...child.path, [locale]: path }, breadcrumbs: { ...child.breadcrumbs, [locale]: rows } },
      req,
      returning: false,
    })
    const oldPath = child.path?.[locale]
    if (oldPath && oldPath !== path && isContentLocale(locale)) {
      // The sub-page's old address leads to it from now on (the page's own: cms/collections/Redirects/record.ts).
      await recordRedirect(req, { from: localePath(locale, oldPath), collection: 'pages', id: child.id, locale })
      await releaseAddress(req, localePath(locale, path))
    }
    await refreshChildren({ id: child.id as Page['id'], path, breadcrumbs }, locale, req)
  }
}
