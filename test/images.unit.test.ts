import { describe, expect, it } from 'vitest'

import type { Media } from '../site/lib/content'
import { imageAttributes, mediaFiles, shareImageUrl } from '../site/lib/images'
import type { LinkResolver } from '../site/lib/links'
import { richTextToHtml } from '../site/lib/richtext'

/** What an <img> of an uploaded image gets (src, srcset, sizes, width, height) and its link-preview address. */

type Size = { filename?: string | null; width?: number | null; height?: number | null }
const media = (original: Size, sizes: Partial<Record<'small' | 'medium' | 'large' | 'og', Size>> = {}): Media =>
  ({ id: 1, alt: 'Ett foto', ...original, sizes }) as Media
const photo = media(
  { filename: 'foto.jpg', width: 2400, height: 1600 },
  {
    small: { filename: 'foto-480.webp', width: 480, height: 320 },
    medium: { filename: 'foto-960.webp', width: 960, height: 640 },
    large: { filename: 'foto-1600.webp', width: 1600, height: 1067 },
    og: { filename: 'foto-og.webp', width: 1200, height: 630 },
  },
)
const widthsOf = (srcset: string | undefined) => srcset?.split(', ').map((candidate) => Number(candidate.match(/ (\d+)w$/)?.[1]))

describe('the attributes of an image', () => {
  it('offers every size, narrowest first, each with its width, and the original last', () => {
    const attributes = imageAttributes(photo, '100vw')!
    expect(attributes.srcset).toBe(
      '/media/foto-480.webp 480w, /media/foto-960.webp 960w, /media/foto-1600.webp 1600w, /media/foto.jpg 2400w',
    )
  })

  it('keeps the link-preview size (og) out of the srcset: it is cropped to another shape', () => {
    expect(imageAttributes(photo, '100vw')!.srcset).not.toContain('foto-og.webp')
  })

  it.each([
    { name: 'the 960 size when there is one', image: photo, src: '/media/foto-960.webp' },
    {
      name: 'the narrowest size at least 960 wide when there is no 960',
      image: media(
        { filename: 'a.jpg', width: 3000, height: 2000 },
        { small: { filename: 'a-480.webp', width: 480 }, large: { filename: 'a-1600.webp', width: 1600 } },
      ),
      src: '/media/a-1600.webp',
    },
    {
      name: 'the original of a small image narrower than 960',
      image: media({ filename: 'liten.png', width: 600, height: 400 }, { small: { filename: 'liten-480.webp', width: 480 } }),
      src: '/media/liten.png',
    },
    { name: 'the original of an image without sizes', image: media({ filename: 'b.jpg', width: 1200, height: 800 }), src: '/media/b.jpg' },
  ])('has as its src (for browsers without srcset) $name', ({ image, src }) => {
    expect(imageAttributes(image, '50vw')?.src).toBe(src)
  })

  it('has the width and height of the original, so the page keeps room for the image before it loads', () => {
    expect(imageAttributes(photo, '100vw')).toMatchObject({ width: 2400, height: 1600, sizes: '100vw' })
  })

  it('passes the sizes attribute on as given', () => {
    expect(imageAttributes(photo, '(min-width: 60rem) 50vw, 100vw')?.sizes).toBe('(min-width: 60rem) 50vw, 100vw')
  })

  it.each([
    {
      name: 'a size no larger than the original (a small upload) appears once',
      sizes: { large: { filename: 'c-large.webp', width: 800 } },
      widths: [480, 800],
    },
    { name: 'a size without a file is left out', sizes: { medium: { filename: null, width: 960 } }, widths: [480, 800] },
    { name: 'a size without a width is left out', sizes: { medium: { filename: 'c-960.webp', width: null } }, widths: [480, 800] },
  ])('$name', ({ sizes, widths }) => {
    const image = media({ filename: 'c.jpg', width: 800, height: 600 }, { small: { filename: 'c-480.webp', width: 480 }, ...sizes })
    const srcset = imageAttributes(image, '100vw')?.srcset
    expect(widthsOf(srcset)).toEqual(widths)
    expect(srcset).not.toMatch(/undefined|null/)
  })

  it('encodes file names with spaces and Swedish letters so the address works', () => {
    const attributes = imageAttributes(media({ filename: 'Älg i skog.jpg', width: 800, height: 600 }), '100vw')!
    expect(attributes.src).toBe(`/media/${encodeURIComponent('Älg i skog.jpg')}`)
    expect(attributes.src).not.toMatch(/[ Ä]/)
  })

  it.each([
    ['nothing', undefined],
    ['no file', media({ filename: null, width: 800, height: 600 })],
    ['no width', media({ filename: 'x.jpg', width: null, height: 600 })],
    ['no height', media({ filename: 'x.jpg', width: 800, height: 0 })],
  ])('renders no image for media with %s (it could not be laid out)', (_name, image) => {
    expect(imageAttributes(image, '100vw')).toBeUndefined()
  })
})

describe('the image a link preview shows', () => {
  it.each([
    ['the 1200×630 preview size when there is one', photo, '/media/foto-og.webp'],
    ['the original when the preview size is missing', media({ filename: 'utan.jpg', width: 800, height: 600 }), '/media/utan.jpg'],
    ['none for a page without an image', undefined, undefined],
    ['none for media without a file', media({ filename: null }), undefined],
  ])('is %s', (_name, image, url) => {
    expect(shareImageUrl(image)).toBe(url)
  })
})

describe('the files of an image copied into the build', () => {
  it('are the original and every size that has a file', () => {
    expect(mediaFiles(photo).sort()).toEqual(['foto-1600.webp', 'foto-480.webp', 'foto-960.webp', 'foto-og.webp', 'foto.jpg'])
    expect(mediaFiles(media({ filename: 'd.jpg' }, { small: { filename: null }, og: { filename: 'd-og.webp' } }))).toEqual([
      'd.jpg',
      'd-og.webp',
    ])
  })
})

describe('an image in rich text', () => {
  const html = (image: Media) =>
    richTextToHtml(
      {
        root: {
          type: 'root',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          children: [{ type: 'upload', version: 3, format: '', relationTo: 'media', value: image, fields: {} }],
        },
      },
      {} as LinkResolver,
      'https://example.se',
    )
  const img = (markup: string) => new Map([...markup.matchAll(/ ([a-z]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]))

  it('has its alt text, with quotes and angle brackets escaped so they cannot break out of the attribute', () => {
    const markup = html({ ...photo, alt: 'Älg "Kalle" <i>' } as Media)
    expect(img(markup).get('alt')).toBe('Älg &#34;Kalle&#34; &#60;i&#62;')
    expect(markup).not.toContain('<i>')
  })

  it('has the same src, srcset, width and height as any other image, and loads lazily', () => {
    const attributes = img(html(photo))
    const expected = imageAttributes(photo, '(min-width: 60rem) 48rem, 100vw')!
    expect(Object.fromEntries(['src', 'srcset', 'sizes', 'width', 'height', 'loading'].map((k) => [k, attributes.get(k)]))).toEqual({
      src: expected.src,
      srcset: expected.srcset,
      sizes: expected.sizes,
      width: String(expected.width),
      height: String(expected.height),
      loading: 'lazy',
    })
  })

  it('is left out when it cannot be laid out (no width), rather than shown without a size', () => {
    expect(html(media({ filename: 'x.jpg', width: null, height: 600 }))).not.toContain('<img')
  })
})
