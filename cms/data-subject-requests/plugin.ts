/**
 * A data subject's rights over what the forms stored, as one Payload plugin: `dataSubjectRequests()` in
 * cms/payload.config.ts, after `forms()`. It adds the export, count and erase endpoints to the `feedback`
 * collection (endpoints.ts: /api/feedback/data-subject/…), and the `data-requests` collection (collection.ts)
 * that logs each request, with the admin's panel above its list (DataSubjectPanel.tsx).
 */
import type { Plugin } from 'payload'

import { addCollectionsBeforeAccounts, changeCollections } from '../config-changes'
import { DataRequests } from './collection'
import { countEndpoint, eraseEndpoint, exportEndpoint } from './endpoints'

export const dataSubjectRequests = (): Plugin => (config) => {
  const collections = changeCollections(config, ['feedback'], (feedback) => ({
    ...feedback,
    endpoints: [...(feedback.endpoints || []), countEndpoint, exportEndpoint, eraseEndpoint],
  }))
  return { ...config, collections: addCollectionsBeforeAccounts({ ...config, collections }, [DataRequests]) }
}
