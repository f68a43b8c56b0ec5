/**
 * "Ladda ner diagrammet (SVG / PNG)": the chart as shown, as a standalone SVG with its title, source and date
 * (image-export.ts), and as a PNG drawn from that SVG on a <canvas>. Shown only once JavaScript runs. The PNG's
 * image is read from a data: address, which the pages' policy allows for images (astro.config.mjs).
 */
import { standaloneSvg } from './image-export'

interface Props {
  /** The id of an element inside the chart's <figure>. */
  figurePart: string
  fileName: string
  title: string
  /** The source's name. */
  source: string
}

const save = (blob: Blob, name: string) => {
  const url = URL.createObjectURL(blob)
  const link = Object.assign(document.createElement('a'), { href: url, download: name })
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export default function ImageDownloads({ figurePart, fileName, title, source }: Props) {
  const svg = () => {
    const chart = document.getElementById(figurePart)?.closest('figure')?.querySelector('svg.chart')
    if (!chart) return undefined
    const date = new Date().toLocaleDateString('sv-SE', { day: 'numeric', month: 'long', year: 'numeric' })
    const address = `${location.origin}${location.pathname}${location.search}`
    return standaloneSvg(new XMLSerializer().serializeToString(chart), {
      title,
      source: `Källa: ${source}`,
      date: `Hämtad ${date}`,
      address,
    })
  }
  const downloadSvg = () => {
    const markup = svg()
    if (markup) save(new Blob([markup], { type: 'image/svg+xml' }), `${fileName}.svg`)
  }
  const downloadPng = () => {
    const markup = svg()
    if (!markup) return
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
  return (
    <span className="image-downloads">
      Ladda ner diagrammet:{' '}
      <button type="button" onClick={downloadSvg}>
        SVG
      </button>{' '}
      <button type="button" onClick={downloadPng}>
        PNG
      </button>
    </span>
  )
}
