/**
 * In the browser: the chart in a <figure> saved as an SVG or PNG file (image-export.ts makes the SVG). Loaded only
 * when a download button is pressed, so the island's first load does not carry it. The PNG is drawn on a <canvas>
 * from the SVG read from a data: address, which the pages' policy allows for images (astro.config.mjs).
 */
import type { StatisticsTexts } from '../../../shared/statistics/texts'
import { standaloneSvg } from './image-export'

const save = (blob: Blob, name: string) => {
  const url = URL.createObjectURL(blob)
  const link = Object.assign(document.createElement('a'), { href: url, download: name })
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export interface ChartDownload {
  /** The chart's <svg>. */
  chart: Element
  format: 'svg' | 'png'
  fileName: string
  title: string
  /** The source's name. */
  source: string
  /** The words around it ("Källa:", "Hämtad") and the date's format. */
  t: Pick<StatisticsTexts, 'numberLocale' | 'source' | 'retrieved'>
}

export function downloadChart({ chart, format, fileName, title, source, t }: ChartDownload): void {
  const date = new Date().toLocaleDateString(t.numberLocale, { day: 'numeric', month: 'long', year: 'numeric' })
  const markup = standaloneSvg(new XMLSerializer().serializeToString(chart), {
    title,
    source: t.source(source),
    date: t.retrieved(date),
    address: `${location.origin}${location.pathname}${location.search}`,
  })
  if (format === 'svg') return save(new Blob([markup], { type: 'image/svg+xml' }), `${fileName}.svg`)
  const image = new Image()
  image.onload = () => {
    const scale = 2
    const canvas = Object.assign(document.createElement('canvas'), { width: image.width * scale, height: image.height * scale })
    const context = canvas.getContext('2d')!
    context.scale(scale, scale)
    context.drawImage(image, 0, 0)
    canvas.toBlob((blob) => blob && save(blob, `${fileName}.png`), 'image/png')
  }
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`
}
