// The search page's script (site/pages/sok.astro): searches the static Pagefind index in the browser.
// A file of its own, not inline and not bundled: the page's Content-Security-Policy allows scripts from the site
// itself, and Pagefind is imported at run time from the address the build gives its index.
const form = document.getElementById('search-form')
const input = document.getElementById('search-q')
const status = document.getElementById('search-status')
const list = document.getElementById('search-results')
// The index is split into shards (see site/publisher/search.ts): the first runs the search, the others are merged in.
const [first, ...others] = await (await fetch('/pagefind/shards.json')).json()
const pagefind = await import(`/pagefind/${first}/pagefind.js`)
await pagefind.options({ excerptLength: 24 })
for (const shard of others) await pagefind.mergeIndex(`/pagefind/${shard}/`)
const MAX = 20

async function run(query) {
  list.replaceChildren()
  if (!query.trim()) {
    status.textContent = ''
    return
  }
  status.textContent = 'Söker …'
  const search = await pagefind.search(query)
  const results = await Promise.all(search.results.slice(0, MAX).map((result) => result.data()))
  const count = search.results.length
  status.textContent =
    count === 0
      ? `Inga träffar på ”${query}”. Pröva ett annat ord.`
      : `${count} ${count === 1 ? 'träff' : 'träffar'} på ”${query}”${count > MAX ? `, de ${MAX} bästa visas` : ''}.`
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
  history.replaceState(null, '', `/sok/?q=${encodeURIComponent(input.value)}`)
  run(input.value)
})
