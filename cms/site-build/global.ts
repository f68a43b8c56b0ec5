import type { GlobalConfig } from 'payload'

import { admins, staff } from '../access'

/**
 * The state of the public site's builds, written by the publishing service only (history.ts); added to the config
 * by the publishing plugin (plugin.ts).
 * Editors read it (the build panel, "is my change live?"); nobody edits it by hand.
 */
export const SiteBuild: GlobalConfig = {
  slug: 'site-build',
  label: { sv: 'Publicering av webbplatsen', en: 'Site builds' },
  admin: { group: { sv: 'Inställningar', en: 'Settings' } },
  access: { read: staff, update: () => false, readVersions: admins },
  fields: [
    // The build panel: history with logs, "Rebuild now" and rollback (the raw fields below are its data).
    { name: 'panel', type: 'ui', admin: { components: { Field: '/site-build/components/BuildPanel#BuildPanel' } } },
    { name: 'liveBuild', type: 'text', label: { sv: 'Bygge som visas nu', en: 'Live build' }, admin: { readOnly: true } },
    {
      name: 'liveSince',
      type: 'date',
      label: { sv: 'Live sedan', en: 'Live since' },
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'liveContentAt',
      type: 'date',
      label: { sv: 'Innehåll till och med', en: 'Content as of' },
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'builds',
      type: 'array',
      label: { sv: 'Senaste byggen', en: 'Recent builds' },
      admin: { readOnly: true, hidden: true },
      fields: [
        { name: 'buildId', type: 'text' },
        {
          name: 'status',
          type: 'select',
          options: ['running', 'succeeded', 'failed'].map((value) => ({ value, label: value })),
        },
        { name: 'reason', type: 'text' },
        { name: 'startedAt', type: 'date' },
        { name: 'finishedAt', type: 'date' },
        { name: 'durationMs', type: 'number' },
        { name: 'pages', type: 'number' },
        { name: 'pagesReused', type: 'number' },
        { name: 'kept', type: 'checkbox', admin: { description: 'The folder is kept and can be rolled back to.' } },
        { name: 'error', type: 'textarea' },
        { name: 'logTail', type: 'textarea' },
        // Pages of the build with internal links to addresses it does not have: [{ page, links }] (site/publisher/links.ts).
        { name: 'brokenLinks', type: 'json' },
      ],
    },
  ],
}
