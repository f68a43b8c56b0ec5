import type { TaskConfig, Where } from 'payload'

import { EDITORIAL_COLLECTIONS } from './due'

/**
 * Daily (04:00) in the jobs queue: marks the documents whose review-by date has passed as overdue (and unmarks those
 * given a later date), so the lists and the collections' filters show them. Written to the stored document only: a
 * mark is bookkeeping, not a change of content, so it makes no version, no draft and no publish.
 */
export const MarkOverdueReviewsTask: TaskConfig<'markOverdueReviews'> = {
  slug: 'markOverdueReviews',
  label: 'Mark documents overdue for review',
  schedule: [{ cron: '0 0 4 * * *', queue: 'default' }],
  outputSchema: [{ name: 'marked', type: 'number' }],
  retries: 2,
  handler: async ({ req }) => {
    const now = new Date().toISOString()
    let marked = 0
    for (const collection of EDITORIAL_COLLECTIONS) {
      const mark = async (overdue: boolean) => {
        const where: Where = overdue
          ? { and: [{ 'responsibility.reviewBy': { less_than_equal: now } }, { 'responsibility.overdue': { not_equals: true } }] }
          : { and: [{ 'responsibility.reviewBy': { greater_than: now } }, { 'responsibility.overdue': { equals: true } }] }
        const found = await req.payload.db.find({ collection, where, limit: 0, pagination: false, req })
        for (const doc of found.docs as { id: number | string }[]) {
          // Only the mark: the other fields (and every language's) stay as stored.
          await req.payload.db.updateOne({
            collection,
            id: doc.id,
            data: { responsibility: { overdue } },
            req,
            returning: false,
          })
          if (overdue) marked++
        }
      }
      await mark(true)
      await mark(false)
    }
    if (marked > 0) req.payload.logger.info(`Marked ${marked} documents overdue for review`)
    return { output: { marked } }
  },
}
