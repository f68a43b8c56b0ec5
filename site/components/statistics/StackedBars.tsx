/**
 * Survey results, every answer at once: one horizontal 100 % bar per chosen region, split into the answer categories
 * in the dataset's order, with a legend in the same order and a table of the figures. Colour never carries meaning
 * alone: each segment is named ("Hallands län: Ganska bra 34 %", its accessible name and tooltip), wide segments
 * print their share, the colours are an ordered scale whose lightness rises from first answer to last (readable
 * in greyscale and by colour-blind readers), and segments are parted by a white line.
 */
import { formatValue } from '../../../shared/statistics/explorer'
import type { PreparedDataset } from '../../../shared/statistics/explorer'
import { textsOf, type StatisticsTexts } from '../../../shared/statistics/texts'
import { formatShare, segmentLabel, stackColours, textColourOn, type StackedBar } from '../../../shared/statistics/survey'

const WIDTH = 720
const LABEL = '#1b1f24'
const AXIS_COLOUR = '#4a5560'

interface ChartText {
  titleId: string
  descId: string
  title: string
  summary: string
}

export function StackedBarChart({
  bars,
  categories,
  year,
  text,
  texts,
}: {
  bars: StackedBar[]
  categories: string[]
  year: number
  text: ChartText
  texts?: StatisticsTexts
}) {
  const colours = stackColours(categories.length)
  const margin = { top: 8, right: 16, bottom: 32, left: 170 }
  const rowHeight = 36
  const barHeight = 26
  const height = margin.top + margin.bottom + rowHeight * Math.max(bars.length, 1)
  const plot = WIDTH - margin.left - margin.right
  const x = (share: number) => margin.left + (share / 100) * plot
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="group"
      aria-labelledby={`${text.titleId} ${text.descId}`}
      className="chart stacked-chart"
    >
      <title id={text.titleId}>{text.title}</title>
      <desc id={text.descId}>{text.summary}</desc>
      <g aria-hidden="true">
        {[0, 25, 50, 75, 100].map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={margin.top} y2={height - margin.bottom + 5} stroke={tick === 0 ? AXIS_COLOUR : '#d5dbe0'} />
            <text x={x(tick)} y={height - margin.bottom + 20} textAnchor={tick === 100 ? 'end' : 'middle'} fontSize={13} fill={LABEL}>
              {textsOf({ texts }).percent(String(tick))}
            </text>
          </g>
        ))}
      </g>
      {bars.map((bar, row) => {
        const top = margin.top + row * rowHeight + (rowHeight - barHeight) / 2
        return (
          <g key={bar.code} className="stacked-bar">
            <text x={margin.left - 8} y={top + barHeight / 2 + 4} textAnchor="end" fontSize={13} fill={LABEL} aria-hidden="true">
              {bar.name}
            </text>
            {bar.total === 0 ? (
              <text x={margin.left + 8} y={top + barHeight / 2 + 4} fontSize={13} fill={LABEL}>
                {textsOf({ texts }).noAnswersFor(bar.name, year)}
              </text>
            ) : (
              bar.segments.map((segment, i) => {
                const width = x(segment.start + segment.share) - x(segment.start)
                const label = segmentLabel(bar, segment, texts)
                return (
                  <g key={segment.category} role="img" aria-label={label} data-category={segment.category}>
                    <title>{label}</title>
                    <rect
                      x={x(segment.start)}
                      y={top}
                      width={width}
                      height={barHeight}
                      fill={colours[i]}
                      stroke="#ffffff"
                      strokeWidth={1}
                    />
                    {width >= 44 && (
                      <text
                        x={x(segment.start) + width / 2}
                        y={top + barHeight / 2 + 4}
                        textAnchor="middle"
                        fontSize={12}
                        fill={textColourOn(colours[i])}
                        aria-hidden="true"
                      >
                        {formatShare(segment.share, texts)}
                      </text>
                    )}
                  </g>
                )
              })
            )}
          </g>
        )
      })}
    </svg>
  )
}

/** The key: every answer in the dataset's order with its colour. */
export function StackedLegend({ categories }: { categories: string[] }) {
  const colours = stackColours(categories.length)
  return (
    <ul className="explorer-legend stacked-legend" aria-label="Svarsalternativ, i ordning">
      {categories.map((category, i) => (
        <li key={category}>
          <svg width="16" height="16" aria-hidden="true">
            <rect x="0.5" y="0.5" width="15" height="15" fill={colours[i]} stroke="#1b1f24" />
          </svg>{' '}
          {category}
        </li>
      ))}
    </ul>
  )
}

/** The figures as given: one row per region, one column per answer. */
export function StackedTable({
  data,
  bars,
  caption,
  captionId,
}: {
  data: PreparedDataset
  bars: StackedBar[]
  caption: string
  captionId: string
}) {
  return (
    <table className="data-table">
      <caption id={captionId}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{data.texts.words[data.regionLevel].heading}</th>
          {data.categories.map((category) => (
            <th scope="col" key={category}>
              {category}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {bars.map((bar) => (
          <tr key={bar.code}>
            <th scope="row">{bar.name}</th>
            {bar.segments.map((segment) => (
              <td className="num" key={segment.category}>
                {formatValue(data, segment.value)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
