import type { PayloadRequest } from 'payload'

/**
 * A request's body as text, read only up to `maxBytes`; undefined if it is larger (whether or not it says so in
 * Content-Length), so a client cannot make an endpoint hold an unbounded body in memory.
 */
export async function readBodyUpTo(req: PayloadRequest, maxBytes: number): Promise<string | undefined> {
  if (Number(req.headers.get('content-length') ?? 0) > maxBytes) return undefined
  const stream = req.body as ReadableStream<Uint8Array> | null | undefined
  if (!stream || typeof stream.getReader !== 'function') {
    const text = (await req.text?.()) ?? ''
    return Buffer.byteLength(text) > maxBytes ? undefined : text
  }
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      return undefined
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * 415 unless the request's body is of one of `types`. The admin's own requests send these; a form on another site
 * can only send form types (urlencoded, multipart, text/plain), so an endpoint that takes JSON cannot be driven
 * by one, whatever the cookies.
 */
export function refuseUnlessContentType(req: PayloadRequest, ...types: string[]): Response | undefined {
  const type = (req.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
  if (types.includes(type)) return undefined
  return Response.json({ error: `Förfrågan ska skickas som ${types.join(' eller ')}.` }, { status: 415 })
}
