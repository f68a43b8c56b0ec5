import type { CollectionConfig, Config } from 'payload'
import { describe, expect, it } from 'vitest'

import { addCollectionsBeforeAccounts, changeCollections, changeGlobals } from '../cms/config-changes'

const collection = (slug: string): CollectionConfig => ({ slug, fields: [] })
// Only what the plugins read: no database or secret is needed to change a list of collections.
const config = (...slugs: string[]): Config => ({
  admin: { user: 'users' },
  collections: slugs.map(collection),
  globals: [{ slug: 'navigation', fields: [] }],
  db: undefined as unknown as Config['db'],
  secret: 'test',
})
const slugs = (list: { slug: string }[]) => list.map((item) => item.slug)

describe('what a plugin does to the config', () => {
  it('changes exactly the collections it is given, in place', () => {
    const changed = changeCollections(config('pages', 'reports', 'users'), ['reports'], (c) => ({ ...c, labels: { singular: 'x' } }))
    expect(slugs(changed)).toEqual(['pages', 'reports', 'users'])
    expect(changed.map((c) => c.labels?.singular)).toEqual([undefined, 'x', undefined])
  })

  it.each([
    ['a collection', () => changeCollections(config('pages'), ['pagse' as 'pages'], (c) => c), 'The config has no collection "pagse".'],
    ['a global', () => changeGlobals(config('pages'), ['menu' as 'navigation'], (g) => g), 'The config has no global "menu".'],
  ])('stops the start when told about %s the config does not have (a typo would leave it unpublished)', (_kind, change, message) => {
    expect(change).toThrow(message)
  })

  it.each([
    [
      ['pages', 'users'],
      ['pages', 'feedback', 'users'],
    ],
    [['users'], ['feedback', 'users']],
    [['pages'], ['pages', 'feedback']],
  ])('adds its own collections before the accounts (%j → %j), so the admin menu keeps its order', (before, after) => {
    expect(slugs(addCollectionsBeforeAccounts(config(...before), [collection('feedback')]))).toEqual(after)
  })
})
