/**
 * The explorer's two charts: d3 scales and visx shapes rendered as React SVG, so Astro puts the default chart
 * into the static HTML and the island takes it over. (visx's axis package is left out: it would add 8 kB of
 * gzipped CSS-calc code to the island; an axis here is the scale's own ticks, drawn as lines and labels.) Colour is never the only cue: each line has its own
 * dash pattern and marker and is named at its end; chosen bars are darker, hatched and named in bold.
 * Every colour has at least 3:1 contrast against the white background.
 */
import type React from 'react'
import { Group } from '@visx/group'
import { Bar, LinePath } from '@visx/shape'
import { scaleBand, scaleLinear, type ScaleLinear } from 'd3-scale'

import { COUNTRY_CODE, formatValue, type RankedRegion, type Series } from '../../../shared/statistics/explorer'
import type { StatisticsTexts } from '../../../shared/statistics/texts'

export const SERIES_STYLES = [
  { colour: '#0b4f63', dash: undefined, marker: 'circle' },
  { colour: '#a4372a', dash: '8 4', marker: 'square' },
  { colour: '#2d6a2e', dash: '2 3', marker: 'triangle' },
  { colour: '#6b3fa0', dash: '10 3 2 3', marker: 'diamond' },
  { colour: '#8a5a00', dash: '4 4', marker: 'circle' },
  { colour: '#005f73', dash: '12 4', marker: 'square' },
] as const
const COUNTRY_STYLE = { colour: '#4a5560', dash: '1 3', marker: 'diamond' } as const
/** Past six lines the colours repeat, but never with the same dash and marker as before. */
export function styleOf(series: Series[], index: number) {
  if (series[index].code === COUNTRY_CODE) return COUNTRY_STYLE
  const colour = SERIES_STYLES[index % SERIES_STYLES.length]
  const shape = SERIES_STYLES[(index + Math.floor(index / SERIES_STYLES.length)) % SERIES_STYLES.length]
  return { colour: colour.colour, dash: shape.dash, marker: shape.marker }
}

const WIDTH = 720
const AXIS_COLOUR = '#4a5560'
const LABEL = '#1b1f24'

/** A vertical (left) or horizontal (bottom) axis: the line, the scale's ticks and their labels. */
function Axis({
  scale,
  at,
  orient,
  ticks,
  label,
}: {
  scale: ScaleLinear<number, number>
  at: number
  orient: 'left' | 'bottom'
  ticks: number
  label: (v: number) => string
}) {
  const [start, end] = scale.range()
  const values = scale.ticks(ticks).filter((v) => orient === 'left' || Number.isInteger(v))
  return orient === 'left' ? (
    <g aria-hidden="true">
      <line x1={at} x2={at} y1={start} y2={end} stroke={AXIS_COLOUR} />
      {values.map((v) => (
        <g key={v}>
          <line x1={at - 5} x2={WIDTH} y1={scale(v)} y2={scale(v)} stroke="#d5dbe0" strokeDasharray="2 4" />
          <text x={at - 8} y={scale(v) + 4} textAnchor="end" fontSize={13} fill={LABEL}>
            {label(v)}
          </text>
        </g>
      ))}
    </g>
  ) : (
    <g aria-hidden="true">
      <line x1={start} x2={end} y1={at} y2={at} stroke={AXIS_COLOUR} />
      {values.map((v) => (
        <g key={v}>
          <line x1={scale(v)} x2={scale(v)} y1={at} y2={at + 5} stroke={AXIS_COLOUR} />
          <text x={scale(v)} y={at + 20} textAnchor="middle" fontSize={13} fill={LABEL}>
            {label(v)}
          </text>
        </g>
      ))}
    </g>
  )
}

function Marker({ kind, x, y, colour }: { kind: string; x: number; y: number; colour: string }) {
  if (kind === 'square') return <rect x={x - 4} y={y - 4} width={8} height={8} fill={colour} />
  if (kind === 'triangle') return <path d={`M${x},${y - 5} L${x + 5},${y + 4} L${x - 5},${y + 4} Z`} fill={colour} />
  if (kind === 'diamond') return <path d={`M${x},${y - 5} L${x + 5},${y} L${x},${y + 5} L${x - 5},${y} Z`} fill={colour} />
  return <circle cx={x} cy={y} r={4} fill={colour} />
}

interface ChartText {
  titleId: string
  descId: string
  title: string
  summary: string
}

function Frame({ text, height, children }: { text: ChartText; height: number; children: React.ReactNode }) {
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-labelledby={`${text.titleId} ${text.descId}`} className="chart">
      <title id={text.titleId}>{text.title}</title>
      <desc id={text.descId}>{text.summary}</desc>
      {children}
    </svg>
  )
}

