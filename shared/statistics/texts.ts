/**
 * Every word the statistics explorer says, with its number, date and list formats: Swedish here (the site's
 * language), English in texts-en.ts. The island, its static first view, the downloads and the map take their text
 * from the texts they are given; sentences are functions, since word order differs between languages. Each language
 * is its own module so that a page's island carries only its own (StatisticsExplorerEnglish.tsx imports English).
 */
export type StatisticsLanguage = 'sv' | 'en'

/** The words for the regions of a dataset's level. */
export interface RegionWords {
  /** "län", "kommun" / "county", "municipality": after "per" in a title. */
  one: string
  /** "län", "kommuner" / "counties", "municipalities" */
  many: string
  /** A table's column heading: "Län", "Kommun". */
  heading: string
  /** The ranking's view label begins with it: "Länen", "Kommunerna". */
  theAll: string
  /** Legend of the regions to compare over time. */
  compare: string
  /** Legend of the regions marked in one-year views. */
  mark: string
  /** The legend of chosen outlines and the list of chosen regions. */
  chosen: string
  /** Begins the summary when none is chosen: "Välj minst ett län". */
  atLeastOne: string
  /** In the map's hint: "ett län", "a county". */
  aOne: string
}

export interface StatisticsTexts {
  language: StatisticsLanguage
  /** Intl locales: numbers and dates, lists ("A, B och C" / "A, B and C"). */
  numberLocale: string
  listLocale: string
  /** A formatted number as a percentage: "4,9 %", "4.9%". */
  percent: (number: string) => string
  words: Record<'county' | 'municipality', RegionWords>
  views: { lines: string; bars: (w: RegionWords) => string; map: string; table: string; stacked: (w: RegionWords) => string }
  controls: (title: string) => string
  show: string
  year: string
  fromYear: string
  toYear: string
  asIndex: (from: number) => string
  answer: string
  noScript: (w: RegionWords) => string
  countryReference: string
  search: (w: RegionWords) => string
  shown: (count: number, w: RegionWords) => string
  remove: (name: string) => string
  inTableForm: string
  rank: string
  yearHeading: string
  change: (from: number, to: number) => string
  chosenTag: string
  downloadSelection: string
  downloadChart: string
  source: (name: string) => string
  retrieved: (date: string) => string
  // Titles and sentences.
  answerInTitle: (category: string) => string
  answerInSentence: (indicator: string, category: string) => string
  perRegion: (indicator: string, answer: string, one: string, year: number) => string
  indexUnit: (from: number) => string
  noValues: (year: number) => string
  ranked: (year: number, top: string, measure: string, topValue: string, bottom: string, bottomValue: string) => string
  place: (name: string, rank: number) => string
  chosenPlaces: (list: string, count: number) => string
  over: string
  noPercentChange: (name: string, from: number) => string
  missingFor: (name: string) => string
  unchanged: (name: string) => string
  changed: (up: boolean, percent: string, name: string) => string
  developed: (measure: string, from: number, to: number, parts: string) => string
  // Survey results.
  perAnswer: (indicator: string, one: string, year: number) => string
  spreadOver: string
  mostCommon: (year: number, parts: string) => string
  answerIn: (answer: string, regions: string) => string
  noAnswers: (year: number) => string
  noAnswersFor: (name: string, year: number) => string
  answersMissing: (list: string) => string
  allAnswers: (count: number) => string
  // The map.
  missingValue: string
  legendMissing: string
  value: string
  mapHint: (w: RegionWords) => string
  mapLoading: string
  mapFailed: string
}

