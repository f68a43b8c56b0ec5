/**
 * Route data: everything a public page shows, computed once per content snapshot by one function per kind of
 * page. Layouts and components only take these values as props and read no content themselves, so a route's
 * dependency key (routeKey, the hash of its data) changes exactly when what it shows can change: the resident
 * publisher re-renders a route only when its key changed, and no hand-written list of dependencies can miss a read.
 */
import { siteUrl } from '../../shared/urls'
import { languageAttributes } from '../../shared/languages'
import { localePath, type ContentLocale } from '../../shared/locales'
import { resolveBlock, type BlockData, type BlockType } from '../blocks'
import type { Dataset, Document, Media, Page, PrivacyNotice, Report, SiteSetting, Topic } from './content'
import {
  datasetFileSlug,
  datasetHref,
  deepFreeze,
  getDatasets,
  getNavigation,
  getReports,
  getSettings,
  homePath,
  idOf,
  inLanguage,
  once,
  populated,
  siteContent,
  siteLanguage,
} from './content'
import { SITE_TEXT, type SiteText } from './site-text'
import { shareImageUrl } from './images'
import { linkResolver, type LinkResolver, type LinkValue, type ResolvedLink } from './links'
import { publicationFacets, relatedReports, type Facet, type FilterKind, type Listing } from './publications'
import { richTextHtml, type Html } from './richtext'
import { reportCard, type ReportCardData } from './report-card'
import { routeKey } from './route-key'
import { sectionOf } from './section'
import { observationsOf } from './statistics'

export type Crumb = { label: string; url?: string }

/**
 * getStaticPaths for a route with parameters: one path per item, its route data as the only prop, and the hash of
 * that data as its key (Astro's `cacheKey`, which the publisher compares). Every such route goes through here.
 */
export function pathsWithData<T, D extends object>(items: T[], params: (item: T) => Record<string, string>, data: (item: T) => D) {
  return items.map((item) => {
    const routeData = data(item)
    return { params: params(item), props: { data: routeData }, cacheKey: routeKey(routeData) }
  })
}

/** A link to the same content in another language: the header's language link, and hreflang alternates. */
export interface LanguageLink {
  href: string
  /** The language of the page it leads to. */
  lang: ContentLocale
  /** Its name in its own language ("English", "Svenska"). */
  label: string
}

/** What every page shows around its content: the header, the menu and the footer. */
export interface Shell {
  /** The site's language (Swedish at "/", English under "/en/"), and the words the site says in it. */
  locale: ContentLocale
  text: SiteText
  homeHref: string
  /** The other language's site: the header's language link on pages with no version in that language. */
  otherSite: LanguageLink
  /** The header's search form (each site searches its own language; site/publisher/search.ts). */
  search: boolean
  /** The publications' feed (RSS): on the Swedish site. */
  feed: boolean
  siteName: string
  /** Set when the name is shown in Swedish on the English site (no English name given yet). */
  siteNameLang?: ContentLocale
  organisation?: string | null
  organisationLang?: ContentLocale
  contact?: SiteSetting['contact']
  menu: ResolvedLink[]
  footerLinks: ResolvedLink[]
  /** The accessibility statement; on the English site the Swedish one (`lang: 'sv'`) until it has its own. */
  accessibility?: { href: string; lang?: ContentLocale }
  /** "Lättläst", "Teckenspråk", "Other languages": entry points above the menu, to published pages only. */
  waysIn: WayIn[]
}

export interface WayIn {
  href: string
  label: string
  /** The link text's language when it is not Swedish ("Other languages"). */
  lang?: string
}

/** The entry points' link texts, in the language of the people they are for. */
const WAYS_IN: { key: 'easyToRead' | 'signLanguage' | 'otherLanguages'; label: string; lang?: string }[] = [
  { key: 'easyToRead', label: 'Lättläst' },
  { key: 'signLanguage', label: 'Teckenspråk' },
  { key: 'otherLanguages', label: 'Other languages', lang: 'en' },
]

