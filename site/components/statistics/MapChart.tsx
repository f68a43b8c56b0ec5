/**
 * The map view: every county filled by its class for the chosen year (map-classes.ts), from paths projected at
 * build time (shared/statistics/map-geometry.ts; d3-geo never reaches the island). Colour is never the only cue:
 * hovering or focusing a county writes its name and value in the line beside the map, every county says the same
 * to a screen reader, and the table below lists every value. Once the island runs, each county is a toggle button
 * (Tab, Enter or Space, or a click) that adds it to or takes it out of the comparison; chosen counties get a thick
 * dark outline. Without JavaScript it is a plain picture (role="img") with its title, summary and legend.
 */
import { useState } from 'react'

import { formatValue, type RankedRegion } from '../../../shared/statistics/explorer'
import { mapClasses, MISSING_COLOUR } from '../../../shared/statistics/map-classes'

/** The projected regions as the island gets them (labels are left out: they are not drawn). */
export interface MapPaths {
  width: number
  height: number
  regions: { code: string; d: string }[]
}

interface ChartText {
  titleId: string
  descId: string
  title: string
  summary: string
}

const OUTLINE = '#1b1f24'

export function MapChart({
  map,
  ranking,
  names,
  decimals,
  unit,
  year,
  text,
  onToggle,
}: {
  map: MapPaths
  /** Every region with a figure for the year, and whether it is chosen. */
  ranking: RankedRegion[]
  /** Names of regions, also those without a figure. */
  names: (code: string) => string
  decimals: number
  unit: string
  year: number
  text: ChartText
  /** Given once the island runs: a county's button adds or removes it. */
  onToggle?: (code: string) => void
}) {
  const [active, setActive] = useState<string>()
  const byCode = new Map(ranking.map((r) => [r.code, r]))
  const { classes, classOf } = mapClasses(
    ranking.map((r) => r.value),
    decimals,
  )
  const interactive = onToggle !== undefined
  const describe = (code: string) => {
    const region = byCode.get(code)
    const value = region ? `${formatValue({ decimals }, region.value)}${unit ? ` ${unit}` : ''}` : 'uppgift saknas'
    return `${names(code)}: ${value} ${year}`
  }
  const hatch = `${text.titleId}-missing`
  const missing = map.regions.some((r) => !byCode.has(r.code))
  const chosen = map.regions.filter((r) => byCode.get(r.code)?.selected)
  const activeRegion = map.regions.find((r) => r.code === active)

  return (
    <div className="map-view">
      <svg
        viewBox={`0 0 ${map.width} ${map.height}`}
        role={interactive ? 'group' : 'img'}
        aria-labelledby={`${text.titleId} ${text.descId}`}
        className="chart map-chart"
      >
        <title id={text.titleId}>{text.title}</title>
        <desc id={text.descId}>{text.summary}</desc>
        <defs>
          <pattern id={hatch} width={5} height={5} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width={5} height={5} fill={MISSING_COLOUR} />
            <line x1={0} y1={0} x2={0} y2={5} stroke="#8a949e" strokeWidth={1} />
          </pattern>
        </defs>
        {map.regions.map((r) => {
          const region = byCode.get(r.code)
          const fill = region ? classes[classOf(region.value)].colour : `url(#${hatch})`
          const common = { d: r.d, fill, stroke: '#4a5560', strokeWidth: 0.6, strokeLinejoin: 'round' as const }
          if (!interactive) return <path key={r.code} {...common} />
          const toggle = () => onToggle(r.code)
          return (
            <path
              key={r.code}
              {...common}
              className="map-region"
              role="button"
              tabIndex={0}
              aria-pressed={Boolean(region?.selected)}
              aria-label={describe(r.code)}
              onClick={toggle}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault()
                  toggle()
                }
              }}
              onFocus={() => setActive(r.code)}
              onMouseEnter={() => setActive(r.code)}
              onMouseLeave={() => setActive((current) => (current === r.code ? undefined : current))}
            />
          )
        })}
        {/* Outlines on top of every county, so a neighbour's border never hides them. */}
        <g aria-hidden="true" pointerEvents="none" fill="none" strokeLinejoin="round">
          {chosen.map((r) => (
            <path key={r.code} d={r.d} stroke={OUTLINE} strokeWidth={2.5} />
          ))}
          {activeRegion && <path d={activeRegion.d} stroke={OUTLINE} strokeWidth={1.5} strokeDasharray="4 2" />}
        </g>
      </svg>
      <div className="map-side">
        {interactive && (
          <p className="map-focus">
            {active
              ? `${describe(active)}${byCode.get(active)?.selected ? ' (vald)' : ''}`
              : 'Peka på ett län eller gå till det med Tab för att se dess värde. Klicka eller tryck Enter för att lägga till det i jämförelsen.'}
          </p>
        )}
        <p className="map-legend-title">
          {unit ? `${unit.charAt(0).toUpperCase()}${unit.slice(1)}` : 'Värde'} {year}
        </p>
        <ul className="map-legend">
          {classes.map((c) => (
            <li key={c.label}>
              <svg width="24" height="16" aria-hidden="true">
                <rect x="0.5" y="0.5" width="23" height="15" fill={c.colour} stroke="#4a5560" />
              </svg>{' '}
              {c.label}
            </li>
          ))}
          {missing && (
            <li>
              <svg width="24" height="16" aria-hidden="true">
                <rect x="0.5" y="0.5" width="23" height="15" fill={`url(#${hatch})`} stroke="#4a5560" />
              </svg>{' '}
              Uppgift saknas
            </li>
          )}
          {chosen.length > 0 && (
            <li>
              <svg width="24" height="16" aria-hidden="true">
                <rect x="1.25" y="1.25" width="21.5" height="13.5" fill="#ffffff" stroke={OUTLINE} strokeWidth="2.5" />
              </svg>{' '}
              Valda län
            </li>
          )}
        </ul>
      </div>
    </div>
  )
}
