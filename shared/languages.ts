/**
 * The languages a page can be written in. Swedish is the site's language; a page in another language (an "Other
 * languages" page, information in a national minority language) carries its language on its content, so screen
 * readers pronounce it right and search engines index it as such (WCAG 3.1.2). Names are in the language itself,
 * as a reader of that language looks for them. `dir` is set for right-to-left scripts.
 */
export interface PageLanguage {
  code: string
  /** The language's name in Swedish, for the editor. */
  swedish: string
  /** The language's own name. */
  native: string
  dir?: 'rtl'
}

export const SITE_LANGUAGE = 'sv'

export const PAGE_LANGUAGES: PageLanguage[] = [
  { code: 'sv', swedish: 'Svenska', native: 'Svenska' },
  { code: 'en', swedish: 'Engelska', native: 'English' },
  // The national minority languages (lagen om nationella minoriteter och minoritetsspråk).
  { code: 'fi', swedish: 'Finska', native: 'Suomi' },
  { code: 'fit', swedish: 'Meänkieli', native: 'Meänkieli' },
  { code: 'se', swedish: 'Nordsamiska', native: 'Davvisámegiella' },
  { code: 'smj', swedish: 'Lulesamiska', native: 'Julevsámegiella' },
  { code: 'sma', swedish: 'Sydsamiska', native: 'Åarjelsaemiengïele' },
  { code: 'rmf', swedish: 'Romani chib (kalé)', native: 'Romani chib' },
  { code: 'yi', swedish: 'Jiddisch', native: 'ייִדיש', dir: 'rtl' },
  // Widely read languages in Sweden.
  { code: 'ar', swedish: 'Arabiska', native: 'العربية', dir: 'rtl' },
  { code: 'fa', swedish: 'Persiska', native: 'فارسی', dir: 'rtl' },
  { code: 'so', swedish: 'Somaliska', native: 'Soomaali' },
  { code: 'ti', swedish: 'Tigrinska', native: 'ትግርኛ' },
  { code: 'uk', swedish: 'Ukrainska', native: 'Українська' },
]

/** The attributes content in `code` needs inside a Swedish page: none for Swedish or an unknown code. */
export function languageAttributes(code: string | null | undefined): { lang?: string; dir?: 'rtl' } {
  const language = PAGE_LANGUAGES.find((l) => l.code === code)
  if (!language || language.code === SITE_LANGUAGE) return {}
  return language.dir ? { lang: language.code, dir: language.dir } : { lang: language.code }
}
