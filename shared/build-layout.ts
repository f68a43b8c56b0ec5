/**
 * What a code build holds (`npm run build`'s dist/, the publisher's data/site/code/): the static site to publish in
 * `client/`, and in `server/` only the editors' preview route, which `npm start` mounts under /forhandsvisning/.
 */
export const SERVER_ENTRY = 'server/entry.mjs'
export const PREVIEW_PREFIX = '/forhandsvisning/'
/** The Swedish search index is split into this many Pagefind indexes (site/publisher/search.ts); /sok/ merges them. */
export const SEARCH_SHARDS = 16
/** And the English one (pages under /en/, with English stemming), after them: /en/search/ merges these. */
export const ENGLISH_SEARCH_SHARDS = 4
