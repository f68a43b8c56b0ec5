import { createHash } from 'node:crypto'

/**
 * The dependency key of a route: a hash of its route data. The documents of a content snapshot are frozen and
 * never changed (a publish makes new objects for what changed), so the hash of a frozen object is remembered by
 * its identity and stands in for it: hashing the data of twelve thousand routes then costs one JSON.stringify of
 * each route's own small wrapper, not of every document again.
 */
const hashes = new WeakMap<object, string>()

const sha1 = (text: string) => createHash('sha1').update(text).digest('base64url')

/**
 * A fast 53-bit hash (cyrb53) for a route's own wrapper, whose documents are already hashes: a key is only ever
 * compared with the same route's previous key, and a crypto hash per route costs more than all the rest.
 */
function cyrb53(text: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36) + text.length.toString(36)
}

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

export const routeKey = (data: object): string => (Object.isFrozen(data) ? frozenHash(data) : cyrb53(stringify(data)))
