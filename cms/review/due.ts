import type { Payload, Where } from 'payload'

import type { User } from '../../shared/payload-types'
import { hasRole, isAdminUser } from '../access'

/** The collections with owners and review, and their names in the admin's lists. */
export const EDITORIAL_COLLECTIONS = ['pages', 'reports', 'datasets', 'privacy-notices'] as const
type Slug = (typeof EDITORIAL_COLLECTIONS)[number]

export interface DueItem {
  collection: Slug
  id: number | string
  title: string
  /** Review-by date, or when it was submitted. */
  date: string
  by?: string
}
export interface DueLists {
  /** Drafts submitted for review (for publishers and admins). */
  waiting: DueItem[]
  /** The user's documents whose review-by date has passed. */
  overdue: DueItem[]
  /** The user's documents due for review within `soonDays`. */
  dueSoon: DueItem[]
}

const titleOf = (doc: object) => {
  const d = doc as { title?: unknown; slug?: unknown; id: unknown }
  return String(d.title ?? d.slug ?? d.id)
}

/** What waits for this user: submitted drafts (if they publish), and their own documents overdue or soon due for review. */
export async function dueFor(payload: Payload, user: Pick<User, 'id' | 'roles'>, now = new Date(), soonDays = 30): Promise<DueLists> {
  const soon = new Date(now.getTime() + soonDays * 86_400_000)
  const lists: DueLists = { waiting: [], overdue: [], dueSoon: [] }
  const find = (collection: Slug, where: Where, draft: boolean) =>
    payload.find({
      collection,
      where,
      draft,
      depth: 1,
      limit: 50,
      overrideAccess: true,
      sort: draft ? '-updatedAt' : 'responsibility.reviewBy',
    })
  for (const collection of EDITORIAL_COLLECTIONS) {
    if (isAdminUser(user) || hasRole(user, 'publisher')) {
      // The latest draft of each document: that is where an editor's submission is.
      for (const doc of (await find(collection, { 'review.state': { equals: 'submitted' } }, true)).docs) {
        const review = (doc as { review?: { requestedAt?: string | null; requestedBy?: unknown } }).review
        const by = review?.requestedBy && typeof review.requestedBy === 'object' ? (review.requestedBy as User) : undefined
        lists.waiting.push({
          collection,
          id: doc.id,
          title: titleOf(doc),
          date: review?.requestedAt ?? doc.updatedAt,
          by: by?.name || by?.email,
        })
      }
    }
    const mine: Where = { 'responsibility.owner': { equals: user.id } }
    for (const doc of (
      await find(collection, { and: [mine, { 'responsibility.reviewBy': { less_than_equal: soon.toISOString() } }] }, false)
    ).docs) {
      const date = (doc as { responsibility?: { reviewBy?: string | null } }).responsibility?.reviewBy
      if (!date) continue
      ;(new Date(date) <= now ? lists.overdue : lists.dueSoon).push({ collection, id: doc.id, title: titleOf(doc), date })
    }
  }
  return lists
}
