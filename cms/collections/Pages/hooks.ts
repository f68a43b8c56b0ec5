import { ValidationError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { RESERVED_TOP_LEVEL_SLUGS, pathFromSlugs } from '../../../shared/slug'

type PageRef = { id: number | string; title: string; slug: string; parent?: number | string | { id: number | string } | null }

const idOf = (ref: PageRef['parent']) => (ref && typeof ref === 'object' ? ref.id : ref)

/** The chain of ancestors, root first. Refuses a page that would become its own ancestor. */
async function ancestorsOf(parentId: number | string | null | undefined, selfId: number | string | undefined, req: PayloadRequest) {
  const chain: PageRef[] = []
  let next = parentId
  while (next !== null && next !== undefined) {
    if (selfId !== undefined && String(next) === String(selfId)) {
      throw new ValidationError({ errors: [{ path: 'parent', message: 'En sida kan inte ligga under sig själv eller en av sina undersidor.' }] })
    }
    if (chain.some((p) => String(p.id) === String(next))) break
    const parent = (await req.payload.findByID({ collection: 'pages', id: next, depth: 0, draft: true, overrideAccess: true, req })) as unknown as PageRef
    chain.unshift(parent)
    next = idOf(parent.parent)
  }
  return chain
}

/**
 * Computes breadcrumbs and the full path ("/samordning/uppfoljning/") from the parent chain,
 * and refuses a path another page already has or a top-level slug the site's own sections use.
 */
export const setBreadcrumbsAndPath: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  // An update may carry only the changed fields: the rest comes from the stored document.
  const selfId = originalDoc?.id
  const slug: string = data.slug ?? originalDoc?.slug
  const title: string = data.title ?? originalDoc?.title
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
    throw new ValidationError({ errors: [{ path: 'slug', message: `Det finns redan en sida med adressen ${path}. Välj en annan adress (slug).` }] })
  }
  const breadcrumbs = [...ancestors, { title, slug }].map((p, i) => ({
    label: p.title,
    url: pathFromSlugs(slugs.slice(0, i + 1)),
  }))
  return { ...data, path, breadcrumbs }
}

/** When a page's path or title changes, its sub-pages are saved again so their paths and breadcrumbs follow. */
export const updateDescendants: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  if (previousDoc?.path === doc.path && previousDoc?.title === doc.title) return doc
  const children = await req.payload.find({ collection: 'pages', where: { parent: { equals: doc.id } }, depth: 0, limit: 0, pagination: false, overrideAccess: true, req })
  for (const child of children.docs) {
    await req.payload.update({ collection: 'pages', id: child.id, data: {}, depth: 0, overrideAccess: true, req, context })
  }
  return doc
}
