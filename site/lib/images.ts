import type { Media } from './content'
import { mediaFileUrl } from '../../shared/slug'

/** src, srcset and sizes from the WebP sizes Payload made with sharp. */
export function imageAttributes(media: Media | null | undefined, sizes: string) {
  if (!media?.filename || !media.width || !media.height) return undefined
  const candidates = [media.sizes?.small, media.sizes?.medium, media.sizes?.large]
    .filter((s): s is NonNullable<typeof s> => Boolean(s?.filename && s.width))
    .map((s) => ({ url: mediaFileUrl(s.filename!), width: s.width! }))
  candidates.push({ url: mediaFileUrl(media.filename), width: media.width })
  const unique = [...new Map(candidates.map((c) => [c.width, c])).values()].sort((a, b) => a.width - b.width)
  return {
    src: (unique.find((c) => c.width >= 960) ?? unique[unique.length - 1]).url,
    srcset: unique.map((c) => `${c.url} ${c.width}w`).join(', '),
    sizes,
    width: media.width,
    height: media.height,
  }
}

/** Every stored file of a media item: the original and each size. */
export function mediaFiles(media: Pick<Media, 'filename' | 'sizes'>): string[] {
  const sizes = Object.values(media.sizes ?? {}).map((s) => s?.filename)
  return [media.filename, ...sizes].filter((f): f is string => Boolean(f))
}

/** The 1200×630 image for link previews (Open Graph), at its address on the site. */
export function shareImageUrl(media: Media | null | undefined): string | undefined {
  const file = media?.sizes?.og?.filename ?? media?.filename
  return file ? mediaFileUrl(file) : undefined
}
