import { describe, expect, it } from 'vitest'

import { describeDownload, fileTypeLabel, formatDate, formatFileSize } from '../shared/format'
import { pathFromSlugs, slugify } from '../shared/slug'

describe('Swedish formatting', () => {
  it('writes file sizes with a decimal comma', () => {
    expect(formatFileSize(1_234_567)).toBe('1,2 MB')
    expect(formatFileSize(340_000)).toBe('340 kB')
    expect(formatFileSize(2_889)).toBe('2,9 kB')
    expect(formatFileSize(900)).toBe('900 byte')
  })

  it('describes a download before the click', () => {
    expect(describeDownload({ mimeType: 'application/pdf', filesize: 1_234_567, pageCount: 24 })).toBe('PDF, 1,2 MB, 24 sidor')
    expect(describeDownload({ mimeType: 'application/pdf', filesize: 5_000, pageCount: 1 })).toBe('PDF, 5,0 kB, 1 sida')
    expect(fileTypeLabel('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('Word')
  })

  it('writes dates the Swedish way', () => {
    expect(formatDate('2018-11-20T12:00:00.000Z')).toBe('20 november 2018')
  })
})

describe('slugs and paths', () => {
  it('folds Swedish letters and punctuation', () => {
    expect(slugify('Samarbete i Östersjöregionen')).toBe('samarbete-i-ostersjoregionen')
    expect(slugify('  Tillstånd & trender: 2018! ')).toBe('tillstand-trender-2018')
  })

  it('builds nested paths with a trailing slash', () => {
    expect(pathFromSlugs(['a', 'b'])).toBe('/a/b/')
    expect(pathFromSlugs([])).toBe('/')
  })
})
