// The search page's script (site/components/SearchPage.astro): searches the static Pagefind index of the page's
// language (<html lang>: Swedish at /sok/, English at /en/search/) in the browser.
// A file of its own, not inline and not bundled: the page's Content-Security-Policy allows scripts from the site
// itself, and Pagefind is imported at run time from the address the build gives its index.
const form = document.getElementById('search-form')
const input = document.getElementById('search-q')
const status = document.getElementById('search-status')
const list = document.getElementById('search-results')
// The index is split into shards (see site/publisher/search.ts): the first runs the search, the others are merged in.
const language = document.documentElement.lang === 'en' ? 'en' : 'sv'
const TEXT = {
  sv: {
    searching: 'Söker …',
    none: (query) => `Inga träffar på ”${query}”. Pröva ett annat ord.`,
    found: (count, query, max) =>
      `${count} ${count === 1 ? 'träff' : 'träffar'} på ”${query}”${count > max ? `, de ${max} bästa visas` : ''}.`,
  },
  en: {
    searching: 'Searching …',
    none: (query) => `No results for “${query}”. Try another word.`,
    found: (count, query, max) =>
      `${count} ${count === 1 ? 'result' : 'results'} for “${query}”${count > max ? `, the best ${max} shown` : ''}.`,
  },
}[language]
const [first, ...others] = (await (await fetch('/pagefind/shards.json')).json())[language] ?? []
// No shard: nothing in this language is published yet, and every search finds nothing.
const pagefind = first === undefined ? undefined : await import(`/pagefind/${first}/pagefind.js`)
await pagefind?.options({ excerptLength: 24 })
for (const shard of others) await pagefind.mergeIndex(`/pagefind/${shard}/`)
const MAX = 20

async function run(query) {
  list.replaceChildren()
  if (!query.trim()) {
    status.textContent = ''
    return
  }
  status.textContent = TEXT.searching
  const search = pagefind ? await pagefind.search(query) : { results: [] }
  const results = await Promise.all(search.results.slice(0, MAX).map((result) => result.data()))
  const count = search.results.length
  status.textContent = count === 0 ? TEXT.none(query) : TEXT.found(count, query, MAX)
  for (const result of results) {
    const item = document.createElement('li')
    const heading = document.createElement('h2')
    const link = document.createElement('a')
    link.href = result.url
    link.textContent = result.meta.title
    heading.append(link)
    const kind = document.createElement('p')
    kind.className = 'meta'
    kind.textContent = result.meta.typ ?? ''
    const excerpt = document.createElement('p')
    // Pagefind's excerpt is the page's own text, escaped, with the matches in <mark>.
    excerpt.innerHTML = result.excerpt
    item.append(heading, kind, excerpt)
    list.append(item)
  }
}

input.value = new URLSearchParams(location.search).get('q') ?? ''
run(input.value)
form.addEventListener('submit', (event) => {
  event.preventDefault()
  history.replaceState(null, '', `${location.pathname}?q=${encodeURIComponent(input.value)}`)
  run(input.value)
})
