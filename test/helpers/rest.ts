/**
 * Requests through the REST handlers the admin server mounts under /api (Payload's, behind cms/api-guard.ts),
 * anonymously or with a user's JWT, so a test meets the rules the public and editors actually meet. There is no
 * connection: a test says who the client is with the X-Client-Address header the admin's server would set.
 * Imported after startTestCms(): the config reads the test database's location from the environment.
 */
export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

export async function restClient() {
  const { restHandlers } = await import('../../cms/api-guard')
  const config = (await import('../../cms/payload.config')).default
  const handlers = restHandlers(config)
  return async function call(
    method: Method,
    path: string,
    {
      token,
      body,
      contentType = 'application/json',
      headers: extra = {},
    }: { token?: string; body?: unknown; contentType?: string; headers?: Record<string, string> } = {},
  ) {
    const url = new URL(`http://localhost/api/${path}`)
    const headers: Record<string, string> = { 'content-type': contentType, ...extra }
    if (token) headers.authorization = `JWT ${token}`
    let payloadBody: string | ArrayBuffer | undefined =
      body === undefined || body instanceof FormData ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
    if (body instanceof FormData) {
      // An upload, encoded as a browser sends it: multipart with its boundary, and its length.
      const encoded = new Request(url, { method: 'POST', body })
      payloadBody = await encoded.arrayBuffer()
      headers['content-type'] = encoded.headers.get('content-type')!
      headers['content-length'] = String(payloadBody.byteLength)
    }
    const request = new Request(url, { method, headers, body: payloadBody })
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
    const text = await response.text()
    return {
      status: response.status,
      body: text && (response.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : undefined,
      headers: response.headers,
      text,
    }
  }
}
