/**
 * The origins the admin is served from: the only ones whose requests may carry the session cookie (Payload's
 * `csrf` list), and the only ones the admin's pages may send forms to. CMS_PUBLIC_URL when the admin has a public
 * address; otherwise the local server on CMS_PORT (3000), by name and by address.
 */
export function adminOrigins(env: Record<string, string | undefined> = process.env): string[] {
  if (env.CMS_PUBLIC_URL) return [new URL(env.CMS_PUBLIC_URL).origin]
  const port = env.CMS_PORT ?? '3000'
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`]
}

/** The admin is served over HTTPS when its public address says so: cookies are then Secure, and HSTS is sent. */
export const adminUsesHttps = (env: Record<string, string | undefined> = process.env) => (env.CMS_PUBLIC_URL ?? '').startsWith('https://')
