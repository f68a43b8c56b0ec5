/**
 * Choosing the regions to compare: the whole country as a reference, then a checkbox per region. Counties are 21
 * and fit in one list; municipalities are 290, so they come grouped under their counties, with a search field that
 * narrows the list (region-search.ts) and the chosen ones listed first, each with a button that takes it out again
 * (a chosen municipality may be hidden by the search).
 */
import { useState } from 'react'

import { groupByCounty } from '../../../shared/statistics/region-search'
import type { StatisticsTexts } from '../../../shared/statistics/texts'
import type { Region } from '../../../shared/statistics/types'

interface Props {
  id: string
  legend: string
  /** Regions with figures, in order (not the whole country). */
  regions: Region[]
  /** The counties, to group municipalities under. */
  counties: Region[]
  /** The whole country, offered as a reference where the view compares regions over time. */
  country?: Region
  selected: string[]
  /** The explorer's texts, and the words for the dataset's regions. */
  t: StatisticsTexts
  level: 'county' | 'municipality'
  onToggle: (code: string, on: boolean) => void
}

export default function RegionPicker({ id, legend, regions, counties, country, selected, t, level, onToggle }: Props) {
  const words = t.words[level]
  const [query, setQuery] = useState('')
  const grouped = regions.some((r) => r.county !== undefined)
  const box = (region: Region, label = region.name) => (
    <label key={region.code}>
      <input type="checkbox" checked={selected.includes(region.code)} onChange={(e) => onToggle(region.code, e.target.checked)} /> {label}
    </label>
  )
  const groups = grouped ? groupByCounty(regions, counties, query) : []
  const shownCount = groups.reduce((sum, g) => sum + g.regions.length, 0)
  const chosen = regions.filter((r) => selected.includes(r.code))

  return (
    <fieldset className="explorer-regions">
      <legend>{legend}</legend>
      {country && <div className="explorer-country">{box(country, t.countryReference)}</div>}
      {!grouped ? (
        <div className="explorer-region-list">{regions.map((region) => box(region))}</div>
      ) : (
        <>
          {chosen.length > 0 && (
            <div className="region-chosen">
              <span id={`${id}-chosen`}>{words.chosen}:</span>{' '}
              <ul aria-labelledby={`${id}-chosen`}>
                {chosen.map((r) => (
                  <li key={r.code}>
                    <button type="button" onClick={() => onToggle(r.code, false)} aria-label={t.remove(r.name)}>
                      {r.name} <span aria-hidden="true">×</span>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <p className="region-search">
            <label htmlFor={`${id}-search`}>{t.search(words)}</label>{' '}
            <input
              id={`${id}-search`}
              type="search"
              value={query}
              autoComplete="off"
              aria-describedby={`${id}-search-count`}
              onChange={(e) => setQuery(e.target.value)}
            />{' '}
            <span id={`${id}-search-count`} role="status" className="note">
              {query ? t.shown(shownCount, words) : ''}
            </span>
          </p>
          <div className="explorer-region-groups">
            {groups.map((group) => (
              <fieldset key={group.county.code}>
                <legend>{group.county.name}</legend>
                <div className="explorer-region-list">{group.regions.map((region) => box(region))}</div>
              </fieldset>
            ))}
          </div>
        </>
      )}
    </fieldset>
  )
}
