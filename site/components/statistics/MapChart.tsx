/**
 * The map view: every region filled by its class for the chosen year (map-classes.ts), from paths projected at
 * build time (shared/statistics/map-geometry.ts; d3-geo never reaches the island). Colour is never the only cue:
 * hovering or focusing a region writes its name and value in the line beside the map, every region says the same
 * to a screen reader, and the table below lists every value. Once the island runs, each region is a toggle button
 * (a click, or Enter or Space) that adds it to or takes it out of the comparison; chosen regions get a thick dark
 * outline. The map is one stop in the Tab order and the arrow keys move between neighbours (map-keys.ts).
 * Without JavaScript it is a plain picture (role="img") with its title, summary and legend.
 */
import { useRef, useState } from 'react'

import { formatValue, type RankedRegion } from '../../../shared/statistics/explorer'
import { mapClasses, MISSING_COLOUR } from '../../../shared/statistics/map-classes'
import { ARROW_KEYS, regionInDirection } from '../../../shared/statistics/map-keys'
import type { StatisticsTexts } from '../../../shared/statistics/texts'

/** The projected regions as the island gets them: a path and a point inside each (for the arrow keys). */
export interface MapPaths {
  width: number
  height: number
  regions: { code: string; d: string; label: [number, number] }[]
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
  t,
  level,
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
  t: StatisticsTexts
  level: 'county' | 'municipality'
  /** Given once the island runs: a region's button adds or removes it. */
  onToggle?: (code: string) => void
}) {
  const [active, setActive] = useState<string>()
  // The one region in the Tab order (roving tabindex): the last one focused, else the first chosen, else the first.
  const [current, setCurrent] = useState<string>()
  const svg = useRef<SVGSVGElement>(null)
  const byCode = new Map(ranking.map((r) => [r.code, r]))
  const words = t.words[level]
  const { classes, classOf } = mapClasses(
    ranking.map((r) => r.value),
    decimals,
    5,
    t,
  )
  const interactive = onToggle !== undefined
  const describe = (code: string) => {
    const region = byCode.get(code)
    const value = region ? `${formatValue({ decimals, texts: t }, region.value)}${unit ? ` ${unit}` : ''}` : t.missingValue
    return `${names(code)}: ${value} ${year}`
  }
  const hatch = `${text.titleId}-missing`
  const missing = map.regions.some((r) => !byCode.has(r.code))
  const chosen = map.regions.filter((r) => byCode.get(r.code)?.selected)
  const activeRegion = map.regions.find((r) => r.code === active)
  const tabStop = current ?? chosen[0]?.code ?? map.regions[0]?.code
  // Lines as thick on a wider map (municipalities) as on the county map's 300 units.
  const scale = map.width / 300
  const moveFocus = (from: string, key: string) => {
    const next = ARROW_KEYS[key] && regionInDirection(map.regions, from, ARROW_KEYS[key])
    if (!next) return false
    setCurrent(next)
    svg.current?.querySelector<SVGPathElement>(`[data-code="${next}"]`)?.focus()
    return true
  }

  return (
    <div className="map-view">
      <svg
        ref={svg}
        viewBox={`0 0 ${map.width} ${map.height}`}
        role={interactive ? 'group' : 'img'}
        aria-labelledby={`${text.titleId} ${text.descId}`}
        className={`chart map-chart${map.regions.length > 50 ? ' map-chart-detailed' : ''}`}
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
          const common = { d: r.d, fill, stroke: '#4a5560', strokeWidth: 0.6 * scale, strokeLinejoin: 'round' as const }
          if (!interactive) return <path key={r.code} {...common} />
          const toggle = () => onToggle(r.code)
          return (
            <path
              key={r.code}
              {...common}
              className="map-region"
              data-code={r.code}
              role="button"
              tabIndex={r.code === tabStop ? 0 : -1}
              aria-pressed={Boolean(region?.selected)}
              aria-label={describe(r.code)}
              onClick={toggle}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault()
                  toggle()
                } else if (moveFocus(r.code, event.key)) event.preventDefault()
              }}
              onFocus={() => {
                setActive(r.code)
                setCurrent(r.code)
              }}
              onMouseEnter={() => setActive(r.code)}
              onMouseLeave={() => setActive((current) => (current === r.code ? undefined : current))}
            />
          )
        })}
        {/* Outlines on top of every county, so a neighbour's border never hides them. */}
        <g aria-hidden="true" pointerEvents="none" fill="none" strokeLinejoin="round">
          {chosen.map((r) => (
            <path key={r.code} d={r.d} stroke={OUTLINE} strokeWidth={2.5 * scale} data-outline="chosen" />
          ))}
          {activeRegion && (
            <path d={activeRegion.d} stroke={OUTLINE} strokeWidth={1.5 * scale} strokeDasharray={`${4 * scale} ${2 * scale}`} />
          )}
        </g>
      </svg>
      <div className="map-side">
        {interactive && (
          <p className="map-focus">{active ? `${describe(active)}${byCode.get(active)?.selected ? t.chosenTag : ''}` : t.mapHint(words)}</p>
        )}
        <p className="map-legend-title">
          {unit ? `${unit.charAt(0).toUpperCase()}${unit.slice(1)}` : t.value} {year}
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
              {t.legendMissing}
            </li>
          )}
          {chosen.length > 0 && (
            <li>
              <svg width="24" height="16" aria-hidden="true">
                <rect x="1.25" y="1.25" width="21.5" height="13.5" fill="#ffffff" stroke={OUTLINE} strokeWidth="2.5" />
              </svg>{' '}
              {words.chosen}
            </li>
          )}
        </ul>
      </div>
    </div>
  )
}
