import type { CollectionConfig } from 'payload'

import { staff } from '../access'

export const AUDIT_ACTIONS = {
  publish: { sv: 'Publicerade', en: 'Published' },
  unpublish: { sv: 'Avpublicerade', en: 'Unpublished' },
  delete: { sv: 'Raderade', en: 'Deleted' },
  rollback: { sv: 'Återställde ett tidigare bygge', en: 'Rolled back' },
  redirect: { sv: 'Ändrade en omdirigering', en: 'Changed a redirect' },
  'redirect-delete': { sv: 'Tog bort en omdirigering', en: 'Removed a redirect' },
  roles: { sv: 'Ändrade roller', en: 'Changed roles' },
  settings: { sv: 'Ändrade redaktionella regler', en: 'Changed editorial rules' },
} as const
export type AuditAction = keyof typeof AUDIT_ACTIONS

/**
 * Who published, unpublished, deleted, rolled back, changed a redirect, a role or the editorial rules, and when.
 * Written by the CMS only (record.ts); editors read it; nobody changes or deletes an entry, not even an admin.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: { sv: 'Händelse', en: 'Event' }, plural: { sv: 'Händelselogg', en: 'Audit log' } },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['createdAt', 'action', 'summary', 'user'],
    group: { sv: 'Inställningar', en: 'Settings' },
    description: {
      sv: 'Vem som publicerade, avpublicerade, återställde, ändrade omdirigeringar, roller eller regler, och när. Loggen kan inte ändras.',
      en: 'Who published, unpublished, rolled back, changed redirects, roles or rules, and when. The log cannot be changed.',
    },
  },
  defaultSort: '-createdAt',
  access: { read: staff, create: () => false, update: () => false, delete: () => false },
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      label: { sv: 'Händelse', en: 'Action' },
      options: Object.entries(AUDIT_ACTIONS).map(([value, label]) => ({ value, label })),
    },
    { name: 'summary', type: 'text', required: true, label: { sv: 'Vad', en: 'What' } },
    { name: 'collectionSlug', type: 'text', index: true, label: { sv: 'Samling', en: 'Collection' } },
    { name: 'documentId', type: 'text', index: true, label: { sv: 'Dokument', en: 'Document' } },
    { name: 'locale', type: 'text', label: { sv: 'Språk', en: 'Language' } },
    { name: 'user', type: 'relationship', relationTo: 'users', label: { sv: 'Av', en: 'By' } },
    { name: 'userEmail', type: 'text', label: { sv: 'Av (e-post)', en: 'By (e-mail)' } },
  ],
}
