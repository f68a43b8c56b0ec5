/**
 * How an archived build is shown inside the admin (cms/site-build/archive.ts): its pages link to the site's root
 * ("/publikationer/", "/_astro/x.css"), so every such address in a page or a style sheet is rewritten to the same
 * address inside the archived build.
 */
export const ARCHIVE_PREFIX = '/api/site-archive'

/** "/publikationer/" of build `id` → "/api/site-archive/<id>/publikationer/". */
export const archivedAddress = (id: string, address: string) => `${ARCHIVE_PREFIX}/${id}${address}`

/** The page or style sheet with its root-relative addresses pointing into the archived build. */
export function rewriteArchived(text: string, id: string): string {
  const base = `${ARCHIVE_PREFIX}/${id}`
  return (
    text
      // href, src, action and poster attributes: "/x" but not "//host/x"
      .replace(/\b(href|src|action|poster)=(["'])\/(?!\/)/g, `$1=$2${base}/`)
      // each candidate of a srcset
      .replace(/\bsrcset=(["'])([^"']*)\1/g, (_, quote: string, list: string) => {
        const rewritten = list.replace(/(^|,\s*)\/(?!\/)/g, `$1${base}/`)
        return `srcset=${quote}${rewritten}${quote}`
      })
      // CSS url(/x) and a meta refresh's "url=/x"
      .replace(/url\((["']?)\/(?!\/)/g, `url($1${base}/`)
      .replace(/(content=["']\d+;\s*url=)\/(?!\/)/gi, `$1${base}/`)
  )
}
