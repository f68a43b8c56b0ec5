import { randomBytes } from 'node:crypto'

import { ValidationError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import type { Page } from '../../../shared/payload-types'
import { RESERVED_TOP_LEVEL_SLUGS, pathFromSlugs } from '../../../shared/slug'

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

type StoredPage = Pick<Page, 'id' | 'slug' | 'title' | 'path' | 'breadcrumbs' | 'updatedAt'>

/**
 * When a page's stored (public) address or title changes, the addresses and breadcrumbs of its sub-pages follow.
 * Only those two fields of the stored documents are written, straight to the database: re-saving the sub-pages
 * would turn a pending draft of theirs into the stored document (and unpublish it). A draft save of the parent
 * changes nothing public, so it moves nothing.
 */
export const updateDescendants: CollectionAfterChangeHook<Page> = async ({ doc, previousDoc, req }) => {
  if (previousDoc?.path === doc.path && previousDoc?.title === doc.title) return doc
  const stored = await req.payload.findByID({ collection: 'pages', id: doc.id, depth: 0, draft: false, overrideAccess: true, req })
  if (stored.updatedAt !== doc.updatedAt) return doc // this save only made a new draft
  await refreshChildren(stored, req)
  return doc
}

async function refreshChildren(parent: StoredPage, req: PayloadRequest) {
  const children = await req.payload.find({
    collection: 'pages',
    where: { parent: { equals: parent.id } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const child of children.docs) {
    const path = `${parent.path ?? '/'}${child.slug}/`
    const breadcrumbs = [...(parent.breadcrumbs ?? []).map(({ label, url }) => ({ label, url })), { label: child.title, url: path }]
    if (child.path === path && JSON.stringify(child.breadcrumbs?.map(({ label, url }) => ({ label, url }))) === JSON.stringify(breadcrumbs))
      continue
    // Array rows written below Payload's operations need their ids (ObjectId-like, as Payload makes them).
    const rows = breadcrumbs.map((crumb) => ({ ...crumb, id: randomBytes(12).toString('hex') }))
    await req.payload.db.updateOne({ collection: 'pages', id: child.id, data: { path, breadcrumbs: rows }, req, returning: false })
    await refreshChildren({ ...child, path, breadcrumbs }, req)
  }
}
