import type { RichTextBlock } from '../../../shared/payload-types'
import { richTextHtml, type Html } from '../../lib/richtext'

export interface RichTextProps {
  content: Html
}

export function resolveRichText(block: RichTextBlock): RichTextProps {
  return { content: richTextHtml(block.content) }
}
