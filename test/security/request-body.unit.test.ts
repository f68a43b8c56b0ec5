import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { readBodyUpTo, refuseUnlessContentType } from '../../cms/read-body'

/**
 * The bounded body reader of the CMS's endpoints (form submissions, CSV import): a client cannot make an endpoint
 * hold more than the limit in memory, whatever Content-Length says.
 */

const encoder = new TextEncoder()
/** A streamed body of these chunks, which notes how many were read and whether the reader gave up on it. */
function streamOf(chunks: (string | Uint8Array)[]) {
  const seen = { pulled: 0, cancelled: false }
  const queue = chunks.map((c) => (typeof c === 'string' ? encoder.encode(c) : c))
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const next = queue.shift()
        if (next === undefined) controller.close()
        else {
          seen.pulled++
          controller.enqueue(next)
        }
      },
      cancel() {
        seen.cancelled = true
      },
    },
    { highWaterMark: 0 },
  )
  return { stream, seen }
}
const post = (body: ReadableStream<Uint8Array> | string | null, headers: Record<string, string> = {}) =>
  new Request('http://cms.test/api/x', { method: 'POST', body, headers, duplex: 'half' } as RequestInit) as unknown as PayloadRequest

describe('reading a request body up to a limit', () => {
  it.each([
    { name: 'a body under the limit is read whole', chunks: ['region,year'], limit: 100, text: 'region,year' },
    { name: 'a body exactly at the limit is read whole', chunks: ['12345', '67890'], limit: 10, text: '1234567890' },
    { name: 'a body one byte over the limit is refused', chunks: ['12345', '678901'], limit: 10, text: undefined },
    { name: 'a body in many small chunks is put together in order', chunks: ['a', 'b', 'c', 'd', 'e'], limit: 5, text: 'abcde' },
    { name: 'an empty body is the empty text', chunks: [], limit: 10, text: '' },
    {
      name: 'a letter split between two chunks (å is two bytes) is read as the letter',
      chunks: [encoder.encode('så').subarray(0, 2), encoder.encode('så').subarray(2)],
      limit: 3,
      text: 'så',
    },
    { name: 'the limit counts bytes, not letters: "åäö" is 6 bytes', chunks: ['åäö'], limit: 5, text: undefined },
  ])('$name', async ({ chunks, limit, text }) => {
    expect(await readBodyUpTo(post(streamOf(chunks).stream), limit)).toBe(text)
  })

  it('refuses a body whose Content-Length is over the limit without reading any of it', async () => {
    const request = post(streamOf(['x']).stream, { 'content-length': '11' })
    expect(await readBodyUpTo(request, 10)).toBeUndefined()
    expect([request.bodyUsed, request.body?.locked]).toEqual([false, false])
  })

  it('refuses a body larger than its Content-Length says, and stops reading it at the limit', async () => {
    const { stream, seen } = streamOf(Array.from({ length: 100 }, () => 'xxxx'))
    expect(await readBodyUpTo(post(stream, { 'content-length': '4' }), 10)).toBeUndefined()
    expect(seen.pulled).toBeLessThanOrEqual(4)
    expect(seen.cancelled).toBe(true)
  })

  it('stops reading a body that never ends once it is over the limit', async () => {
    let pulled = 0
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++
        controller.enqueue(new Uint8Array(1024))
      },
    })
    expect(await readBodyUpTo(post(endless), 10_000)).toBeUndefined()
    expect(pulled).toBeLessThan(20)
  })

  it('reads a chunked body (no Content-Length) under the limit', async () => {
    const request = post(streamOf(['region;år;värde\n', '01;2024;1,5\n']).stream)
    expect(request.headers.get('content-length')).toBeNull()
    expect(await readBodyUpTo(request, 1000)).toBe('region;år;värde\n01;2024;1,5\n')
  })

  it.each([
    ['a Content-Length that is not a number', 'lots'],
    ['a Content-Length smaller than the body', '3'],
  ])('reads a body with %s by what actually arrives', async (_name, length) => {
    expect(await readBodyUpTo(post(streamOf(['hej', ' då']).stream, { 'content-length': length }), 10)).toBe('hej då')
  })

  it.each([
    { name: 'a request without a body is the empty text', req: post(null), limit: 10, text: '' },
    {
      name: 'a request that only offers text() is read through it, within the limit',
      req: { headers: new Headers(), text: async () => 'hej' } as unknown as PayloadRequest,
      limit: 3,
      text: 'hej',
    },
    {
      name: 'a request that only offers text() is refused over the limit, counted in bytes',
      req: { headers: new Headers(), text: async () => 'hallå' } as unknown as PayloadRequest,
      limit: 5,
      text: undefined,
    },
    {
      name: 'a request with neither body nor text() is the empty text',
      req: { headers: new Headers() } as unknown as PayloadRequest,
      limit: 10,
      text: '',
    },
  ])('$name', async ({ req, limit, text }) => {
    expect(await readBodyUpTo(req, limit)).toBe(text)
  })
})

describe('refusing a body of the wrong type', () => {
  it.each([
    ['application/json', ['application/json'], true],
    ['application/json; charset=utf-8', ['application/json'], true],
    ['Application/JSON', ['application/json'], true],
    [' text/csv ; charset=windows-1252', ['text/csv'], true],
    ['text/csv', ['application/json', 'text/csv'], true],
    ['text/plain', ['application/json'], false],
    ['application/x-www-form-urlencoded', ['application/json'], false],
    ['multipart/form-data; boundary=x', ['application/json'], false],
    ['application/json-patch+json', ['application/json'], false],
    [undefined, ['application/json'], false],
  ])('a body sent as %j to an endpoint taking %j is accepted: %s', (type, types, accepted) => {
    const refusal = refuseUnlessContentType(post('{}', type === undefined ? {} : { 'content-type': type }), ...types)
    if (accepted) expect(refusal).toBeUndefined()
    else expect(refusal?.status).toBe(415)
  })

  it('says in Swedish which types the endpoint takes (so a form on another site cannot drive a JSON endpoint)', async () => {
    const refusal = refuseUnlessContentType(
      post('a=1', { 'content-type': 'application/x-www-form-urlencoded' }),
      'application/json',
      'text/csv',
    )
    expect(refusal?.headers.get('content-type')).toMatch(/^application\/json/)
    expect(await refusal?.json()).toEqual({ error: 'Förfrågan ska skickas som application/json eller text/csv.' })
  })
})
