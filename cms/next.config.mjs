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
  // Uploaded files are left to their own, stricter headers (cms/uploads/stored-type.ts).
  headers: async () => [{ source: '/:path((?!api/(?:media|documents)/file/).*)', headers: adminHeaders() }],
})

/**
 * Security headers on every answer of the admin and its API. Next.js and Payload put inline scripts in every admin
 * page (the React Server Components payload) without a hash, so scripts are limited to this origin and those inline
 * ones; everything else is as strict as the admin allows: no framing, no plugins, no other origin to send to.
 */
function adminHeaders() {
  const dev = process.env.NODE_ENV === 'development'
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    "worker-src 'self' blob:",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
  return [
    { key: 'Content-Security-Policy', value: policy },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    ...((process.env.CMS_PUBLIC_URL ?? '').startsWith('https://')
      ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }]
      : []),
  ]
}
