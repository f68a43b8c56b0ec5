import path from 'node:path'

import { dataDir } from '../paths'

/**
 * Where the published site lives (site/publisher/store.ts): the content-addressed store, one manifest per build,
 * `live.json` naming the build being served, and `code/` for the bundle the publisher renders with.
 */
export const siteDir = () => path.join(dataDir, 'site')
export const codeDir = () => path.join(siteDir(), 'code')
