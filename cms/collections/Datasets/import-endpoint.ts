import type { Endpoint } from 'payload'

import { isStaffUser } from '../../access'
import { readBodyUpTo, refuseUnlessContentType } from '../../read-body'
import { parseObservationsCsv } from '../../../shared/statistics/csv'
import type { DatasetKind } from '../../../shared/statistics/types'

const MAX_BYTES = 5_000_000

/**
 * POST /api/datasets/import-csv?kind=numeric|survey&regionLevel=county|municipality, body: the CSV file (editors).
 * Reads and checks the whole file and answers with its observations (200), or with every problem and its line
 * (422). It saves nothing: the admin puts the observations into the dataset being edited, and the save checks them again.
 */
export const importCsvEndpoint: Endpoint = {
  path: '/import-csv',
  method: 'post',
  handler: async (req) => {
    if (!isStaffUser(req.user)) return Response.json({ error: 'Logga in som redaktör för att läsa in statistik.' }, { status: 403 })
    // The admin sends the file as text/csv; a form on another site could only send form types.
    const wrongType = refuseUnlessContentType(req, 'text/csv')
    if (wrongType) return wrongType
    const params = new URL(req.url ?? 'http://x').searchParams
    const kind = (params.get('kind') ?? 'numeric') as DatasetKind
    const regionLevel = (params.get('regionLevel') ?? 'county') as 'county' | 'municipality'
    if (!['numeric', 'survey'].includes(kind) || !['county', 'municipality'].includes(regionLevel)) {
      return Response.json({ error: 'kind ska vara numeric eller survey och regionLevel county eller municipality.' }, { status: 400 })
    }
    const text = await readBodyUpTo(req, MAX_BYTES)
    if (text === undefined) return Response.json({ error: 'Filen är större än 5 MB.' }, { status: 413 })
    const result = parseObservationsCsv(text, { kind, regionLevel })
    if (!result.ok) return Response.json({ errors: result.errors }, { status: 422 })
    const years = result.observations.map((o) => o.year)
    return Response.json({
      observations: result.observations,
      summary: {
        values: result.observations.length,
        regions: new Set(result.observations.map((o) => o.region)).size,
        from: Math.min(...years),
        to: Math.max(...years),
      },
    })
  },
}
