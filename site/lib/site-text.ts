/**
 * The words the site itself says around the editors' content (header, footer, breadcrumbs, section navigation), in
 * each language of the site. The English site shows the English ones (the type makes both tables complete).
 */
import type { ContentLocale } from '../../shared/locales'
import type { PublicationType } from '../../shared/publications'
import { ENGLISH_PUBLICATIONS_PATH } from '../../shared/slug'

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
  publications: { title: string; href: string; lead: string; one: string; many: string; none: string }
  /** "sida 2 av 5", and the page links. */
  paging: { page: string; of: string; previous: string; next: string; pages: string }
  publicationTypes: Record<PublicationType, string>
  report: {
    type: string
    published: string
    number: string
    publisher: string
    authors: string
    topics: string
    summary: string
    download: string
    notAccessible: string
    otherFormat: string
    otherFormatOffer: string
    otherFormatSubject: string
    writeTo: string
    orCall: string
    contactUs: string
    related: string
  }
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
    publications: {
      title: 'Publikationer',
      href: '/publikationer/',
      lead: 'Våra rapporter och andra publikationer, senast publicerade först. Varje publikation har en sammanfattning på webben och kan laddas ner.',
      one: 'publikation',
      many: 'publikationer',
      none: 'Inga publikationer ännu.',
    },
    paging: { page: 'Sida', of: 'av', previous: 'Föregående sida', next: 'Nästa sida', pages: 'Sidor' },
    publicationTypes: { rapport: 'Rapport', promemoria: 'Promemoria', kunskapsoversikt: 'Kunskapsöversikt', utvardering: 'Utvärdering' },
    report: {
      type: 'Typ',
      published: 'Publicerad',
      number: 'Publikationsnummer',
      publisher: 'Utgivare',
      authors: 'Författare',
      topics: 'Ämnen',
      summary: 'Sammanfattning',
      download: 'Ladda ner rapporten',
      notAccessible: 'Filen är inte tillgänglighetsanpassad.',
      otherFormat: 'Behöver du rapporten i ett annat format?',
      otherFormatOffer: 'Vi tar fram rapporten som tillgänglig PDF, i lättläst form eller uppläst om du behöver det.',
      otherFormatSubject: 'Annat format',
      writeTo: 'Skriv till',
      orCall: 'eller ring',
      contactUs: 'Kontakta oss så hjälper vi dig.',
      related: 'Relaterade publikationer',
    },
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
    publications: {
      title: 'Publications',
      href: ENGLISH_PUBLICATIONS_PATH,
      lead: 'Our reports and other publications, newest first. Most of them are in Swedish only: those are marked “(in Swedish)” and lead to the Swedish page.',
      one: 'publication',
      many: 'publications',
      none: 'No publications yet.',
    },
    paging: { page: 'Page', of: 'of', previous: 'Previous page', next: 'Next page', pages: 'Pages' },
    publicationTypes: { rapport: 'Report', promemoria: 'Memorandum', kunskapsoversikt: 'Research overview', utvardering: 'Evaluation' },
    report: {
      type: 'Type',
      published: 'Published',
      number: 'Report number',
      publisher: 'Publisher',
      authors: 'Authors',
      topics: 'Topics',
      summary: 'Summary',
      download: 'Download the report',
      notAccessible: 'The file is not fully accessible.',
      otherFormat: 'Do you need the report in another format?',
      otherFormatOffer: 'We can provide the report as an accessible PDF, in easy-to-read form or read aloud.',
      otherFormatSubject: 'Another format',
      writeTo: 'Write to',
      orCall: 'or call',
      contactUs: 'Contact us and we will help.',
      related: 'Related publications',
    },
  },
}
