/**
 * Observations to and from CSV, the format communicators import and visitors download:
 * `region,region_name,year,value` (and `category` for survey results), one row per figure.
 * Import is strict but forgiving where spreadsheets are: `;` or tab as separator, decimal comma, spaces in
 * thousands, codes with their leading zero lost ("1" for "01"). Every problem is reported with its line, and
 * nothing is returned unless the whole file is valid.
 */
import Papa from 'papaparse'

import { COUNTRY, regionsByCode } from './regions'
import type { DatasetKind, Observation } from './types'

export interface CsvProblem {
  /** 1-based line in the file; 1 is the header. */
  line: number
  message: string
}

export type CsvImportResult = { ok: true; observations: Observation[] } | { ok: false; errors: CsvProblem[] }

export interface CsvImportOptions {
  kind: DatasetKind
  regionLevel: 'county' | 'municipality'
  /** Inclusive; defaults to 1900 and the current year. */
  minYear?: number
  maxYear?: number
}

export const MIN_YEAR = 1900
const MAX_ERRORS = 200

/**
 * The file's rows with the line each starts on (Papa Parse guesses the separator: comma, semicolon or tab).
 * Line ends are made "\n" first (Windows and old Mac files too); a quoted field may span lines, so each row's line
 * is counted from where the previous row ended. Rows with no values (blank lines, or only separators as Excel
 * writes them) are left out, their lines still counted.
 */
function readRows(text: string): { record: string[]; line: number; problem?: string }[] {
  const body = text.replace(/\r\n?/g, '\n')
  const rows: { record: string[]; line: number; problem?: string }[] = []
  let start = 0
  let line = 1
  Papa.parse<string[]>(body, {
    delimiter: '',
    step: (result) => {
      const end = result.meta.cursor
      if (result.data.some((value) => value.trim() !== ''))
        rows.push({ record: result.data, line, problem: result.errors.find((e) => e.type === 'Quotes')?.message })
      line += countNewlines(body, start, end + 1)
      start = end + 1
    },
  })
  return rows
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0
  for (let i = from; i < Math.min(to, text.length); i++) if (text.charCodeAt(i) === 10) count++
  return count
}

/** Accepted header names (lower-case) for each column; name columns are accepted and ignored. */
const COLUMN_NAMES = {
  region: ['region', 'regionkod', 'kod', 'code', 'county_code', 'länskod', 'lanskod', 'län', 'lan', 'municipality_code', 'kommunkod'],
  year: ['year', 'år', 'ar'],
  value: ['value', 'värde', 'varde'],
  category: ['category', 'svarsalternativ', 'kategori', 'svar'],
  ignored: ['region_name', 'regionnamn', 'namn', 'name', 'county_name', 'länsnamn', 'municipality_name', 'kommun', 'kommunnamn'],
} as const
type Column = Exclude<keyof typeof COLUMN_NAMES, 'ignored'>

/** A region code as written in a spreadsheet ("1", "01", "0114", "114") → the SCB code at the dataset's level, if known. */
function normaliseRegion(raw: string, level: 'county' | 'municipality'): string | undefined {
  const digits = raw.trim()
  if (!/^\d{1,4}$/.test(digits)) return undefined
  if (Number(digits) === 0) return COUNTRY.code
  const code = digits.padStart(level === 'county' ? 2 : 4, '0')
  const region = regionsByCode.get(code)
  return region?.level === level ? code : undefined
}

/** "1 234,5", "1234.5", "−3,2" → number; ".." or empty → null (no figure); anything else → NaN. */
export function parseNumber(raw: string): number | null {
  const text = raw.trim()
  if (text === '' || text === '..' || text === '.') return null
  const normalised = text
    .replace(/[ \u00a0\u202f]/g, '')
    .replace(/^[\u2212\u2013]/, '-')
    .replace(',', '.')
  // Exponents too: the export writes very small and very large figures so (1e-7), and it must read back.
  return /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN
}

export function parseObservationsCsv(text: string, options: CsvImportOptions): CsvImportResult {
  const body = text.replace(/^\uFEFF/, '')
  if (body.trim() === '') return { ok: false, errors: [{ line: 1, message: 'Filen är tom.' }] }

  const rows = readRows(body)
  const unreadable = rows.find((row) => row.problem)
  if (unreadable) return { ok: false, errors: [{ line: unreadable.line, message: `Filen kan inte läsas som CSV: ${unreadable.problem}.` }] }

  const [header, ...records] = rows
  const { columns, problems } = columnsOf(header.record, options.kind)
  if (problems.length > 0) return { ok: false, errors: problems.map((message) => ({ line: 1, message })) }

  const errors: CsvProblem[] = []
  const observations: Observation[] = []
  const read = recordReader(columns, header.record.length, options)
  for (const { record, line } of records) {
    if (errors.length >= MAX_ERRORS) break
    const result = read(record, line)
    if (typeof result === 'string') errors.push({ line, message: result })
    else if (result) observations.push(result)
  }
  if (errors.length > 0) return { ok: false, errors }
  if (observations.length === 0) return { ok: false, errors: [{ line: 2, message: 'Filen har inga värden.' }] }
  return { ok: true, observations }
}

