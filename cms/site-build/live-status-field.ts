import type { Field } from 'payload'

/** A sidebar note on documents with drafts: is the published version on the public site yet? */
export const liveStatusField: Field = {
  name: 'liveStatus',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '/site-build/components/LiveStatus#LiveStatus' } },
}