export const getShell = once((): Shell => {
  const [links, navigation, locale] = [linkResolver(), getNavigation(), siteLanguage()]
  const settings = links.settings
  const swedish = locale === 'sv'
  // The Swedish site's settings and menu, which the English site falls back on where its own are empty.
  const inSwedish = swedish ? { settings, navigation } : inLanguage('sv', () => ({ settings: getSettings(), navigation: getNavigation() }))
  const resolveAll = (items: LinkValue[] | null | undefined) =>
    (items ?? []).flatMap((item) => {
      const resolved = links.resolve(item, siteUrl())
      return resolved ? [resolved] : []
    })
  // An empty English menu or footer: the English versions of the pages the Swedish one links, by their English
  // titles (its addresses and reports are Swedish, so they are left out).
  const ownOrDerived = (own: LinkValue[] | null | undefined, fromSwedish: LinkValue[] | null | undefined) =>
    swedish || (own ?? []).length > 0 ? resolveAll(own) : resolveAll((fromSwedish ?? []).flatMap((item) => englishLink(item, links) ?? []))
  const text = SITE_TEXT[locale]
  const statement = settings?.accessibilityStatement
  const accessibilityHref = statement ? links.hrefOf({ relationTo: 'pages', value: statement }) : undefined
  const swedishStatement =
    !accessibilityHref && statement ? inLanguage('sv', () => linkResolver().hrefOf({ relationTo: 'pages', value: statement })) : undefined
  const siteName = settings?.siteName || inSwedish.settings?.siteName || 'Webbplats'
  return deepFreeze({
    locale,
    text,
    homeHref: homePath(),
    otherSite: { href: localePath(text.otherLanguage.lang, '/'), ...text.otherLanguage },
    search: true,
    feed: swedish,
    siteName,
    // Names not yet given in English are shown in Swedish, marked so.
    siteNameLang: settings?.siteName ? undefined : ('sv' as const),
    organisation: settings?.organisation || inSwedish.settings?.organisation,
    organisationLang: settings?.organisation ? undefined : ('sv' as const),
    contact: settings?.contact,
    menu: ownOrDerived(navigation?.items, inSwedish.navigation?.items),
    footerLinks: ownOrDerived(settings?.footerLinks, inSwedish.settings?.footerLinks),
    accessibility: accessibilityHref
      ? { href: accessibilityHref }
      : swedishStatement
        ? { href: swedishStatement, lang: 'sv' as const }
        : undefined,
    waysIn: swedish
      ? WAYS_IN.flatMap(({ key, label, lang }) => {
          const page = navigation?.waysIn?.[key]
          const href = page ? links.hrefOf({ relationTo: 'pages', value: page }) : undefined
          return href ? [{ href, label, ...(lang ? { lang } : {}) }] : []
        })
      : [],
  })
})

/** The Swedish site's shell with nothing from the content, for pages shown before any content is loaded. */
export const placeholderShell = (siteName: string): Shell => ({
  locale: 'sv',
  text: SITE_TEXT.sv,
  homeHref: '/',
  otherSite: { href: '/en/', ...SITE_TEXT.sv.otherLanguage },
  search: false,
  feed: false,
  siteName,
  menu: [],
  footerLinks: [],
  waysIn: [],
})

/** A Swedish menu or footer link as the English site shows it: to a page's English version, by its English title. */
function englishLink(item: LinkValue, links: LinkResolver): LinkValue | undefined {
  if (item.linkType === 'external' || item.reference?.relationTo !== 'pages') return undefined
  const page = links.pagesById.get(idOf(item.reference.value) ?? '')
  return page ? { ...item, label: page.title } : undefined
}

/**
 * The same page or report in the other language, when it is published there: the header's language link and the
 * hreflang alternates of both versions.
 */
function translationOf(relationTo: 'pages' | 'reports' | 'datasets' | 'privacy-notices', doc: { id: unknown }): LanguageLink | undefined {
  const other: ContentLocale = siteLanguage() === 'sv' ? 'en' : 'sv'
  const href = inLanguage(other, () => linkResolver().hrefOf({ relationTo, value: doc.id }))
  return href ? { href, lang: other, label: SITE_TEXT[siteLanguage()].otherLanguage.label } : undefined
}

/**
 * The other language's version of one of the site's own pages (the publications and statistics lists, search). Also
 * where the header's language link leads from a document that exists in this language only: the other language's
 * list of its kind (the English lists say which publications and datasets are in Swedish only).
 */
export function otherLanguageList(shell: Shell, list: 'publications' | 'statistics' | 'search'): LanguageLink {
  const { lang, label } = shell.text.otherLanguage
  return { href: SITE_TEXT[lang][list].href, lang, label }
}

/** A report's or dataset's language links: its other version, or where there is none, the other language's list. */
function languageLinksOf(
  shell: Shell,
  relationTo: 'reports' | 'datasets',
  doc: { id: unknown },
  list: 'publications' | 'statistics',
): { translation?: LanguageLink; languageLink?: LanguageLink } {
  const translation = translationOf(relationTo, doc)
  return translation ? { translation } : { languageLink: otherLanguageList(shell, list) }
}

/** A page's layout blocks with what they show resolved from the snapshot (site/blocks/index.ts), in order. */
function blockData(layout: Page['layout']): BlockData[] {
  const seen = new Set<BlockType>()
  return (layout ?? []).flatMap((block) => {
    const firstOfType = !seen.has(block.blockType)
    seen.add(block.blockType)
    const data = resolveBlock(block.blockType, block, { firstOfType, language: siteLanguage() })
    return data ? [data] : []
  })
}

