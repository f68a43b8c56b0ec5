/** Swedish formatting for the public site: dates, numbers, file sizes and file types. */

const dateFormat = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Stockholm' })
const numberFormat = new Intl.NumberFormat('sv-SE')

const englishDateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Stockholm' })

/** "5 mars 2018"; in English "5 March 2018" (the English site's pages). */
export function formatDate(value: string | Date, language: 'sv' | 'en' = 'sv'): string {
  return (language === 'en' ? englishDateFormat : dateFormat).format(typeof value === 'string' ? new Date(value) : value)
}

const dateTimeFormat = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Stockholm' })

/** "5 mars 2018 14:30" (Swedish time). */
export function formatDateTime(value: string | Date): string {
  return dateTimeFormat.format(typeof value === 'string' ? new Date(value) : value)
}

/** ISO date "2018-03-05", for <time datetime>. */
export function isoDate(value: string | Date): string {
  return (typeof value === 'string' ? new Date(value) : value).toISOString().slice(0, 10)
}

/** "10 587 710" (with the narrow no-break space Swedish uses as thousands separator) */
export function formatNumber(value: number): string {
  return numberFormat.format(value)
}

/** "1,2 MB", "340 kB", "900 byte": decimal units, Swedish decimal comma. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} byte`
  const units = ['kB', 'MB', 'GB']
  let value = bytes / 1000
  let unit = 0
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit++
  }
  const digits = value < 10 ? 1 : 0
  return `${new Intl.NumberFormat('sv-SE', { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value)} ${units[unit]}`
}

const FILE_TYPE_LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.ms-excel': 'Excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.ms-powerpoint': 'PowerPoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
  'application/vnd.oasis.opendocument.text': 'OpenDocument-text',
  'application/vnd.oasis.opendocument.spreadsheet': 'OpenDocument-kalkylblad',
  'application/vnd.oasis.opendocument.presentation': 'OpenDocument-presentation',
}

/** Human label of a MIME type: "PDF", "Word", … */
export function fileTypeLabel(mimeType: string | null | undefined): string {
  return (mimeType && FILE_TYPE_LABELS[mimeType]) || 'Fil'
}

/** "PDF, 1,2 MB, 24 sidor": what a download link tells before the click. */
export function describeDownload(doc: { mimeType?: string | null; filesize?: number | null; pageCount?: number | null }): string {
  const parts = [fileTypeLabel(doc.mimeType)]
  if (doc.filesize) parts.push(formatFileSize(doc.filesize))
  if (doc.pageCount) parts.push(`${doc.pageCount} ${doc.pageCount === 1 ? 'sida' : 'sidor'}`)
  return parts.join(', ')
}

export const DOCUMENT_MIME_TYPES = Object.keys(FILE_TYPE_LABELS)
