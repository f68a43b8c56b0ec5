import type { APIRoute, GetStaticPaths } from 'astro'

import { getDatasets, type Dataset } from '../../lib/content'
import { routeKey } from '../../lib/route-key'
import { datasetCsv } from '../../lib/statistics'

/** /statistik/<slug>.csv: the whole dataset as CSV, in the format the CMS imports (works without JavaScript). */
export const getStaticPaths = (async () => (await getDatasets()).map((dataset) => ({ params: { slug: dataset.slug }, props: { dataset }, cacheKey: routeKey(dataset) }))) satisfies GetStaticPaths

export const GET: APIRoute = ({ props }) => new Response(datasetCsv((props as { dataset: Dataset }).dataset).csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } })
