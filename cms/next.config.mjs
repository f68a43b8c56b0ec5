import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The Payload admin and API, as a Next.js app in cms/ (`next build cms`, `next start cms`). */
export default withPayload({
  // Types are checked by `npm run typecheck` over the whole project, not once more inside the admin build.
  typescript: { ignoreBuildErrors: true },
  turbopack: { root: projectRoot },
  outputFileTracingRoot: projectRoot,
  poweredByHeader: false,
  // The CMS server has no public pages of its own: the public site is the static build.
  redirects: async () => [{ source: '/', destination: '/admin', permanent: false }],
})
