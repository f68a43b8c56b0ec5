import type { Field } from 'payload'

import { COUNTIES, COUNTRY, MUNICIPALITIES } from '../../shared/statistics/regions'

/** What a statistics view shows first: the view, the regions and the years. Used by datasets and the statistics block. */
export function chartSelectionFields(): Field[] {
  return [
    {
      name: 'view',
      type: 'select',
      label: { sv: 'Visa först', en: 'Initial view' },
      defaultValue: 'lines',
      options: [
        { value: 'lines', label: { sv: 'Utveckling över tid (linjer)', en: 'Over time (lines)' } },
        { value: 'bars', label: { sv: 'Länen eller kommunerna rangordnade ett år (staplar)', en: 'Ranked for one year (bars)' } },
        { value: 'map', label: { sv: 'Karta ett år', en: 'Map for one year' } },
        { value: 'table', label: { sv: 'Tabell', en: 'Table' } },
        // Survey results only; other datasets show their lines instead.
        {
          value: 'stacked',
          label: {
            sv: 'Alla svar per län eller kommun (staplade, bara enkätresultat)',
            en: 'All answers per region (stacked, surveys only)',
          },
        },
      ],
    },
    {
      name: 'regions',
      type: 'select',
      hasMany: true,
      label: { sv: 'Län eller kommuner som visas först', en: 'Regions shown first' },
      admin: {
        description: {
          sv: 'Tomt: de två första länen eller kommunerna (och riket när det finns). Kommuner väljs bara i kommundataset.',
          en: 'Empty: the first two counties or municipalities (and the country where available). Municipalities apply to municipality datasets only.',
        },
      },
      // Municipalities by name and county ("Gotland (Gotlands län)"), so the list's search finds either.
      options: [COUNTRY, ...COUNTIES, ...MUNICIPALITIES].map((r) => ({
        value: r.code,
        label: r.county ? `${r.name} (${COUNTIES.find((c) => c.code === r.county)!.name})` : r.name,
      })),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'fromYear',
          type: 'number',
          label: { sv: 'Från år', en: 'From year' },
          admin: { description: { sv: 'Tomt: första året', en: 'Empty: first year' } },
        },
        {
          name: 'toYear',
          type: 'number',
          label: { sv: 'Till år', en: 'To year' },
          admin: { description: { sv: 'Tomt: senaste året', en: 'Empty: latest year' } },
        },
        {
          name: 'year',
          type: 'number',
          label: { sv: 'År för rangordning och karta', en: 'Year of the ranking and the map' },
          admin: { description: { sv: 'Tomt: senaste året', en: 'Empty: latest year' } },
        },
      ],
    },
  ]
}
