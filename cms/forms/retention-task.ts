import type { TaskConfig } from 'payload'

/**
 * Daily (03:00) in the jobs queue: deletes every submission whose retention period has passed, e-mail address and
 * all. The period comes from the privacy notice in force when it arrived (`deleteAfter`, set on arrival).
 */
export const DeleteExpiredFeedbackTask: TaskConfig<'deleteExpiredFeedback'> = {
  slug: 'deleteExpiredFeedback',
  label: 'Delete submissions past their retention period',
  schedule: [{ cron: '0 0 3 * * *', queue: 'default' }],
  outputSchema: [{ name: 'deleted', type: 'number' }],
  retries: 2,
  handler: async ({ req }) => {
    const result = await req.payload.delete({
      collection: 'feedback',
      where: { deleteAfter: { less_than: new Date().toISOString() } },
      overrideAccess: true,
      req,
    })
    if (result.docs.length > 0) req.payload.logger.info(`Deleted ${result.docs.length} submissions past their retention period`)
    return { output: { deleted: result.docs.length } }
  },
}
