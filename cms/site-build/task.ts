import type { TaskConfig } from 'payload'

/**
 * A change waiting to go live (queued by queue.ts). These jobs are records, not work for Payload's
 * job runner: the publishing service reads them, publishes all waiting changes at once and deletes them
 * (service.ts). No autoRun queue runs them; should anything run one, it only says so.
 */
export const RebuildSiteTask: TaskConfig<'rebuildSite'> = {
  slug: 'rebuildSite',
  label: 'Publish a change to the public site',
  inputSchema: [
    { name: 'reason', type: 'text' },
    // { collection, id } | { global } | { all: true } | { rollback: buildId }
    { name: 'change', type: 'json' },
  ],
  retries: 0,
  handler: async () => ({ output: {} }),
}
