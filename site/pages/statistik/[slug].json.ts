import type { APIRoute, GetStaticPaths } from 'astro'

import { datasetJson } from '../../../shared/statistics/dataset-json'
import { siteUrl } from '../../../shared/urls'
import { getDatasets, type Dataset } from '../../lib/content'
import { pathsWithData } from '../../lib/route-data'

/**
 * /statistik/<slug>.json: the whole dataset with its metadata, in the stable format README describes
 * (shared/statistics/dataset-json.ts). Its route data is the dataset itself, as for the CSV: the key changes with it.
 */
export const getStaticPaths = (async () =>
  pathsWithData(
    getDatasets(),
    (dataset) => ({ slug: dataset.slug }),
    (dataset) => dataset,
  )) satisfies GetStaticPaths

export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify(datasetJson((props as { data: Dataset }).data, siteUrl()), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  })
