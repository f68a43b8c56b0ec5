import { describe, expect, it } from 'vitest'

import { languageAttributes, PAGE_LANGUAGES } from '../shared/languages'

/** A page's language as the site marks its content: nothing for Swedish, `lang` (and `dir` for right-to-left scripts) otherwise. */
describe('the attributes of content in a page language', () => {
  it.each([
    { code: 'sv', expected: {} },
    { code: null, expected: {} },
    { code: undefined, expected: {} },
    { code: 'xx', expected: {} },
    { code: 'en', expected: { lang: 'en' } },
    { code: 'fit', expected: { lang: 'fit' } },
    { code: 'ar', expected: { lang: 'ar', dir: 'rtl' } },
    { code: 'yi', expected: { lang: 'yi', dir: 'rtl' } },
  ])('$code → $expected', ({ code, expected }) => {
    expect(languageAttributes(code)).toEqual(expected)
  })

  it('offers each language once, with Swedish first and every national minority language', () => {
    const codes = PAGE_LANGUAGES.map((l) => l.code)
    expect(new Set(codes).size).toBe(codes.length)
    expect(codes[0]).toBe('sv')
    expect(codes).toEqual(expect.arrayContaining(['fi', 'fit', 'se', 'smj', 'sma', 'rmf', 'yi']))
  })
})
