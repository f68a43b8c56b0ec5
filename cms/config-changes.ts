import type { CollectionConfig, CollectionSlug, Config, GlobalConfig, GlobalSlug } from 'payload'

/**
 * What the plugins (cms/site-build/plugin.ts, cms/forms/plugin.ts, cms/data-subject-requests/plugin.ts,
 * cms/fields/link.ts) do to the config they are given: change the collections or globals they are told about,
 * or add their own collections.
 */

/** A slug that names nothing stops the start: a typo would otherwise leave that content without its hooks. */
function changeEach<T extends { slug: string }>(kind: string, list: T[], slugs: readonly string[], change: (item: T) => T): T[] {
  for (const slug of slugs) if (!list.some((item) => item.slug === slug)) throw new Error(`The config has no ${kind} "${slug}".`)
  const wanted = new Set(slugs)
  return list.map((item) => (wanted.has(item.slug) ? change(item) : item))
}

export const changeCollections = (
  config: Config,
  slugs: readonly CollectionSlug[],
  change: (collection: CollectionConfig) => CollectionConfig,
): CollectionConfig[] => changeEach('collection', config.collections ?? [], slugs, change)

export const changeGlobals = (
  config: Config,
  slugs: readonly GlobalSlug[],
  change: (global: GlobalConfig) => GlobalConfig,
): GlobalConfig[] => changeEach('global', config.globals ?? [], slugs, change)

/**
 * Adds collections just before the accounts collection (`admin.user`). The admin's menu lists groups in the order
 * their collections come, and the generated types follow it: added this way, the visitors' submissions stay
 * listed between the content and the settings.
 */
export function addCollectionsBeforeAccounts(config: Config, added: CollectionConfig[]): CollectionConfig[] {
  const collections = config.collections ?? []
  const accounts = collections.findIndex((collection) => collection.slug === config.admin?.user)
  if (accounts === -1) return [...collections, ...added]
  return [...collections.slice(0, accounts), ...added, ...collections.slice(accounts)]
}
