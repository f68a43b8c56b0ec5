import type { ContentLocale } from '../../shared/locales'

/** What a block's resolver is told about its place in the page's layout, beyond the block itself. */
export interface BlockContext {
  /** Whether no block of its type comes before it in the layout as stored (shown or not). */
  firstOfType: boolean
  /** The language of the page it is on. */
  language: ContentLocale
}
