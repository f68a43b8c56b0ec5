/**
 * A dataset as JSON for reuse (served at /statistik/<slug>.json): its figures with what is needed to read them.
 * A stable format, described in README ("Statistics", "The dataset as JSON"): `format` is raised only when a field
 * changes meaning or is removed; fields may be added within a version.
 */
import type { Dataset } from '../payload-types'
import { regionName } from './regions'
import type { Observation } from './types'

export const DATASET_JSON_FORMAT = 1

export interface DatasetJson {
  format: typeof DATASET_JSON_FORMAT
  slug: string
  title: string
  description: string
  indicator: string
  unit: string
  decimals: number
  kind: Dataset['kind']
  regionLevel: Dataset['regionLevel']
  countryReference: Dataset['countryReference']
  source: { name: string; url: string | null }
  method: string
  updatedAt: string
  /** The page that shows the dataset, and the same figures as CSV. */
  links: { page: string; csv: string }
  /** Code → name of every region in the observations. */
  regions: Record<string, string>
  observations: Observation[]
}

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

const BLOCKS = new Set(['paragraph', 'heading', 'quote', 'list', 'listitem', 'code'])

/** Rich text (Lexical's JSON) as plain text: its blocks separated by blank lines, list items by line breaks. */
export function richTextPlain(value: unknown): string {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root) return ''
  const inline = (node: LexicalNode): string =>
    node.type === 'linebreak' ? '\n' : node.type === 'tab' ? '\t' : (node.text ?? '') + (node.children ?? []).map(inline).join('')
  const blocks: { text: string; item?: boolean }[] = []
  const walk = (node: LexicalNode) => {
    if (node.type === 'list') for (const item of node.children ?? []) blocks.push({ text: `– ${inline(item).trim()}`, item: true })
    else if (BLOCKS.has(node.type ?? '') || !node.children) blocks.push({ text: inline(node).trim() })
    else for (const child of node.children) walk(child)
  }
  for (const child of root.children ?? []) walk(child)
  return blocks
    .filter((b) => b.text !== '')
    .map((b, i, all) => (i === 0 ? '' : b.item && all[i - 1].item ? '\n' : '\n\n') + b.text)
    .join('')
}

/** The dataset's figures (the JSON field, checked on save to be an array of observations). */
const observationsOf = (doc: Dataset): Observation[] => (Array.isArray(doc.observations) ? (doc.observations as Observation[]) : [])

/** The JSON document of a published dataset; `siteUrl` makes its links absolute. */
export function datasetJson(doc: Dataset, siteUrl: string): DatasetJson {
  const observations = observationsOf(doc).map(({ region, year, value, category }) =>
    category === undefined ? { region, year, value } : { region, year, value, category },
  )
  const codes = [...new Set(observations.map((o) => o.region))].sort()
  return {
    format: DATASET_JSON_FORMAT,
    slug: doc.slug,
    title: doc.title,
    description: doc.description,
    indicator: doc.indicator,
    unit: doc.unit,
    decimals: doc.decimals ?? 0,
    kind: doc.kind,
    regionLevel: doc.regionLevel,
    countryReference: doc.countryReference,
    source: { name: doc.source.name, url: doc.source.url ?? null },
    method: richTextPlain(doc.methodology),
    updatedAt: doc.updatedAt,
    links: { page: new URL(`/statistik/${doc.slug}/`, siteUrl).href, csv: new URL(`/statistik/${doc.slug}.csv`, siteUrl).href },
    regions: Object.fromEntries(codes.map((code) => [code, regionName(code)])),
    observations,
  }
}
