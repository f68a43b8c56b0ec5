/** The words the explorer uses for its regions: counties (län) or municipalities (kommuner), in every place it names them. */
export interface RegionWords {
  /** "län", "kommun": after "per" in a title. */
  one: string
  /** "län", "kommuner" */
  many: string
  /** "Län", "Kommun": a table's column heading. */
  heading: string
  /** "Länen", "Kommunerna": the ranking's view label. */
  theAll: string
  /** "Välj län att jämföra" */
  compare: string
  /** "Markera län" (one-year views: choosing only marks regions) */
  mark: string
  /** "Valda län": the legend of chosen outlines and the list of chosen regions. */
  chosen: string
  /** "Välj minst ett län": begins the summary when none is chosen. */
  atLeastOne: string
  /** "ett län", "en kommun": in the map's hint. */
  aOne: string
}

const WORDS: Record<'county' | 'municipality', RegionWords> = {
  county: {
    one: 'län',
    many: 'län',
    heading: 'Län',
    theAll: 'Länen',
    compare: 'Välj län att jämföra',
    mark: 'Markera län',
    chosen: 'Valda län',
    atLeastOne: 'Välj minst ett län',
    aOne: 'ett län',
  },
  municipality: {
    one: 'kommun',
    many: 'kommuner',
    heading: 'Kommun',
    theAll: 'Kommunerna',
    compare: 'Välj kommuner att jämföra',
    mark: 'Markera kommuner',
    chosen: 'Valda kommuner',
    atLeastOne: 'Välj minst en kommun',
    aOne: 'en kommun',
  },
}

export const regionWords = (level: 'county' | 'municipality'): RegionWords => WORDS[level]
