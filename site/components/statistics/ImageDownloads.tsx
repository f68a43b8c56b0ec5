/**
 * "Ladda ner diagrammet: SVG / PNG": the chart as shown, as a standalone SVG with its title, source and date
 * (image-export.ts), or as a PNG drawn from it. Shown only once JavaScript runs; the code that makes the files
 * (image-download.ts) is fetched when a button is pressed.
 */
import type { StatisticsTexts } from '../../../shared/statistics/texts'

interface Props {
  /** The id of an element inside the chart's <figure>. */
  figurePart: string
  fileName: string
  title: string
  /** The source's name. */
  source: string
  t: StatisticsTexts
}

export default function ImageDownloads({ figurePart, fileName, title, source, t }: Props) {
  const download = (format: 'svg' | 'png') => {
    const chart = document.getElementById(figurePart)?.closest('figure')?.querySelector('svg.chart')
    if (chart) void import('./image-download').then(({ downloadChart }) => downloadChart({ chart, format, fileName, title, source, t }))
  }
  return (
    <span className="image-downloads">
      {t.downloadChart}{' '}
      <button type="button" onClick={() => download('svg')}>
        SVG
      </button>{' '}
      <button type="button" onClick={() => download('png')}>
        PNG
      </button>
    </span>
  )
}
