import type { Block } from 'payload'

import { CallToActionBlock } from './CallToAction/config'
import { FormBlock } from './Form/config'
import { ReportListBlock } from './ReportList/config'
import { RichTextBlock } from './RichText/config'
import { StatisticsBlock } from './Statistics/config'
import { TeaserListBlock } from './TeaserList/config'

/**
 * The blocks a page's layout is built from (the Pages collection's `layout` field). Their order is the order of the
 * admin's block menu and of the generated `Page['layout']` union in shared/payload-types.ts: append a new block.
 * Each block's site side is in site/blocks/<Name>/ and site/blocks/index.ts.
 */
export const layoutBlocks: Block[] = [RichTextBlock, TeaserListBlock, ReportListBlock, StatisticsBlock, CallToActionBlock, FormBlock]