/** Which column holds what, from the header row; and what is wrong with it (unknown, twice, missing, wrong kind). */
function columnsOf(names: string[], kind: DatasetKind): { columns: Partial<Record<Column, number>>; problems: string[] } {
  const columns: Partial<Record<Column, number>> = {}
  const problems: string[] = []
  names.forEach((name, index) => {
    const key = name.trim().toLowerCase()
    const column = (Object.keys(COLUMN_NAMES) as (keyof typeof COLUMN_NAMES)[]).find((c) =>
      (COLUMN_NAMES[c] as readonly string[]).includes(key),
    )
    if (!column)
      problems.push(`Okänd kolumn "${name}". Kolumnerna ska vara region, year och value${kind === 'survey' ? ' och category' : ''}.`)
    else if (column !== 'ignored') {
      if (columns[column] !== undefined) problems.push(`Kolumnen "${name}" finns två gånger.`)
      columns[column] = index
    }
  })
  const required: Column[] = kind === 'survey' ? ['region', 'year', 'value', 'category'] : ['region', 'year', 'value']
  for (const column of required) if (columns[column] === undefined) problems.push(`Kolumnen ${column} saknas.`)
  if (kind === 'numeric' && columns.category !== undefined) {
    problems.push('Kolumnen category hör till enkätresultat; välj typen Enkätresultat för datasetet eller ta bort kolumnen.')
  }
  return { columns, problems }
}

/**
 * Reads one data row: its observation, null for an empty value (no figure that year), or what is wrong with it
 * as one Swedish sentence. Remembers the rows it has read, to refuse a second value for the same region and year.
 */
function recordReader(columns: Partial<Record<Column, number>>, width: number, options: CsvImportOptions) {
  const minYear = options.minYear ?? MIN_YEAR
  const maxYear = options.maxYear ?? new Date().getFullYear()
  const levelName = options.regionLevel === 'county' ? 'länskod (01–25)' : 'kommunkod (fyra siffror)'
  const seen = new Map<string, number>()

  return (record: string[], line: number): Observation | null | string => {
    if (record.length !== width) return `Raden har ${record.length} värden men rubrikraden ${width} kolumner.`
    const [rawRegion, rawYear, rawValue] = [record[columns.region!], record[columns.year!], record[columns.value!]].map((v) => v.trim())
    // A leading apostrophe before =, +, -, @ is the export's guard against spreadsheet formulas (csv-cell.ts): not part of the text.
    const category = columns.category === undefined ? undefined : record[columns.category].trim().replace(/^'(?=[=+\-@])/, '')
    const problems: string[] = []

    const region = normaliseRegion(rawRegion, options.regionLevel)
    if (!region) problems.push(`okänd region "${rawRegion}"; ange en ${levelName} eller 00 för riket`)
    const year = /^\d{4}$/.test(rawYear) ? Number(rawYear) : Number.NaN
    if (!(year >= minYear && year <= maxYear)) problems.push(`året "${rawYear}" ligger inte mellan ${minYear} och ${maxYear}`)
    const value = parseNumber(rawValue)
    if (Number.isNaN(value)) problems.push(`värdet "${rawValue}" är inte ett tal`)
    if (options.kind === 'survey' && !category) problems.push('svarsalternativ (category) saknas')
    if (category && category.length > 100) problems.push('svarsalternativet är längre än 100 tecken')

    if (problems.length === 0) {
      const key = `${region}|${year}|${category ?? ''}`
      const first = seen.get(key)
      if (first !== undefined) problems.push(`samma region${category ? ', år och svarsalternativ' : ' och år'} som rad ${first}`)
      else seen.set(key, line)
    }
    if (problems.length > 0) {
      const text = problems.join('; ')
      return text.charAt(0).toUpperCase() + text.slice(1) + '.'
    }
    if (value === null) return null
    return category ? { region: region!, year, value, category } : { region: region!, year, value }
  }
}

/** "Rad 4: …" lines, as shown to the communicator. */
export const describeProblems = (problems: CsvProblem[]) => problems.map((p) => `Rad ${p.line}: ${p.message}`)
