/** Shared shapes of the statistics: regions, datasets and their observations (CMS, site and island agree on these). */

export type RegionLevel = 'country' | 'county' | 'municipality'

export interface Region {
  /** SCB code: "00" the whole country, "01"–"25" counties, four digits municipalities. */
  code: string
  name: string
  level: RegionLevel
  /** NUTS-3 code of a county (Eurostat's regions). */
  nuts3?: string
  /** The county a municipality lies in. */
  county?: string
}

/** One figure: a region in a year, and for survey results one answer category. */
export interface Observation {
  region: string
  year: number
  value: number
  category?: string
}

/** `numeric`: one value per region and year; `survey`: a share per answer category, region and year. */
export type DatasetKind = 'numeric' | 'survey'

/** How the whole country is shown as reference: summed from the counties, given in the data (code 00), or not at all. */
export type CountryReference = 'sum' | 'data' | 'none'

/**
 * `map`: the regions on a map, coloured by their value in one year (counties; see map-classes.ts).
 * `stacked`: survey results only, every answer of the chosen regions as 100 % stacked bars for one year.
 */
export type ChartView = 'bars' | 'lines' | 'table' | 'map' | 'stacked'

/** What the public site and the island need of a dataset. */
export interface DatasetForChart {
  slug: string
  title: string
  indicator: string
  unit: string
  decimals: number
  kind: DatasetKind
  regionLevel: 'county' | 'municipality'
  countryReference: CountryReference
  source: { name: string; url?: string | null }
  observations: Observation[]
}
