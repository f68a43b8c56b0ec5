import type { Payload, Where } from 'payload'

import type { User } from '../../shared/payload-types'
import { hasRole, isAdminUser } from '../access'
import { pdfProblems } from './pdf-check'

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
  /** PDFs missing a title, a language or tags: those of the user's reports (all of them for publishers and admins). */
  files: { id: number | string; title: string; missing: string[] }[]
  /** Links to other websites found broken by the nightly check. */
  brokenExternalLinks: number
}

const titleOf = (doc: object) => {
  const d = doc as { title?: unknown; slug?: unknown; id: unknown }
  return String(d.title ?? d.slug ?? d.id)
}

/** What waits for this user: submitted drafts (if they publish), and their own documents overdue or soon due for review. */
export async function dueFor(payload: Payload, user: Pick<User, 'id' | 'roles'>, now = new Date(), soonDays = 30): Promise<DueLists> {
  const soon = new Date(now.getTime() + soonDays * 86_400_000)
  const lists: DueLists = { waiting: [], overdue: [], dueSoon: [], files: [], brokenExternalLinks: 0 }
  const publishes = isAdminUser(user) || hasRole(user, 'publisher')
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
    if (publishes) {
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
  lists.files = await filesToFix(payload, user, publishes)
  lists.brokenExternalLinks = (
    await payload.count({ collection: 'external-links', where: { ok: { equals: false } }, overrideAccess: true })
  ).totalDocs
  return lists
}

/** PDFs that do not declare a title, a language or tags (cms/review/pdf-check.ts). */
async function filesToFix(payload: Payload, user: Pick<User, 'id'>, all: boolean): Promise<DueLists['files']> {
  const lacking: Where = {
    and: [
      { mimeType: { equals: 'application/pdf' } },
      {
        or: [
          { 'pdfCheck.title': { exists: false } },
          { 'pdfCheck.language': { exists: false } },
          { 'pdfCheck.tagged': { not_equals: true } },
        ],
      },
    ],
  }
  let where = lacking
  if (!all) {
    const mine = await payload.find({
      collection: 'reports',
      where: { 'responsibility.owner': { equals: user.id } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    const ids = mine.docs
      .map((report) => (typeof report.pdf === 'object' ? report.pdf?.id : report.pdf))
      .filter((id) => id !== null && id !== undefined)
    if (ids.length === 0) return []
    where = { and: [lacking, { id: { in: ids } }] }
  }
  const found = await payload.find({ collection: 'documents', where, depth: 0, limit: 50, overrideAccess: true })
  return found.docs.map((doc) => ({ id: doc.id, title: doc.title, missing: pdfProblems(doc.pdfCheck) }))
}
