import { PDFDocument, StandardFonts, rgb } from 'pdf-lib'
import sharp from 'sharp'

/** A small, real PDF for a demo report: a title page and a few pages of placeholder text, so page count and size are real. */
export async function makeReportPdf(title: string, subtitle: string | undefined, year: number, pages = 4): Promise<Buffer> {
  const pdf = await PDFDocument.create()
  pdf.setTitle(title)
  pdf.setLanguage('sv-SE')
  pdf.setAuthor('Regionalverket (demo)')
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  for (let n = 1; n <= pages; n++) {
    const page = pdf.addPage([595, 842])
    if (n === 1) {
      page.drawRectangle({ x: 0, y: 642, width: 595, height: 200, color: rgb(0.05, 0.27, 0.35) })
      page.drawText(title, { x: 50, y: 560, size: 22, font: bold, maxWidth: 495, lineHeight: 28 })
      if (subtitle) page.drawText(subtitle, { x: 50, y: 500, size: 14, font, maxWidth: 495, lineHeight: 18 })
      page.drawText(`Regionalverket (demo) ${year}`, { x: 50, y: 80, size: 12, font })
    } else {
      page.drawText(`${title} – sida ${n}`, { x: 50, y: 780, size: 12, font: bold })
      page.drawText('Demodokument: innehållet är utfyllnad för att visa hur rapporter publiceras.', {
        x: 50,
        y: 740,
        size: 11,
        font,
        maxWidth: 495,
      })
    }
  }
  return Buffer.from(await pdf.save())
}

/** A calm abstract hero image (map-like contour lines over a gradient), drawn as SVG and encoded by sharp. */
export async function makeHeroImage(hue: number): Promise<Buffer> {
  const lines = Array.from({ length: 14 }, (_, i) => {
    const y = 80 + i * 50
    return `<path d="M0 ${y} C 400 ${y - 60 + (i % 3) * 30}, 900 ${y + 70}, 1600 ${y - 20}" stroke="hsla(${hue},40%,92%,0.35)" stroke-width="3" fill="none"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="700">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="hsl(${hue},55%,28%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},50%,45%)"/>
    </linearGradient></defs>
    <rect width="1600" height="700" fill="url(#g)"/>${lines}</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer()
}
