import type { APIRoute, GetStaticPaths } from 'astro'

import { getDatasets, type Dataset } from '../../lib/content'
import { pathsWithData } from '../../lib/route-data'
import { datasetCsv } from '../../lib/statistics'

/** /statistik/<slug>.csv: the whole dataset as CSV, in the format the CMS imports (works without JavaScript). */
export const getStaticPaths = (async () =>
  pathsWithData(
    getDatasets(),
    (dataset) => ({ slug: dataset.slug }),
    (dataset) => dataset,
  )) satisfies GetStaticPaths

export const GET: APIRoute = ({ props }) =>
  new Response(datasetCsv((props as { data: Dataset }).data).csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } })
