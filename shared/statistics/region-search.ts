/**
 * The municipality picker's list: 290 municipalities grouped by county, narrowed by what the visitor types.
 * A name matches when it contains the words typed, in any case and with or without accents ("malmo" finds Malmö,
 * "ostersund" Östersund); a county's name matches all of its municipalities ("jämtland" lists Jämtland's eight).
 */
import type { Region } from './types'

export interface RegionGroup {
  county: Region
  regions: Region[]
}

/** Lower case, accents and diacritics dropped, so what people type without å, ä and ö still finds the name. */
export const searchable = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim()

/** `regions` grouped under their counties (in the counties' order, regions in theirs), those matching `query` only. */
export function groupByCounty(regions: Region[], counties: Region[], query = ''): RegionGroup[] {
  const words = searchable(query).split(/\s+/).filter(Boolean)
  const matches = (text: string) => words.every((w) => searchable(text).includes(w))
  return counties.flatMap((county) => {
    const inCounty = regions.filter((r) => r.county === county.code)
    const shown = words.length === 0 || matches(county.name) ? inCounty : inCounty.filter((r) => matches(r.name))
    return shown.length > 0 ? [{ county, regions: shown }] : []
  })
}
