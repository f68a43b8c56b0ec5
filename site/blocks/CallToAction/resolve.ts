import type { CallToActionBlock } from '../../../shared/payload-types'
import { siteUrl } from '../../../shared/urls'
import { linkResolver, type ResolvedLink } from '../../lib/links'

export interface CallToActionProps {
  heading?: string | null
  text?: string | null
  /** None when it leads to a page or report that is not published. */
  link?: ResolvedLink
}

export function resolveCallToAction(block: CallToActionBlock): CallToActionProps {
  return { heading: block.heading, text: block.text, link: linkResolver().resolve(block, siteUrl()) }
}
