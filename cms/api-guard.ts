/**
 * What every request to the CMS's API passes before Payload sees it (the admin's `/api` routes and the tests'
 * servers use the same handlers, `restHandlers`). Payload reads a whole JSON body into memory and parses it with
 * JSON.parse, so a huge body costs memory and a deeply nested one ("[[[[…") throws a RangeError that Payload
 * answers with 500. Here a body is bounded by its type, and JSON that is not valid or nests deeper than any
 * document we store is refused with 400 before it is parsed. A request that names no content language reads and
 * writes Swedish (below, `inSwedishUnlessAsked`).
 */
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

import { DEFAULT_LOCALE } from '../shared/locales'

/** Bytes a body may have: JSON 1 MB; uploads (multipart) a little over Payload's file size limit; others (a CSV import) 5 MB. */
export const BODY_LIMITS = { json: 1_000_000, multipart: 110_000_000, other: 5_000_000 } as const
/** Rich text nests about ten levels deep; 64 leaves room and keeps the parser's recursion short. */
export const MAX_JSON_DEPTH = 64

type RouteArgs = { params: Promise<{ slug?: string[] }> }
type Handler = (request: Request, args: RouteArgs) => Promise<Response>

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/** The deepest nesting of arrays and objects in a JSON text, counted without parsing it (strings are skipped). */
export function jsonDepth(text: string): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92)
        i++ // a backslash escapes the next character
      else if (c === 34) inString = false
    } else if (c === 34) inString = true
    else if (c === 123 || c === 91) deepest = Math.max(deepest, ++depth)
    else if (c === 125 || c === 93) depth--
  }
  return deepest
}

async function readText(request: Request, limit: number): Promise<string | undefined> {
  const reader = request.body!.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return Buffer.concat(chunks).toString('utf8')
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return undefined
    }
    chunks.push(value)
  }
}

/** A Payload route handler behind the body limits and the JSON checks. */
export function guarded(handler: Handler): Handler {
  return async (request, args) => {
    if (!request.body || request.method === 'GET' || request.method === 'HEAD') return handler(request, args)
    const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
    const limit =
      type === 'multipart/form-data' ? BODY_LIMITS.multipart : type === 'application/json' ? BODY_LIMITS.json : BODY_LIMITS.other
    if (Number(request.headers.get('content-length') ?? 0) > limit) return refuse(413, 'Förfrågan är för stor.')
    const init = { method: request.method, headers: request.headers, signal: request.signal }
    // An upload is streamed to Payload, which limits the file's size; its length must be known up front (browsers
    // always send it), so a client cannot stream without end.
    if (type === 'multipart/form-data') {
      return request.headers.get('content-length') ? handler(request, args) : refuse(411, 'Förfrågan saknar längd (Content-Length).')
    }
    const text = await readText(request, limit)
    if (text === undefined) return refuse(413, 'Förfrågan är för stor.')
    if (type === 'application/json') {
      if (jsonDepth(text) > MAX_JSON_DEPTH) return refuse(400, 'Förfrågan är för djupt nästlad.')
      if (text.trim()) {
        try {
          JSON.parse(text)
        } catch {
          return refuse(400, 'Förfrågan är inte giltig JSON.')
        }
      }
    }
    return handler(new Request(request.url, { ...init, body: text }), args)
  }
}

/**
 * A request that names no content language (`?locale=`) reads and writes Swedish, documents and globals alike.
 * Without fallback (cms/localization.ts) Payload would leave its language unset: a read answers every localized
 * field empty, and a write of a global stores its localized fields in no language at all. The admin always names
 * the language it edits.
 */
export function inSwedishUnlessAsked(handler: Handler): Handler {
  return (request, args) => {
    const url = new URL(request.url)
    if (url.searchParams.has('locale')) return handler(request, args)
    url.searchParams.set('locale', DEFAULT_LOCALE)
    const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : request.body
    const init: RequestInit & { duplex?: 'half' } = { method: request.method, headers: request.headers, body, signal: request.signal }
    if (body) init.duplex = 'half'
    return handler(new Request(url, init), args)
  }
}

/** Payload's REST handlers, each behind `guarded` and in Swedish unless asked: what the admin server mounts under /api. */
export function restHandlers(config: Promise<SanitizedConfig> | SanitizedConfig) {
  const wrap = (handler: Handler) => inSwedishUnlessAsked(guarded(handler))
  return {
    GET: wrap(REST_GET(config)),
    POST: wrap(REST_POST(config)),
    DELETE: wrap(REST_DELETE(config)),
    PATCH: wrap(REST_PATCH(config)),
    OPTIONS: wrap(REST_OPTIONS(config)),
  }
}
