import { Forbidden, type CollectionBeforeChangeHook, type CollectionSlug, type Field, type PayloadRequest } from 'payload'

import { storedVersion } from '../stored-version'

import { mayPublish } from './access'
import { editorialSettings } from './settings'

/** Where a draft stands in review: sent for review by an editor, or sent back by a publisher with a comment. */
export const reviewField: Field = {
  name: 'review',
  type: 'group',
  label: { sv: 'Granskning', en: 'Review' },
  admin: { position: 'sidebar' },
  fields: [
    {
      name: 'state',
      type: 'select',
      label: { sv: 'Status', en: 'Status' },
      options: [
        { value: 'submitted', label: { sv: 'Skickad för granskning', en: 'Submitted for review' } },
        { value: 'returned', label: { sv: 'Skickad tillbaka', en: 'Sent back' } },
      ],
      admin: {
        description: {
          sv: 'Välj "Skickad för granskning" och spara när ändringen är klar; en publicist publicerar den eller skickar tillbaka den med en kommentar.',
          en: 'Choose "Submitted for review" and save when the change is ready; a publisher publishes it or sends it back with a comment.',
        },
      },
    },
    {
      name: 'requestedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { sv: 'Skickad av', en: 'Submitted by' },
      admin: { readOnly: true },
    },
    {
      name: 'requestedAt',
      type: 'date',
      label: { sv: 'Skickad', en: 'Submitted' },
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'comment', type: 'textarea', label: { sv: 'Granskarens kommentar', en: 'Reviewer’s comment' } },
  ],
}

/** Who answers for a document, when it is to be looked over next, and when its public content last changed. */
export const responsibilityField: Field = {
  name: 'responsibility',
  type: 'group',
  label: { sv: 'Ansvar', en: 'Responsibility' },
  admin: { position: 'sidebar' },
  fields: [
    { name: 'owner', type: 'relationship', relationTo: 'users', index: true, label: { sv: 'Ansvarig', en: 'Owner' } },
    { name: 'unit', type: 'text', label: { sv: 'Ansvarig enhet', en: 'Responsible unit' } },
    {
      name: 'reviewBy',
      type: 'date',
      index: true,
      label: { sv: 'Ses över senast', en: 'Review by' },
      admin: {
        date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' },
        description: {
          sv: 'Sätts när innehållet publiceras, om det inte redan är satt framåt i tiden.',
          en: 'Set on publishing unless already in the future.',
        },
      },
    },
    {
      name: 'overdue',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { sv: 'Försenad översyn', en: 'Review overdue' },
      admin: { readOnly: true, description: { sv: 'Markeras av den dagliga kontrollen.', en: 'Marked by the daily check.' } },
    },
    {
      name: 'contentUpdatedAt',
      type: 'date',
      localized: true,
      label: { sv: 'Senast uppdaterad', en: 'Last updated' },
      admin: {
        readOnly: true,
        description: { sv: 'När det publicerade innehållet senast ändrades.', en: 'When the published content last changed.' },
      },
    },
  ],
}

/** Fields whose changes are bookkeeping, not content: they leave "Senast uppdaterad" as it was. */
const BOOKKEEPING = new Set(['review', 'responsibility', 'updatedAt', 'createdAt', '_status', 'liveStatus', 'id', 'path', 'breadcrumbs'])

const addMonths = (date: Date, months: number) => {
  const next = new Date(date)
  next.setUTCMonth(next.getUTCMonth() + months)
  return next
}
type Review = { state?: string | null; requestedBy?: unknown; requestedAt?: string | null; comment?: string | null }
type Responsibility = {
  owner?: unknown
  unit?: string | null
  reviewBy?: string | null
  overdue?: boolean | null
  contentUpdatedAt?: string | null
}
type Doc = Record<string, unknown> & { review?: Review | null; responsibility?: Responsibility | null; _status?: string }

/**
 * The bookkeeping of review and responsibility on each save: who submitted a draft and when; only publishers send
 * one back; publishing ends the review, renews the review date and, when the public content changed, the date
 * shown as "Senast uppdaterad".
 */
export const keepEditorialRecord: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection, operation }) => {
  const before = (originalDoc ?? {}) as Doc
  const next = data as Doc
  const review: Review = { ...before.review, ...next.review }
  if (review.state === 'submitted' && before.review?.state !== 'submitted') {
    review.requestedBy = req.user?.id ?? null
    review.requestedAt = new Date().toISOString()
  }
  if (review.state === 'returned' && before.review?.state !== 'returned' && req.user && !(await mayPublish(req))) {
    throw new Forbidden(req.t)
  }
  const publishing = next._status === 'published'
  const responsibility: Responsibility = { ...before.responsibility, ...next.responsibility }
  if (publishing) {
    // Published: the review is over (the audit log keeps who published it).
    Object.assign(review, { state: null, comment: null, requestedBy: null, requestedAt: null })
    const now = new Date()
    if (!responsibility.reviewBy || new Date(responsibility.reviewBy) <= now) {
      const months = (await editorialSettings(req)).reviewIntervalMonths ?? 12
      responsibility.reviewBy = addMonths(now, months).toISOString()
    }
    responsibility.overdue = new Date(responsibility.reviewBy) <= now
    const live = operation === 'update' ? await publishedVersion(req, collection.slug, before.id) : undefined
    if (!live || contentDiffers(next, live)) responsibility.contentUpdatedAt = now.toISOString()
    else responsibility.contentUpdatedAt = live.responsibility?.contentUpdatedAt ?? now.toISOString()
  }
  return { ...data, review, responsibility }
}

async function publishedVersion(req: PayloadRequest, collection: CollectionSlug, id: unknown): Promise<Doc | undefined> {
  if (id === undefined) return undefined
  const stored = (await storedVersion(req, collection, id as number | string)) as Doc | undefined
  return stored?._status === 'published' ? stored : undefined
}

/** Whether the content being published differs from the live version, field by field (bookkeeping aside). */
function contentDiffers(next: Doc, live: Doc): boolean {
  const comparable = (value: unknown) => JSON.stringify(value ?? null)
  return Object.keys(next).some((key) => !BOOKKEEPING.has(key) && comparable(next[key]) !== comparable(live[key]))
}
