/**
 * The words the site itself says around the editors' content (header, footer, breadcrumbs, section navigation), in
 * each language of the site. The English site shows the English ones (the type makes both tables complete).
 */
import type { ContentLocale } from '../../shared/locales'

export interface SiteText {
  /** <html lang> and Open Graph's og:locale. */
  lang: string
  ogLocale: string
  skipLink: string
  waysIn: string
  searchLabel: string
  searchButton: string
  mainMenu: string
  breadcrumbs: string
  home: string
  phone: string
  email: string
  footer: string
  accessibility: string
  /** Added to a link to a page only in the other language. */
  inOtherLanguage: string
  externalLink: string
  easyToRead: string
  /** The section navigation's name, before the section's title ("Sidor i …"). */
  sectionPages: string
  /** The header's link to the other language's site, in that language (issue 15: "English", "Svenska"). */
  otherLanguage: { label: string; lang: ContentLocale }
}

export const SITE_TEXT: Record<ContentLocale, SiteText> = {
  sv: {
    lang: 'sv',
    ogLocale: 'sv_SE',
    skipLink: 'Till innehållet',
    waysIn: 'Andra sätt att ta del av webbplatsen',
    searchLabel: 'Sök på webbplatsen',
    searchButton: 'Sök',
    mainMenu: 'Huvudmeny',
    breadcrumbs: 'Du är här',
    home: 'Start',
    phone: 'Telefon',
    email: 'E-post',
    footer: 'Sidfot',
    accessibility: 'Tillgänglighetsredogörelse',
    inOtherLanguage: '(på engelska)',
    externalLink: '(länk till annan webbplats)',
    easyToRead: 'Lättläst',
    sectionPages: 'Sidor i',
    otherLanguage: { label: 'English', lang: 'en' },
  },
  en: {
    lang: 'en',
    ogLocale: 'en_GB',
    skipLink: 'Skip to content',
    waysIn: 'Other ways to use the website',
    searchLabel: 'Search the website',
    searchButton: 'Search',
    mainMenu: 'Main menu',
    breadcrumbs: 'You are here',
    home: 'Home',
    phone: 'Phone',
    email: 'Email',
    footer: 'Footer',
    accessibility: 'Accessibility statement',
    inOtherLanguage: '(in Swedish)',
    externalLink: '(link to another website)',
    easyToRead: 'Easy to read',
    sectionPages: 'Pages in',
    otherLanguage: { label: 'Svenska', lang: 'sv' },
  },
}
