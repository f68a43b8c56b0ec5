/**
 * The chart as an image file: the explorer's <svg> made a standalone SVG document with its title above and its
 * source and date below as text, so the picture says what it shows wherever it ends up. Pure (strings in, string
 * out); the island's download buttons (ImageDownloads.tsx) serialise the chart, and draw the PNG from this SVG.
 */

export interface ImageCaption {
  /** The chart's title, with its unit. */
  title: string
  /** "Källa: SCB" or the like. */
  source: string
  /** When the image was made, as shown ("2 december 2026"). */
  date: string
  /** Where the chart comes from (the page's address), optional. */
  address?: string
}

const SVG_NS = 'http://www.w3.org/2000/svg'
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"
const MARGIN = 16
const TITLE_SIZE = 20
const NOTE_SIZE = 13

export const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch]!)

/** Words into lines of at most `max` characters (a long word gets a line of its own). */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = []
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.length - 1
    if (last >= 0 && lines[last].length + 1 + word.length <= max) lines[last] += ` ${word}`
    else lines.push(word)
  }
  return lines
}

/** The width and height of an <svg> element's markup: its viewBox, else its width and height attributes. */
export function svgSize(markup: string): { x: number; y: number; width: number; height: number } {
  const open = /<svg\b[^>]*>/.exec(markup)?.[0]
  if (!open) throw new Error('No <svg> element in the markup')
  const attribute = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(open)?.[1]
  const box = attribute('viewBox')
    ?.trim()
    .split(/[\s,]+/)
    .map(Number)
  if (box?.length === 4 && box.every(Number.isFinite) && box[2] > 0 && box[3] > 0)
    return { x: box[0], y: box[1], width: box[2], height: box[3] }
  const [width, height] = [Number.parseFloat(attribute('width') ?? ''), Number.parseFloat(attribute('height') ?? '')]
  if (width > 0 && height > 0) return { x: 0, y: 0, width, height }
  throw new Error('The <svg> element has no viewBox or size')
}

/**
 * A standalone SVG document of the chart in `markup` (an <svg> element as the browser serialises it) with the
 * caption added as <text>: the title above, source, date and address below, on a white background.
 */
export function standaloneSvg(markup: string, caption: ImageCaption): string {
  const match = /<svg\b[^>]*>([\s\S]*)<\/svg>\s*$/.exec(markup.trim())
  if (!match) throw new Error('No <svg> element in the markup')
  const inner = match[1]
  const chart = svgSize(markup)
  const width = Math.round(chart.width)
  const text = (x: number, y: number, size: number, content: string, extra = '') =>
    `<text x="${x}" y="${y}" font-size="${size}"${extra}>${escapeXml(content)}</text>`

  const titleLines = wrapText(caption.title, Math.floor((width - 2 * MARGIN) / (TITLE_SIZE * 0.55)))
  const titleHeight = MARGIN + titleLines.length * TITLE_SIZE * 1.3
  const notes = [caption.source, caption.date, caption.address].filter((n): n is string => Boolean(n))
  const noteLines = notes.flatMap((note) => wrapText(note, Math.floor((width - 2 * MARGIN) / (NOTE_SIZE * 0.55))))
  const notesTop = titleHeight + 8 + chart.height + 8
  const height = Math.ceil(notesTop + noteLines.length * NOTE_SIZE * 1.4 + MARGIN)

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">`,
    `<title>${escapeXml(caption.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...titleLines.map((line, i) =>
      text(MARGIN, MARGIN + TITLE_SIZE + i * TITLE_SIZE * 1.3, TITLE_SIZE, line, ' font-weight="700" fill="#1b1f24"'),
    ),
    `<svg x="0" y="${titleHeight + 8}" width="${width}" height="${chart.height}" viewBox="${chart.x} ${chart.y} ${chart.width} ${chart.height}">${inner}</svg>`,
    ...noteLines.map((line, i) => text(MARGIN, notesTop + NOTE_SIZE + i * NOTE_SIZE * 1.4, NOTE_SIZE, line, ' fill="#4a5560"')),
    '</svg>',
    '',
  ].join('\n')
}
