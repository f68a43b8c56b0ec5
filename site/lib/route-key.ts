import { createHash } from 'node:crypto'

/**
 * The dependency key of a route: a hash of its route data. The documents of a content snapshot are frozen and
 * never changed (a publish makes new objects for what changed), so the hash of a frozen object is remembered by
 * its identity and stands in for it: hashing the data of twelve thousand routes then costs one JSON.stringify of
 * each route's own small wrapper, not of every document again.
 */
const hashes = new WeakMap<object, string>()

const sha1 = (text: string) => createHash('sha1').update(text).digest('base64url')

function stringify(root: object): string {
  return JSON.stringify(root, function (_key, value: unknown) {
    return value !== root && value !== null && typeof value === 'object' && Object.isFrozen(value) ? `#${frozenHash(value)}` : value
  })
}

function frozenHash(value: object): string {
  let hash = hashes.get(value)
  if (hash === undefined) {
    hash = sha1(stringify(value))
    hashes.set(value, hash)
  }
  return hash
}

export const routeKey = (data: object): string => (Object.isFrozen(data) ? frozenHash(data) : sha1(stringify(data)))
