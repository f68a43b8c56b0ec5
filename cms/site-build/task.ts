import type { TaskConfig } from 'payload'

import { runSiteBuild } from './runner'

/** The jobs-queue task that rebuilds the public site (queued by cms/site-build/queue.ts). */
export const RebuildSiteTask: TaskConfig<'rebuildSite'> = {
  slug: 'rebuildSite',
  label: 'Rebuild the public site',
  inputSchema: [{ name: 'reason', type: 'text' }],
  outputSchema: [
    { name: 'buildId', type: 'text' },
    { name: 'status', type: 'text' },
  ],
  // A failed build is recorded in the site-build global and the next change queues a new one: no blind retries.
  retries: 0,
  concurrency: { key: () => 'site-build', exclusive: true, supersedes: true },
  handler: async ({ input, req }) => {
    const record = await runSiteBuild(req.payload, { reason: input.reason ?? 'ombyggnad' })
    return { output: { buildId: record.buildId, status: record.status } }
  },
}