type NavLink = { id: Page['id']; title: string; path: string }
export type SectionNav = { root: NavLink; children: NavLink[] }

/** Each section's navigation, made once per snapshot and shared (frozen) by all its pages' route data. */
const sectionNavs = new WeakMap<object, SectionNav>()
function sectionNav(page: Page): SectionNav | undefined {
  const section = sectionOf(page)
  if (!section) return undefined
  let nav = sectionNavs.get(section)
  if (!nav) {
    const link = ({ id, title, path }: NavLink) => ({ id, title, path })
    nav = deepFreeze({ root: link(section.root), children: section.children.map(link) })
    sectionNavs.set(section, nav)
  }
  return nav
}

/** The addresses of published pages: an ancestor not among them is shown as text in the breadcrumbs. */
const getPublishedPaths = once(() => new Set(siteContent().pages.map((p) => p.path)))

/** When a document's published content last changed (cms/review/fields.ts), if it has been recorded. */
const lastUpdated = (doc: { responsibility?: { contentUpdatedAt?: string | null } | null }) =>
  doc.responsibility?.contentUpdatedAt ?? undefined

export interface PageRouteData {
  shell: Shell
  /** This page in the other language, when it is published in it. */
  translation?: LanguageLink
  page: Pick<Page, 'id' | 'title' | 'lead' | 'easyToRead'>
  /** The content's language when it is not Swedish (shared/languages.ts): set on the page's <article>. */
  language: { lang?: string; dir?: 'rtl' }
  title: string
  description?: string | null
  hero?: Media
  shareImage?: string
  breadcrumbs: Crumb[]
  blocks: BlockData[]
  section?: SectionNav
  /** When its published content last changed ("Senast uppdaterad"). */
  updated?: string
}

/**
 * A CMS page. `breadcrumbs`: 'public' links only ancestors that are published (the rest are shown as text);
 * 'none' for the home page; 'as-stored' for the editors' preview of a draft.
 */
export function pageRouteData(page: Page, breadcrumbs: 'public' | 'none' | 'as-stored' = 'public'): PageRouteData {
  const publishedPaths = getPublishedPaths()
  const hero = populated<Media>(page.heroImage as Media | number | null)
  const shell = getShell()
  return {
    shell,
    translation: breadcrumbs === 'as-stored' ? undefined : translationOf('pages', page),
    page: { id: page.id, title: page.title, lead: page.lead, easyToRead: page.easyToRead },
    // On the English site the page's text is in the site's language; the field says what the Swedish text is in.
    language: siteLanguage() === 'sv' ? languageAttributes(page.language) : {},
    title: page.meta?.title || page.title,
    description: page.meta?.description || page.lead,
    hero,
    shareImage: shareImageUrl(hero),
    breadcrumbs:
      breadcrumbs === 'none'
        ? []
        : [
            { label: shell.text.home, url: shell.homeHref },
            ...(page.breadcrumbs ?? []).map((b) => ({
              label: b.label ?? '',
              url: breadcrumbs === 'as-stored' || publishedPaths.has(b.url ?? '') ? (b.url ?? undefined) : undefined,
            })),
          ],
    blocks: blockData(page.layout),
    section: sectionNav(page),
    updated: lastUpdated(page),
  }
}

export interface ReportRouteData {
  shell: Shell
  /** This report in the other language, when it is published in it. */
  translation?: LanguageLink
  /** The header's language link when there is no translation: the English list, which says what is in English. */
  languageLink?: LanguageLink
  report: Report
  summary: Html
  pdf?: Document
  cover?: Media
  topics: Topic[]
  related: ReportCardData[]
  updated?: string
}

export function reportRouteData(report: Report): ReportRouteData {
  const shell = getShell()
  return {
    shell,
    ...languageLinksOf(shell, 'reports', report, 'publications'),
    report,
    summary: richTextHtml(report.summary),
    pdf: populated<Document>(report.pdf as Document | number | null),
    cover: populated<Media>(report.coverImage as Media | number | null),
    // Topics are named in Swedish and lead to the Swedish lists: the English page leaves them out.
    topics:
      shell.locale === 'sv' ? (report.topics ?? []).map((t) => populated<Topic>(t as Topic | number)).filter((t) => t !== undefined) : [],
    related: relatedReports(report, getReports()).map(reportCard),
    updated: lastUpdated(report),
  }
}

/** A filter as the list pages link it: counts are shown on the first page of each list only. */
export type FacetLink = Omit<Facet, 'count'> & { count?: number }

export interface ListingRouteData {
  shell: Shell
  /** The first page of the whole list: the other language's list. */
  translation?: LanguageLink
  listing: {
    filter?: FacetLink
    reports: ReportCardData[]
    page: number
    pages: number
    /** How many publications the list has: on its first page only. */
    total?: number
    /** Links to pages 1, this one ± 2 and the last ("…" between), and the previous and next page. */
    pageLinks: { page: number; href: string }[]
    previous?: string
    next?: string
  }
  facets: Record<FilterKind, FacetLink[]>
}

