import type { TeaserListBlock } from '../../../shared/payload-types'
import { idOf } from '../../lib/content'
import { linkResolver } from '../../lib/links'

export interface TeaserListProps {
  heading?: string | null
  items: { href: string; title: string; text?: string | null }[]
}

/** Links to the published pages the block names, each with the block's text for it or else the page's lead. */
export function resolveTeaserList(block: TeaserListBlock): TeaserListProps {
  const links = linkResolver()
  const items = (block.items ?? []).flatMap((item) => {
    const page = links.pagesById.get(idOf(item.page) ?? '')
    if (!page) return []
    return [{ href: links.hrefOf({ relationTo: 'pages', value: page.id }) ?? '/', title: page.title, text: item.text || page.lead }]
  })
  return { heading: block.heading, items }
}
