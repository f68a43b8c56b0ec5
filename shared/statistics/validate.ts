import { MIN_YEAR } from './csv'
import { COUNTRY, regionsByCode } from './regions'
import type { DatasetKind } from './types'

/**
 * Checks stored observations (what the CMS saves, however it arrives: CSV import, REST or seed): known regions at
 * the dataset's level, whole years in range, finite numbers, an answer category for survey results only,
 * no figure given twice. Returns the problems in Swedish, at most `limit` of them.
 */
export function observationProblems(
  value: unknown,
  options: { kind: DatasetKind; regionLevel: 'county' | 'municipality'; limit?: number },
): string[] {
  const limit = options.limit ?? 5
  if (!Array.isArray(value) || value.length === 0) return ['Datasetet har inga värden: läs in en CSV-fil.']
  const problems: string[] = []
  const seen = new Set<string>()
  const maxYear = new Date().getFullYear()
  for (const [index, item] of value.entries()) {
    if (problems.length >= limit) break
    const o = item as Record<string, unknown>
    const where = `Värde ${index + 1}`
    const region = typeof o?.region === 'string' ? regionsByCode.get(o.region) : undefined
    if (!region || (region.code !== COUNTRY.code && region.level !== options.regionLevel))
      problems.push(`${where}: okänd region ${JSON.stringify(o?.region)}.`)
    else if (!(Number.isInteger(o.year) && (o.year as number) >= MIN_YEAR && (o.year as number) <= maxYear))
      problems.push(`${where}: året ${JSON.stringify(o.year)} ligger inte mellan ${MIN_YEAR} och ${maxYear}.`)
    else if (typeof o.value !== 'number' || !Number.isFinite(o.value))
      problems.push(`${where}: ${JSON.stringify(o.value)} är inte ett tal.`)
    else if (options.kind === 'survey' ? typeof o.category !== 'string' || o.category === '' : o.category !== undefined) {
      problems.push(`${where}: ${options.kind === 'survey' ? 'svarsalternativ saknas' : 'svarsalternativ hör bara till enkätresultat'}.`)
    } else {
      const key = `${o.region}|${o.year}|${o.category ?? ''}`
      if (seen.has(key)) problems.push(`${where}: samma region och år finns redan.`)
      seen.add(key)
    }
  }
  return problems
}
