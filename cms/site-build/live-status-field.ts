import type { Field } from 'payload'

/**
 * A sidebar note on documents with drafts: is the published version on the public site yet (and since when), which
 * public pages publishing the draft would change, and which live pages link to it (before it is deleted or moved).
 */
export const liveStatusField: Field = {
  name: 'liveStatus',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '/site-build/components/LiveStatus#LiveStatus' } },
}

export const impactField: Field = {
  name: 'publishImpact',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '/site-build/components/Impact#Impact' } },
}
