import { createHash } from 'node:crypto'

/**
 * The dependency key of a route: a hash of its route data. Content snapshots are never changed in place (a publish
 * makes new objects for what changed), so the hash of an object is remembered by identity: after the first
 * publish, hashing the data of twelve thousand routes costs a few milliseconds, not a second.
 */
const hashes = new WeakMap<object, string>()

function digest(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined'
  const known = hashes.get(value)
  if (known !== undefined) return known
  const hash = createHash('sha1')
  if (Array.isArray(value)) {
    hash.update('[')
    for (const item of value) hash.update(`${digest(item)},`)
  } else {
    hash.update('{')
    for (const [key, item] of Object.entries(value)) if (item !== undefined) hash.update(`${JSON.stringify(key)}:${digest(item)},`)
  }
  const result = hash.digest('base64url')
  hashes.set(value, result)
  return result
}

export const routeKey = (data: unknown): string => digest(data)
