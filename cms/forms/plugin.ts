/**
 * The public forms, as one Payload plugin: `forms()` in cms/payload.config.ts adds what visitors send
 * (collection.ts: the `feedback` collection), the one endpoint the public may post to (submit-endpoint.ts, with
 * its rate limits in rate-limit.ts) and the daily deletion of submissions past their retention period
 * (retention-task.ts). The form blocks editors place on pages are cms/blocks/Form.ts; the rules and messages both
 * sides share are shared/forms.ts.
 */
import type { Plugin } from 'payload'

import { addCollectionsBeforeAccounts } from '../config-changes'
import { Feedback } from './collection'
import { DeleteExpiredFeedbackTask } from './retention-task'
import { submitFormEndpoint } from './submit-endpoint'

export const forms = (): Plugin => (config) => ({
  ...config,
  collections: addCollectionsBeforeAccounts(config, [Feedback]),
  endpoints: [...(config.endpoints ?? []), submitFormEndpoint],
  jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), DeleteExpiredFeedbackTask] },
})
