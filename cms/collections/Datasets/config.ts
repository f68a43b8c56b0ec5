import type { CollectionConfig } from 'payload'

import { publishedOrStaff, staff } from '../../access'
import { chartSelectionFields } from '../../fields/chart-selection'
import { slugField } from '../../fields/slug'
import { localizedVersionsWithDrafts } from '../../fields/versions'
import { observationProblems } from '../../../shared/statistics/validate'
import { importCsvEndpoint } from './import-endpoint'

/**
 * Statistics: one indicator by region and year (or, for survey results, by answer category too).
 * The figures are imported from CSV in the admin and stored as JSON observations, checked on every save.
 */
export const Datasets: CollectionConfig = {
  slug: 'datasets',
  labels: { singular: { sv: 'Statistik', en: 'Dataset' }, plural: { sv: 'Statistik', en: 'Datasets' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'indicator', '_status', 'updatedAt'], group: { sv: 'Innehåll', en: 'Content' } },
  access: { read: publishedOrStaff, create: staff, update: staff, delete: staff, readVersions: staff },
  // Each language published on its own: a dataset may be shown in Swedish only, or on the English site too.
  versions: localizedVersionsWithDrafts,
  endpoints: [importCsvEndpoint],
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { sv: 'Titel', en: 'Title' } },
    {
      name: 'description',
      type: 'textarea',
      required: true,
      localized: true,
      label: { sv: 'Beskrivning', en: 'Description' },
      admin: {
        description: { sv: 'Visas i listan över statistik och i sökträffar.', en: 'Shown in the list of datasets and in search results.' },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'indicator',
          type: 'text',
          required: true,
          localized: true,
          label: { sv: 'Mått', en: 'Indicator' },
          admin: { placeholder: 'Folkmängd' },
        },
        {
          name: 'unit',
          type: 'text',
          required: true,
          localized: true,
          label: { sv: 'Enhet', en: 'Unit' },
          admin: { placeholder: 'invånare' },
        },
        { name: 'decimals', type: 'number', min: 0, max: 3, defaultValue: 0, required: true, label: { sv: 'Decimaler', en: 'Decimals' } },
      ],
    },
    {
      name: 'source',
      type: 'group',
      label: { sv: 'Källa', en: 'Source' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'name',
              type: 'text',
              required: true,
              localized: true,
              label: { sv: 'Namn', en: 'Name' },
              admin: { placeholder: 'SCB, Befolkningsstatistik' },
            },
            {
              name: 'url',
              type: 'text',
              label: { sv: 'Adress', en: 'Address' },
              validate: (v: unknown) => !v || /^https?:\/\/\S+$/.test(String(v)) || 'Ange en fullständig adress som börjar med https://.',
            },
          ],
        },
      ],
    },
    {
      name: 'methodology',
      type: 'richText',
      localized: true,
      label: { sv: 'Om statistiken', en: 'About the data' },
      admin: { description: { sv: 'Metod, definitioner och brott i tidsserien.', en: 'Method, definitions and breaks in the series.' } },
    },
    {
      name: 'observations',
      type: 'json',
      required: true,
      label: { sv: 'Värden', en: 'Values' },
      admin: { components: { Field: '/collections/Datasets/CsvImportField#CsvImportField' } },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
        const problems = observationProblems(value, {
          kind: (siblingData.kind as 'numeric' | 'survey') ?? 'numeric',
          regionLevel: (siblingData.regionLevel as 'county' | 'municipality') ?? 'county',
        })
        return problems.length === 0 || problems.join(' ')
      },
    },
    { name: 'defaultView', type: 'group', label: { sv: 'Vad som visas först', en: 'Initial view' }, fields: chartSelectionFields() },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'numeric',
      label: { sv: 'Typ', en: 'Kind' },
      admin: { position: 'sidebar' },
      options: [
        { value: 'numeric', label: { sv: 'Ett värde per region och år', en: 'One value per region and year' } },
        { value: 'survey', label: { sv: 'Enkätresultat (andel per svarsalternativ)', en: 'Survey results (share per answer)' } },
      ],
    },
    {
      name: 'regionLevel',
      type: 'select',
      required: true,
      defaultValue: 'county',
      label: { sv: 'Regionnivå', en: 'Region level' },
      admin: { position: 'sidebar' },
      options: [
        { value: 'county', label: { sv: 'Län', en: 'County' } },
        { value: 'municipality', label: { sv: 'Kommun', en: 'Municipality' } },
      ],
    },
    {
      name: 'countryReference',
      type: 'select',
      required: true,
      defaultValue: 'none',
      // Shares of survey answers cannot be added up across counties.
      validate: (value: unknown, { siblingData }: { siblingData: { kind?: string } }) =>
        value !== 'sum' ||
        siblingData.kind !== 'survey' ||
        'Enkätresultat kan inte summeras över länen: välj "Finns i datan" eller "Visas inte".',
      label: { sv: 'Hela riket som jämförelse', en: 'Whole country as reference' },
      admin: { position: 'sidebar' },
      options: [
        { value: 'sum', label: { sv: 'Summan av länen', en: 'Sum of the counties' } },
        { value: 'data', label: { sv: 'Finns i datan (kod 00)', en: 'In the data (code 00)' } },
        { value: 'none', label: { sv: 'Visas inte', en: 'Not shown' } },
      ],
    },
    {
      name: 'topics',
      type: 'relationship',
      relationTo: 'topics',
      hasMany: true,
      label: { sv: 'Ämnen', en: 'Topics' },
      admin: { position: 'sidebar' },
    },
    // English versions get English addresses (/en/statistics/<slug>/); the figures and their files are shared.
    slugField({ localized: true }),
  ],
}
