/** A dataset from the CMS as the statistics island takes it: its figures, the names of its regions, its first view. */
import countiesGeoJson from '../../cms/seed/data/sweden/geo/counties.geojson?raw'
import municipalitiesGeoJson from '../../cms/seed/data/sweden/geo/municipalities.geojson?raw'
import { formatFileSize } from '../../shared/format'
import { observationsToCsv } from '../../shared/statistics/csv-export'
import type { Selection } from '../../shared/statistics/explorer'
import { projectRegions, type FeatureCollection } from '../../shared/statistics/map-geometry'
import { COUNTIES, COUNTRY, englishName, MUNICIPALITIES, regionName } from '../../shared/statistics/regions'
import type { StatisticsLanguage } from '../../shared/statistics/texts'
import type { ChartView, DatasetForChart, Observation, Region } from '../../shared/statistics/types'
import type { Dataset, StatisticsBlock } from '../../shared/payload-types'
import type { MapPaths } from '../components/statistics/MapChart'

type ChosenView = Pick<StatisticsBlock, 'view' | 'regions' | 'fromYear' | 'toYear' | 'year'>

export interface ExplorerProps {
  dataset: DatasetForChart
  regions: Region[]
  initial: Partial<Selection>
  map?: MapPaths
  mapUrl?: string
}

/** Where the municipalities' map is served (site/pages/statistik/kartor/[level].json.ts), fetched when first shown. */
export const MUNICIPALITY_MAP_PATH = '/statistik/kartor/kommuner.json'

const maps = new Map<'county' | 'municipality', MapPaths>()
/**
 * A level's map, projected once per build from the shipped boundaries (cms/seed/data/sweden/geo/, replaceable by
 * other boundaries with the same properties), and no d3-geo in the island. Counties: 300 units wide, about 2 kB
 * gzipped, in the page. Municipalities: wider, so the small ones round to more than a point, about 20 kB gzipped.
 */
export function mapPaths(level: 'county' | 'municipality'): MapPaths {
  let paths = maps.get(level)
  if (!paths) {
    const geojson = level === 'county' ? countiesGeoJson : municipalitiesGeoJson
    paths = projectRegions(JSON.parse(geojson) as FeatureCollection, level, { width: level === 'county' ? 300 : 480 })
    maps.set(level, paths)
  }
  return paths
}

/** A dataset's figures (the JSON field, checked on save to be an array of observations). */
export const observationsOf = (doc: Dataset): Observation[] => (Array.isArray(doc.observations) ? (doc.observations as Observation[]) : [])

/** `language`: the regions' names (the English page's island, StatisticsExplorerEnglish, speaks English). */
export function explorerProps(doc: Dataset, chosen?: ChosenView | null, language: StatisticsLanguage = 'sv'): ExplorerProps {
  const observations = observationsOf(doc)
  const view = chosen ?? doc.defaultView ?? {}
  return {
    dataset: {
      slug: doc.slug,
      title: doc.title,
      indicator: doc.indicator,
      unit: doc.unit,
      decimals: doc.decimals ?? 0,
      kind: doc.kind,
      regionLevel: doc.regionLevel,
      countryReference: doc.countryReference,
      source: { name: doc.source.name, url: doc.source.url },
      observations,
    },
    // All regions of the level, since the whole country is the sum only of a complete set (prepareDataset keeps those
    // with figures); municipalities come with the counties, which group them in the picker.
    regions: [COUNTRY, ...(doc.regionLevel === 'county' ? COUNTIES : [...COUNTIES, ...MUNICIPALITIES])].map((r) =>
      language === 'en' ? { ...r, name: englishName(r) } : r,
    ),
    initial: {
      ...(view.view ? { view: view.view as ChartView } : {}),
      ...(view.regions?.length ? { regions: view.regions } : {}),
      ...(view.fromYear ? { from: view.fromYear } : {}),
      ...(view.toYear ? { to: view.toYear } : {}),
      ...(view.year ? { year: view.year } : {}),
    },
    // Municipalities' shapes are in the page only when the map is the first view (it is drawn without JavaScript).
    ...(doc.regionLevel === 'county' || view.view === 'map' ? { map: mapPaths(doc.regionLevel) } : { mapUrl: MUNICIPALITY_MAP_PATH }),
  }
}

/** The whole dataset as CSV (served at /statistik/<slug>.csv), and the size its download link states. */
export function datasetCsv(doc: Dataset): { csv: string; size: string } {
  const csv = observationsToCsv(observationsOf(doc), regionName)
  return { csv, size: formatFileSize(new TextEncoder().encode(csv).length) }
}
