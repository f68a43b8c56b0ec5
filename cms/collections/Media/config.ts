import type { CollectionConfig } from 'payload'

import { staff, staffOrPublisher } from '../../access'
import { uploadsDir } from '../../paths'
import { safeFileHeaders, storeAsDetectedType } from '../../uploads/stored-type'

/** Images. Payload checks the type from the file's content; sharp makes the responsive WebP sizes the site uses in srcset. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { sv: 'Bild', en: 'Image' }, plural: { sv: 'Bilder', en: 'Images' } },
  admin: { useAsTitle: 'alt', group: { sv: 'Filer', en: 'Files' } },
  access: { read: staffOrPublisher, create: staff, update: staff, delete: staff },
  upload: {
    staticDir: uploadsDir('media'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
    modifyResponseHeaders: safeFileHeaders({ download: false }),
    focalPoint: true,
    crop: true,
    formatOptions: { format: 'webp', options: { quality: 82 } },
    imageSizes: [
      { name: 'small', width: 480, formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'medium', width: 960, formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'large', width: 1600, formatOptions: { format: 'webp', options: { quality: 78 } } },
      { name: 'og', width: 1200, height: 630, formatOptions: { format: 'jpeg', options: { quality: 80 } } },
    ],
    adminThumbnail: 'small',
  },
  hooks: { beforeOperation: [storeAsDetectedType] },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      // In Swedish and English; where the English is missing the English site shows the Swedish, marked as Swedish.
      localized: true,
      label: { sv: 'Alternativtext', en: 'Alt text' },
      admin: {
        description: { sv: 'Beskriv vad bilden visar för den som inte ser den.', en: 'Describe the image for people who cannot see it.' },
      },
      validate: (value: unknown) =>
        typeof value === 'string' && value.trim().length >= 3 ? true : 'Skriv en alternativtext (minst 3 tecken).',
    },
    { name: 'caption', type: 'text', localized: true, label: { sv: 'Bildtext', en: 'Caption' } },
    { name: 'credit', type: 'text', label: { sv: 'Fotograf/källa', en: 'Credit' } },
  ],
}
