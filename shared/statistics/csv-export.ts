import { neutraliseFormula } from '../security/csv-cell'
import type { Observation } from './types'

/**
 * Observations as the CSV a visitor downloads or a communicator exports: `region,region_name,year,value`
 * (`category` before `value` for survey results), the same format the import reads.
 * Written here rather than with Papa Parse (which reads the imports) because it runs in the statistics island,
 * whose JavaScript budget the parser's 7 kB would break; writing RFC 4180 is only the quoting rule below.
 * It starts with a byte order mark, so that Excel reads å, ä and ö right (the import skips it).
 */
export function observationsToCsv(observations: Observation[], nameOf: (code: string) => string): string {
  const survey = observations.some((o) => o.category !== undefined)
  const header = survey ? ['region', 'region_name', 'year', 'category', 'value'] : ['region', 'region_name', 'year', 'value']
  const rows = observations.map((o) =>
    survey ? [o.region, nameOf(o.region), o.year, o.category ?? '', o.value] : [o.region, nameOf(o.region), o.year, o.value],
  )
  return '\uFEFF' + [header, ...rows].map((row) => row.map(csvField).join(',')).join('\n') + '\n'
}

/** A field quoted when it holds a comma, quote or line break, quotes doubled (RFC 4180); text that a spreadsheet would run as a formula is neutralised. */
const csvField = (value: string | number) => {
  const text = neutraliseFormula(value)
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}