const sv: StatisticsTexts = {
  language: 'sv',
  numberLocale: 'sv-SE',
  listLocale: 'sv',
  percent: (number) => `${number} %`,
  words: {
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
  },
  views: {
    lines: 'Utveckling över tid (linjer)',
    bars: (w) => `${w.theAll} rangordnade ett år (staplar)`,
    map: 'Karta ett år',
    table: 'Bara tabell',
    stacked: (w) => `Alla svar per ${w.one} (staplade)`,
  },
  controls: (title) => `Välj vad diagrammet ska visa: ${title}`,
  show: 'Visa',
  year: 'År',
  fromYear: 'Från år',
  toYear: 'Till år',
  asIndex: (from) => `Visa som index (${from} = 100)`,
  answer: 'Svarsalternativ',
  noScript: (w) => `Med JavaScript påslaget kan du välja ${w.many} och år. Hela datasetet kan laddas ner som CSV-fil.`,
  countryReference: 'Hela riket (som jämförelse)',
  search: (w) => `Sök ${w.one} eller län`,
  shown: (count, w) => `${count} ${count === 1 ? w.one : w.many} visas`,
  remove: (name) => `Ta bort ${name}`,
  inTableForm: ', i tabellform',
  rank: 'Plats',
  yearHeading: 'År',
  change: (from, to) => `Förändring ${from}–${to}`,
  chosenTag: ' (vald)',
  downloadSelection: 'Ladda ner urvalet',
  downloadChart: 'Ladda ner diagrammet:',
  source: (name) => `Källa: ${name}`,
  retrieved: (date) => `Hämtad ${date}`,
  answerInTitle: (category) => `, svaret ”${category}”`,
  answerInSentence: (indicator, category) => `${indicator} (svaret ”${category}”)`,
  perRegion: (indicator, answer, one, year) => `${indicator}${answer} per ${one} ${year}`,
  indexUnit: (from) => `index, ${from} = 100`,
  noValues: (year) => `Det finns inga värden för ${year}.`,
  ranked: (year, top, measure, topValue, bottom, bottomValue) =>
    `År ${year} hade ${top} högst ${measure}, ${topValue}, och ${bottom} lägst, ${bottomValue}.`,
  place: (name, rank) => `${name} på plats ${rank}`,
  chosenPlaces: (list, count) => ` Av de valda ligger ${list} av ${count}.`,
  over: 'för att se hur värdena har utvecklats.',
  noPercentChange: (name, from) => `ingen procentuell förändring för ${name} (${from} var värdet 0)`,
  missingFor: (name) => `värden saknas för ${name}`,
  unchanged: (name) => `oförändrat i ${name}`,
  changed: (up, percent, name) => `${up ? 'ökning' : 'minskning'} med ${percent} i ${name}`,
  developed: (measure, from, to, parts) => `${measure} från ${from} till ${to}: ${parts}.`,
  perAnswer: (indicator, one, year) => `${indicator} per svarsalternativ och ${one} ${year}`,
  spreadOver: 'för att se hur svaren fördelar sig.',
  mostCommon: (year, parts) => `År ${year} var det vanligaste svaret ${parts}.`,
  answerIn: (answer, regions) => `”${answer}” i ${regions}`,
  noAnswers: (year) => `Det finns inga svar för ${year}.`,
  noAnswersFor: (name, year) => `${name}: inga svar ${year}`,
  answersMissing: (list) => ` Svar saknas för ${list}.`,
  allAnswers: (count) => ` Staplarna visar alla ${count} svarsalternativ som andelar av 100 %.`,
  missingValue: 'uppgift saknas',
  legendMissing: 'Uppgift saknas',
  value: 'Värde',
  mapHint: (w) =>
    `Peka på ${w.aOne}, eller gå till kartan med Tab och flytta med piltangenterna, för att se värdet. Klicka eller tryck Enter för att lägga till det i jämförelsen.`,
  mapLoading: 'Kartan laddas …',
  mapFailed: 'Kartan kunde inte laddas. Värdena finns i tabellen nedan.',
}

/** Swedish, the site's language: the explorer's words unless it is given others (texts-en.ts on English pages). */
export const SWEDISH = sv

/** What carries the explorer's texts (a prepared dataset, a chart's props); Swedish when it carries none. */
export const textsOf = (holder?: { texts?: StatisticsTexts }): StatisticsTexts => holder?.texts ?? sv
