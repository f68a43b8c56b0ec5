/**
 * Every layout block the site shows, by its type (the block's slug in cms/blocks/): how its props are resolved from
 * the content snapshot and the component that renders them. Route data (lib/route-data.ts) runs `resolve` for each
 * block of a page and RenderBlocks.astro renders the result with `component`. The props are all a block's component
 * sees and part of what the route's key hashes (lib/route-key.ts), so a resolver returns exactly what is shown.
 *
 * This module imports .astro files, which only Astro's build can load: unit tests import a block's resolve.ts.
 */
import type { ContentLocale } from '../../shared/locales'
import type { Page } from '../lib/content'
import type { BlockContext } from './context'
import CallToAction from './CallToAction/CallToAction.astro'
import { resolveCallToAction } from './CallToAction/resolve'
import Form from './Form/Form.astro'
import { resolveForm } from './Form/resolve'
import ReportList from './ReportList/ReportList.astro'
import { resolveReportList } from './ReportList/resolve'
import RichText from './RichText/RichText.astro'
import { resolveRichText } from './RichText/resolve'
import Statistics from './Statistics/Statistics.astro'
import { resolveStatistics } from './Statistics/resolve'
import TeaserList from './TeaserList/TeaserList.astro'
import { resolveTeaserList } from './TeaserList/resolve'

/** A layout block as the CMS stores it in a page (its generated type, shared/payload-types.ts). */
export type StoredBlock = NonNullable<Page['layout']>[number]
export type BlockType = StoredBlock['blockType']
type StoredBlockOf<T extends BlockType> = Extract<StoredBlock, { blockType: T }>

const BOTH = ['sv', 'en'] as const

export const blockTypes = {
  richText: { resolve: resolveRichText, component: RichText, languages: BOTH },
  teaserList: { resolve: resolveTeaserList, component: TeaserList, languages: BOTH },
  reportList: { resolve: resolveReportList, component: ReportList, languages: BOTH },
  statistics: { resolve: resolveStatistics, component: Statistics, languages: BOTH },
  callToAction: { resolve: resolveCallToAction, component: CallToAction, languages: BOTH },
  form: { resolve: resolveForm, component: Form, languages: BOTH },
} satisfies {
  [T in BlockType]: {
    /** The block's props, or undefined to leave the block out (e.g. what it shows is not published). */
    resolve: (block: StoredBlockOf<T>, context: BlockContext) => object | undefined
    /** Renders the props (checked against them in `components` below). */
    component: unknown
    /**
     * The languages the block's own words (labels, buttons, and what it lists) exist in. On a page in another
     * language it is shown marked as Swedish (`lang="sv"`), so screen readers read it as Swedish.
     */
    languages: readonly ContentLocale[]
  }
}

/** The props of each type of block: what its resolver returns. */
export type BlockProps = { [T in BlockType]: NonNullable<ReturnType<(typeof blockTypes)[T]['resolve']>> }

type BlockDataOf<T extends BlockType> = { [K in T]: { blockType: K; lang?: ContentLocale } & BlockProps[K] }[T]
/** A layout block as a page's route data holds it: its type, then its props. */
export type BlockData = BlockDataOf<BlockType>

// The same table, typed so that TypeScript relates each resolver to its block's type when called with a type it only
// knows as generic (it cannot follow `blockTypes[block.blockType].resolve(block)` for a block of the whole union).
const resolvers: { [T in BlockType]: { resolve: (block: StoredBlockOf<T>, context: BlockContext) => BlockProps[T] | undefined } } =
  blockTypes

/** A stored block's data for the page's route data, or undefined when it is not shown. */
export function resolveBlock<T extends BlockType>(type: T, block: StoredBlockOf<T>, context: BlockContext): BlockDataOf<T> | undefined {
  const props = resolvers[type].resolve(block, context)
  const languages: readonly ContentLocale[] = blockTypes[type].languages
  return props && { blockType: type, ...(languages.includes(context.language) ? {} : { lang: languages[0] }), ...props }
}

/** A block's component: its props and `index`, the block's place among those shown. */
type Renderer<T extends BlockType> = (props: BlockProps[T] & { index: number }) => unknown
const components: { [T in BlockType]: { component: Renderer<T> } } = blockTypes

/** The component for a type of block; generic so that TypeScript pairs it with that block's props. */
export function componentOf<T extends BlockType>(type: T): Renderer<T> {
  return components[type].component
}
