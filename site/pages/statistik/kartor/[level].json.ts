import type { APIRoute, GetStaticPaths } from 'astro'

import { getDatasets } from '../../../lib/content'
import { pathsWithData } from '../../../lib/route-data'
import { mapPaths, MUNICIPALITY_MAP_PATH } from '../../../lib/statistics'

/**
 * /statistik/kartor/kommuner.json: the municipalities' map (a path and a label point per municipality, projected at
 * build time), which the statistics island fetches the first time a visitor opens the map of a municipality dataset.
 * Written only when there is one. Its route data is constant: the shapes change only with the code's data files.
 */
export const getStaticPaths = (async () =>
  pathsWithData(
    getDatasets().some((dataset) => dataset.regionLevel === 'municipality') ? [MUNICIPALITY_MAP_PATH] : [],
    (file) => ({
      level: file
        .split('/')
        .at(-1)!
        .replace(/\.json$/, ''),
    }),
    () => ({ level: 'municipality' }),
  )) satisfies GetStaticPaths

export const GET: APIRoute = () =>
  new Response(JSON.stringify(mapPaths('municipality')), { headers: { 'content-type': 'application/json; charset=utf-8' } })
