/** The languages the site's content is written in: Swedish at "/", English under "/en/". */
export const CONTENT_LOCALES = [
  { code: 'sv', swedish: 'Svenska', english: 'Swedish', native: 'Svenska', prefix: '' },
  { code: 'en', swedish: 'Engelska', english: 'English', native: 'English', prefix: '/en' },
] as const

export type ContentLocale = (typeof CONTENT_LOCALES)[number]['code']
export const DEFAULT_LOCALE: ContentLocale = 'sv'
export const LOCALE_CODES: ContentLocale[] = CONTENT_LOCALES.map((l) => l.code)

export const isContentLocale = (value: unknown): value is ContentLocale => LOCALE_CODES.includes(value as ContentLocale)

/** A path of the Swedish site as it is in `locale`: "/om-oss/" → "/en/om-oss/". */
export const localePath = (locale: ContentLocale, path: string): string =>
  `${CONTENT_LOCALES.find((l) => l.code === locale)!.prefix}${path}`
