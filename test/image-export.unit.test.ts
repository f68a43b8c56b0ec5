import { describe, expect, it } from 'vitest'

import { escapeXml, standaloneSvg, svgSize, wrapText } from '../site/components/statistics/image-export'

/** The chart as a standalone SVG file: the chart's own drawing, with its title, source and date as text around it. */

const CHART =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 360" width="100%" role="img" aria-labelledby="a b" class="chart">' +
  '<title id="a">Folkmängd 2010–2024</title><desc id="b">Ökning med 5 %.</desc>' +
  '<path d="M0,0 L10,10" stroke="#0b4f63"/><text x="1" y="2" font-size="13">Jämtlands län &amp; Riket</text></svg>'
const caption = { title: 'Folkmängd 2010–2024 (personer)', source: 'Källa: SCB <Statistiska centralbyrån>', date: 'Hämtad 2 december 2026' }

describe('standaloneSvg', () => {
  const svg = standaloneSvg(CHART, { ...caption, address: 'https://example.se/statistik/befolkning/?lan=01&vy=utveckling' })

  it('is an SVG document of its own: declaration, namespace, a pixel size and a white background', () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="720" height="')).toBe(
      true,
    )
    const [, width, height] = /width="(\d+)" height="(\d+)" viewBox="0 0 (\d+) (\d+)"/.exec(svg)!
    expect(Number(width)).toBe(720)
    expect(Number(height)).toBeGreaterThan(360 + 60)
    expect(svg).toContain(`<rect width="720" height="${height}" fill="#ffffff"/>`)
    expect(svg.trim().endsWith('</svg>')).toBe(true)
  })

  it('adds the title, source, date and address as text, escaped', () => {
    const texts = [...svg.matchAll(/<text x="16"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1])
    expect(texts).toEqual([
      'Folkmängd 2010–2024 (personer)',
      'Källa: SCB &lt;Statistiska centralbyrån&gt;',
      'Hämtad 2 december 2026',
      'https://example.se/statistik/befolkning/?lan=01&amp;vy=utveckling',
    ])
    expect(svg).toContain('<title>Folkmängd 2010–2024 (personer)</title>')
  })

  it('keeps the chart’s drawing as it was, placed below the title in its own viewBox', () => {
    expect(svg).toMatch(/<svg x="0" y="\d+(\.\d+)?" width="720" height="360" viewBox="0 0 720 360"><title id="a">/)
    expect(svg).toContain('<path d="M0,0 L10,10" stroke="#0b4f63"/><text x="1" y="2" font-size="13">Jämtlands län &amp; Riket</text></svg>')
  })

  it('is well-formed: every element opened is closed, in order, and no & is left unescaped', () => {
    const stack: string[] = []
    for (const [, close, name, selfClosing] of svg.replace(/^<\?xml[^>]*>/, '').matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
      if (selfClosing) continue
      if (close) expect(stack.pop()).toBe(name)
      else stack.push(name)
    }
    expect(stack).toEqual([])
    expect(svg).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/)
  })

  it('wraps a long title over lines and leaves the address out when there is none', () => {
    const long = standaloneSvg(CHART, { ...caption, title: 'Ett mycket långt diagramnamn '.repeat(6).trim() })
    const titleLines = [...long.matchAll(/<text [^>]*font-weight="700"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1])
    expect(titleLines.length).toBeGreaterThan(1)
    expect(titleLines.join(' ')).toBe('Ett mycket långt diagramnamn '.repeat(6).trim())
    expect(long).not.toContain('https://')
  })

  it('refuses markup without an <svg> or its size', () => {
    expect(() => standaloneSvg('<div></div>', caption)).toThrow(/No <svg>/)
    expect(() => standaloneSvg('<svg><g/></svg>', caption)).toThrow(/no viewBox or size/)
  })
})

describe('its pieces', () => {
  it.each([
    ['<svg viewBox="0 0 720 360">', { x: 0, y: 0, width: 720, height: 360 }],
    ['<svg viewBox="-10,5 100 50">', { x: -10, y: 5, width: 100, height: 50 }],
    ['<svg width="300" height="150px">', { x: 0, y: 0, width: 300, height: 150 }],
  ])('the size of %s', (markup, size) => {
    expect(svgSize(`${markup}</svg>`)).toEqual(size)
  })

  it('wraps words into lines of at most the given length', () => {
    expect(wrapText('a bb ccc dddd', 6)).toEqual(['a bb', 'ccc', 'dddd'])
    expect(wrapText('  ', 6)).toEqual([])
  })

  it('escapes XML', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;')
  })
})