/**
 * The filters without their counts, once per snapshot. Only a list's first page shows how many publications each
 * filter has: a new publication changes the counts, and with them would change every page of every list.
 */
const facetLinks = once(() => {
  const facets = publicationFacets()
  const strip = (list: Facet[]) => list.map(({ count: _count, ...link }) => link)
  return deepFreeze({ ar: strip(facets.ar), amne: strip(facets.amne), typ: strip(facets.typ) })
})

export function listingRouteData(listing: Listing): ListingRouteData {
  const { page, pages, href } = listing
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b)
  const first = page === 1
  const filter = listing.filter && (first ? listing.filter : (({ count: _count, ...link }: Facet) => link)(listing.filter))
  const shell = getShell()
  return {
    shell,
    translation: first && !filter ? otherLanguageList(shell, 'publications') : undefined,
    listing: {
      filter,
      reports: listing.cards ?? listing.reports.map(reportCard),
      page,
      pages,
      total: first ? listing.total : undefined,
      pageLinks: shown.map((n) => ({ page: n, href: href(n) })),
      previous: page > 1 ? href(page - 1) : undefined,
      next: page < pages ? href(page + 1) : undefined,
    },
    facets: first ? deepFreeze(publicationFacets()) : facetLinks(),
  }
}

export interface DatasetRouteData {
  shell: Shell
  /** This dataset in the other language, when it is published in it. */
  translation?: LanguageLink
  /** The header's language link when there is no translation: the other language's statistics list. */
  languageLink?: LanguageLink
  dataset: Dataset
  /** Where its CSV and JSON are (content.ts, datasetFileSlug). */
  fileSlug?: string
  methodology: Html
  /** Its topics' names, on the Swedish site (topics are named in Swedish). */
  topics: string[]
  updated?: string
}

export function datasetRouteData(dataset: Dataset): DatasetRouteData {
  const shell = getShell()
  return {
    shell,
    ...languageLinksOf(shell, 'datasets', dataset, 'statistics'),
    dataset,
    fileSlug: datasetFileSlug(dataset),
    methodology: richTextHtml(dataset.methodology),
    topics:
      shell.locale === 'sv'
        ? (dataset.topics ?? []).flatMap((t) => {
            const topic = populated<Topic>(t as Topic | number)
            return topic ? [topic.title] : []
          })
        : [],
    updated: lastUpdated(dataset),
  }
}

/** A dataset as the statistics list shows it. */
export interface DatasetCard {
  href: string
  title: string
  description: string
  indicator: string
  unit: string
  /** The years it covers ("2000–2024"). */
  years: string
  source: string
}

export interface DatasetListRouteData {
  shell: Shell
  translation: LanguageLink
  datasets: DatasetCard[]
  /** On the English list: the datasets published in Swedish only, linked to their Swedish pages. */
  inSwedish: DatasetCard[]
}

function datasetCard(dataset: Dataset): DatasetCard {
  const years = observationsOf(dataset).map((o) => o.year)
  return {
    href: datasetHref(dataset),
    title: dataset.title,
    description: dataset.description,
    indicator: dataset.indicator,
    unit: dataset.unit,
    years: years.length > 0 ? `${Math.min(...years)}–${Math.max(...years)}` : '',
    source: dataset.source.name,
  }
}

/** The statistics list (/statistik/, /en/statistics/). */
export const datasetListRouteData = once((): DatasetListRouteData => {
  const shell = getShell()
  const datasets = getDatasets()
  const shown = new Set(datasets.map((d) => String(d.id)))
  return {
    shell,
    translation: otherLanguageList(shell, 'statistics'),
    datasets: datasets.map(datasetCard),
    inSwedish:
      shell.locale === 'en'
        ? inLanguage('sv', () =>
            getDatasets()
              .filter((d) => !shown.has(String(d.id)))
              .map(datasetCard),
          )
        : [],
  }
})

export interface PrivacyNoticeRouteData {
  shell: Shell
  /** This notice in the other language, when it is published in it. */
  translation?: LanguageLink
  notice: PrivacyNotice
}

export function privacyNoticeRouteData(notice: PrivacyNotice): PrivacyNoticeRouteData {
  return { shell: getShell(), translation: translationOf('privacy-notices', notice), notice }
}

/**
 * A dataset's embeddable chart (/statistik/<slug>/inbaddning/): the dataset and the site's name, no menu or footer,
 * so a menu change does not render the embeds again.
 */
export interface DatasetEmbedRouteData {
  siteName: string
  dataset: Dataset
}

export function datasetEmbedRouteData(dataset: Dataset): DatasetEmbedRouteData {
  return { siteName: getShell().siteName, dataset }
}