export function LineChart({
  series,
  years,
  decimals,
  text,
  texts,
}: {
  series: Series[]
  years: number[]
  decimals: number
  text: ChartText
  texts?: StatisticsTexts
}) {
  const margin = { top: 16, right: 170, bottom: 36, left: 84 }
  const height = 360
  const values = series.flatMap((s) => s.points.map((p) => p.value))
  const x = scaleLinear()
    .domain([years[0] ?? 0, years.at(-1) ?? 1])
    .range([margin.left, WIDTH - margin.right])
  const y = scaleLinear()
    .domain(values.length > 0 ? [Math.min(...values), Math.max(...values)] : [0, 1])
    .range([height - margin.bottom, margin.top])
    .nice()
  // Line-end labels, nudged apart so that two close lines keep readable names.
  const ends = series
    .map((s, index) => ({ s, index, y: s.points.length > 0 ? y(s.points.at(-1)!.value) : -1 }))
    .filter((e) => e.y >= 0)
    .sort((a, b) => a.y - b.y)
  for (let i = 1; i < ends.length; i++) ends[i].y = Math.max(ends[i].y, ends[i - 1].y + 16)
  // Labels pushed below the chart move up again, keeping 16 px apart, so every line stays named.
  for (let i = ends.length - 1; i >= 0; i--) ends[i].y = Math.min(ends[i].y, height - 8 - (ends.length - 1 - i) * 16)
  return (
    <Frame text={text} height={height}>
      <Axis
        scale={y}
        at={margin.left}
        orient="left"
        ticks={6}
        label={(v) => formatValue({ decimals: Number.isInteger(v) ? 0 : decimals, texts }, v)}
      />
      <Axis scale={x} at={height - margin.bottom} orient="bottom" ticks={Math.min(years.length, 8)} label={String} />
      {series.map((s, index) => {
        const style = styleOf(series, index)
        return (
          <Group key={s.code}>
            <LinePath
              data={s.points}
              x={(p) => x(p.year)}
              y={(p) => y(p.value)}
              stroke={style.colour}
              strokeWidth={2.5}
              strokeDasharray={style.dash}
            />
            {s.points.map((p) => (
              <Marker key={p.year} kind={style.marker} x={x(p.year)} y={y(p.value)} colour={style.colour} />
            ))}
          </Group>
        )
      })}
      {ends.map(({ s, index, y: labelY }) => (
        <text key={s.code} x={WIDTH - margin.right + 10} y={labelY + 4} fill={styleOf(series, index).colour} fontSize={13} fontWeight={600}>
          {s.name}
        </text>
      ))}
    </Frame>
  )
}

export function BarChart({
  ranking,
  decimals,
  text,
  texts,
}: {
  ranking: RankedRegion[]
  decimals: number
  text: ChartText
  texts?: StatisticsTexts
}) {
  const margin = { top: 8, right: 100, bottom: 8, left: 170 }
  const rowHeight = 22
  const height = margin.top + margin.bottom + rowHeight * Math.max(ranking.length, 1)
  const max = Math.max(0, ...ranking.map((r) => r.value))
  const min = Math.min(0, ...ranking.map((r) => r.value))
  const x = scaleLinear()
    .domain([min, max || 1])
    .range([margin.left, WIDTH - margin.right])
    .nice()
  const y = scaleBand()
    .domain(ranking.map((r) => r.code))
    .range([margin.top, height - margin.bottom])
    .padding(0.2)
  return (
    <Frame text={text} height={height}>
      <defs>
        <pattern id={`${text.titleId}-hatch`} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width={6} height={6} fill="#0b4f63" />
          <line x1={0} y1={0} x2={0} y2={6} stroke="#ffffff" strokeWidth={2} />
        </pattern>
      </defs>
      {ranking.map((r) => {
        const top = y(r.code) ?? 0
        const left = x(Math.min(0, r.value))
        return (
          <Group key={r.code}>
            <text
              x={margin.left - 8}
              y={top + y.bandwidth() / 2 + 4}
              textAnchor="end"
              fontSize={13}
              fontWeight={r.selected ? 700 : 400}
              fill={LABEL}
            >
              {r.selected ? `▶ ${r.name}` : r.name}
            </text>
            <Bar
              x={left}
              y={top}
              width={Math.abs(x(r.value) - x(0))}
              height={y.bandwidth()}
              fill={r.selected ? `url(#${text.titleId}-hatch)` : '#5b7f95'}
              stroke={r.selected ? '#083a49' : 'none'}
              strokeWidth={1.5}
            />
            <text
              x={x(Math.max(0, r.value)) + 6}
              y={top + y.bandwidth() / 2 + 4}
              fontSize={13}
              fontWeight={r.selected ? 700 : 400}
              fill={LABEL}
            >
              {formatValue({ decimals, texts }, r.value)}
            </text>
          </Group>
        )
      })}
    </Frame>
  )
}
