/**
 * Demo statistics: four real series of the counties (SCB, Eurostat, Tillväxtanalys; sources and licences in
 * data/sweden/SOURCES.md) and one invented survey, clearly labelled as such. Descriptions are in our own words.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import Papa from 'papaparse'

import { parseObservationsCsv } from '../../shared/statistics/csv'
import type { Dataset } from '../../shared/payload-types'
import type { Observation } from '../../shared/statistics/types'

const DATA = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data')
const read = (file: string) => fs.readFileSync(path.join(DATA, file), 'utf8')

function rows(file: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(read(file), { header: true, skipEmptyLines: true }).data
}

/** One indicator of indicators_county_year.csv, from a year on. */
const indicator = (name: string, from = 0): Observation[] =>
  rows('sweden/indicators_county_year.csv')
    .filter((r) => r.indicator === name && Number(r.year) >= from)
    .map((r) => ({ region: r.county_code, year: Number(r.year), value: Number(r.value) }))

/** A CSV in the import format, read exactly as the admin's import reads it. */
function imported(file: string, kind: 'numeric' | 'survey'): Observation[] {
  const result = parseObservationsCsv(read(file), { kind, regionLevel: 'county' })
  if (!result.ok) throw new Error(`${file}: ${result.errors.map((e) => `line ${e.line}: ${e.message}`).join('; ')}`)
  return result.observations
}

export interface SeedDataset {
  slug: string
  title: string
  description: string
  indicator: string
  unit: string
  decimals: number
  kind: 'numeric' | 'survey'
  countryReference: 'sum' | 'data' | 'none'
  source: { name: string; url?: string }
  methodology: string
  topics: string[]
  defaultView: NonNullable<Dataset['defaultView']>
  observations: () => Observation[]
}

export const datasets: SeedDataset[] = [
  {
    slug: 'befolkning',
    title: 'Befolkning i länen',
    description: 'Hur många som bor i varje län, år för år sedan 2000.',
    indicator: 'Folkmängd',
    unit: 'invånare',
    decimals: 0,
    kind: 'numeric',
    countryReference: 'sum',
    source: { name: 'SCB, befolkningsstatistik (tabell BE0101N1)', url: 'https://www.statistikdatabasen.scb.se/' },
    methodology: `Folkmängden gäller den 31 december varje år. Länen räknas med den indelning som gällde den 1 januari året efter, därför flyttas Heby kommun från Västmanlands län till Uppsala län i siffrorna för 2006.

Hela riket är summan av länen.`,
    topics: ['regional-utveckling', 'uppfoljning'],
    defaultView: { view: 'lines', regions: ['23', '25', '00'], fromYear: 2010 },
    observations: () =>
      rows('sweden/population_county_year.csv').map((r) => ({ region: r.county_code, year: Number(r.year), value: Number(r.population) })),
  },
  {
    slug: 'brp-per-invanare',
    title: 'Bruttoregionprodukt per invånare',
    description: 'Länens ekonomiska produktion i förhållande till folkmängden, 2000–2021.',
    indicator: 'BRP per invånare',
    unit: 'euro per invånare, löpande priser',
    decimals: 0,
    kind: 'numeric',
    countryReference: 'none',
    source: { name: 'Eurostat, nama_10r_3gdp', url: 'https://ec.europa.eu/eurostat/databrowser/view/nama_10r_3gdp/default/table' },
    methodology: `Bruttoregionprodukten (BRP) är länets motsvarighet till bruttonationalprodukten. Här anges den i euro per invånare och i löpande priser, så förändringar över tid speglar också inflation och växelkursen mellan krona och euro.

Länen motsvarar Eurostats NUTS 3-regioner. Värden för 2022 fanns inte när uppgifterna hämtades. Eurostats data får återanvändas med angivande av källa.`,
    topics: ['regional-utveckling', 'uppfoljning'],
    defaultView: { view: 'bars', regions: ['23', '25'] },
    observations: () => indicator('gdp_per_inhabitant_eur'),
  },
  {
    slug: 'nystartade-foretag',
    title: 'Nystartade företag',
    description: 'Antal nya företag per län och år, enligt den officiella statistiken över nystartade företag.',
    indicator: 'Nystartade företag',
    unit: 'företag',
    decimals: 0,
    kind: 'numeric',
    countryReference: 'sum',
    source: { name: 'Tillväxtanalys, Nystartade företag (via Region Dalarna)', url: 'https://www.tillvaxtanalys.se/' },
    methodology: `Tidsserien har brott: statistiken gjordes om 2007 och igen 2010–2011. Jämför därför helst år inom samma period: 1994–2006, 2007–2009 och från 2010–2011 och framåt.

Hela riket är summan av länen.`,
    topics: ['regional-utveckling'],
    defaultView: { view: 'lines', regions: ['23', '25'], fromYear: 2011 },
    observations: () => indicator('new_enterprises'),
  },
  {
    slug: 'arbetsloshet',
    title: 'Arbetslöshet bland 20–64-åringar',
    description: 'Andel arbetslösa av arbetskraften i åldern 20–64 år, per län 2020–2022.',
    indicator: 'Arbetslöshet',
    unit: 'procent av arbetskraften 20–64 år',
    decimals: 1,
    kind: 'numeric',
    countryReference: 'none',
    source: { name: 'SCB, Befolkningens arbetsmarknadsstatus (BAS), tabell AM0210A', url: 'https://www.statistikdatabasen.scb.se/' },
    methodology:
      'BAS var statistik under uppbyggnad när uppgifterna hämtades. Arbetslösheten är andelen arbetslösa av alla i arbetskraften (sysselsatta och arbetslösa) i åldern 20–64 år, båda könen.',
    topics: ['uppfoljning'],
    defaultView: { view: 'bars', regions: ['23', '25'] },
    observations: () => indicator('unemployment_rate_20_64'),
  },
  {
    slug: 'enkat-regionalt-samarbete-demo',
    title: 'Enkät om regionalt samarbete (påhittade demodata)',
    description:
      'Exempel på enkätresultat: hur företag i varje län bedömer samarbetet med regionen. Siffrorna är påhittade och visar bara hur enkätresultat kan visas.',
    indicator: 'Andel svarande',
    unit: 'procent',
    decimals: 1,
    kind: 'survey',
    countryReference: 'none',
    source: { name: 'Regionalverket (demo), påhittade uppgifter' },
    methodology:
      'Detta är påhittade demodata, inte resultat från någon verklig undersökning. Frågan var: "Hur bedömer du företagens samarbete med regionen?" Andelarna per län summerar till 100 procent för varje år.',
    topics: ['uppfoljning'],
    defaultView: { view: 'bars', regions: ['23', '25'] },
    observations: () => imported('demo-survey-regional-collaboration.csv', 'survey'),
  },
]

/** The English versions of three datasets (the figures are shared; only the words are translated). */
export const englishDatasets: Record<
  string,
  Pick<SeedDataset, 'slug' | 'title' | 'description' | 'indicator' | 'unit' | 'methodology'> & { source: string }
> = {
  befolkning: {
    slug: 'population',
    title: 'Population of the counties',
    description: 'How many people live in each county, year by year since 2000.',
    indicator: 'Population',
    unit: 'inhabitants',
    source: 'Statistics Sweden, population statistics (table BE0101N1)',
    methodology: `The population is counted on 31 December each year. Counties follow the boundaries in force on 1 January of the following year, which is why Heby municipality moves from Västmanland County to Uppsala County in the figures for 2006.

The whole country is the sum of the counties.`,
  },
  'brp-per-invanare': {
    slug: 'gross-regional-product-per-inhabitant',
    title: 'Gross regional product per inhabitant',
    description: 'Each county’s economic output relative to its population, 2000–2021.',
    indicator: 'GRP per inhabitant',
    unit: 'euro per inhabitant, current prices',
    source: 'Eurostat, nama_10r_3gdp',
    methodology: `Gross regional product (GRP) is a county’s counterpart to gross domestic product. It is given here in euro per inhabitant at current prices, so changes over time also reflect inflation and the exchange rate between the krona and the euro.

The counties are Eurostat’s NUTS 3 regions. Figures for 2022 were not available when the data was retrieved. Eurostat’s data may be reused with the source stated.`,
  },
  arbetsloshet: {
    slug: 'unemployment',
    title: 'Unemployment among people aged 20–64',
    description: 'Unemployed people as a share of the labour force aged 20–64, by county, 2020–2022.',
    indicator: 'Unemployment',
    unit: 'per cent of the labour force aged 20–64',
    source: 'Statistics Sweden, labour market status of the population (BAS), table AM0210A',
    methodology:
      'BAS was still being developed as a statistical product when the data was retrieved. Unemployment is the share of unemployed people among everyone in the labour force (employed and unemployed) aged 20–64, both sexes.',
  },
}
