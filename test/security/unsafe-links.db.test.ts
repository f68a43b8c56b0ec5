import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isAllowedLinkUrl, safeHref } from '../../shared/security/safe-url'
import type { LinkResolver } from '../../site/lib/links'
import { type RichTextValue, richTextToHtml } from '../../site/lib/richtext'
import { signedInAs, startTestCms, type TestCms } from '../helpers/cms'
import { restClient } from '../helpers/rest'

/**
 * A `javascript:` link saved in a draft: Payload skips validation for drafts, and the draft preview runs on the
 * site's origin, so a live link there runs the attacker's script for whoever previews it. Link addresses are
 * checked on every save, drafts included, and the site renders only http(s), mailto, tel and its own paths,
 * whatever the CMS holds.
 */
let cms: TestCms
let rest: Awaited<ReturnType<typeof restClient>>
let editor: string

beforeAll(async () => {
  cms = await startTestCms()
  rest = await restClient()
  await signedInAs(cms.payload, 'admin')
  editor = await signedInAs(cms.payload, 'editor')
})
afterAll(async () => cms?.stop())

const UNSAFE = [
  'javascript:alert(document.cookie)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example/',
]

const richTextWithLink = (url: string): RichTextValue => ({
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        textFormat: 0,
        children: [
          {
            type: 'link',
            version: 3,
            direction: null,
            format: '',
            indent: 0,
            fields: { linkType: 'custom', url, newTab: false },
            children: [{ type: 'text', version: 1, text: 'Läs mer', format: 0, mode: 'normal', style: '', detail: 0 }],
          },
        ],
      },
    ],
  },
})

describe('an editor saves a draft with an unsafe link address', () => {
  it.each(UNSAFE)('in a call to action (%j): refused, in Swedish, and nothing is saved', async (url) => {
    const before = await cms.payload.count({ collection: 'pages', overrideAccess: true })
    const saved = await rest('POST', 'pages?draft=true', {
      token: editor,
      body: {
        title: `Utkast ${Math.random()}`,
        _status: 'draft',
        layout: [{ blockType: 'callToAction', heading: 'Klicka', label: 'Här', linkType: 'external', url }],
      },
    })
    expect(saved.status).toBe(400)
    expect(JSON.stringify(saved.body)).toContain('Ange en adress på webbplatsen')
    expect((await cms.payload.count({ collection: 'pages', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })

  it.each(UNSAFE.slice(0, 5))('in rich text (%j): refused on a draft too', async (url) => {
    const saved = await rest('POST', 'pages?draft=true', {
      token: editor,
      body: { title: `Utkast ${Math.random()}`, _status: 'draft', layout: [{ blockType: 'richText', content: richTextWithLink(url) }] },
    })
    expect(saved.status).toBe(400)
    expect(JSON.stringify(saved.body)).toContain('En länk i texten har en adress som inte är tillåten')
  })

  it('saves safe addresses in both', async () => {
    const saved = await rest('POST', 'pages?draft=true', {
      token: editor,
      body: {
        title: 'Utkast med bra länkar',
        _status: 'draft',
        layout: [
          { blockType: 'callToAction', heading: 'Läs', label: 'Rapporten', linkType: 'external', url: 'https://www.scb.se/' },
          { blockType: 'richText', content: richTextWithLink('mailto:info@example.se') },
        ],
      },
    })
    expect(saved.status).toBe(201)
  })
})

describe('the site renders a link the CMS holds, whatever it is', () => {
  const links = { hrefOf: () => undefined } as unknown as LinkResolver

  it.each(UNSAFE)('%j becomes text, not a link', (url) => {
    const html = richTextToHtml(richTextWithLink(url), links, 'https://www.example.se')
    expect(html).toContain('Läs mer')
    expect(html).not.toContain('<a')
    expect(safeHref(url)).toBeUndefined()
  })

  it.each(['https://www.scb.se/', 'http://example.se', 'mailto:a@example.se', 'tel:+46101234567', '/publikationer/', '#innehall'])(
    '%j stays a link',
    (url) => {
      expect(safeHref(url)).toBe(url)
      expect(richTextToHtml(richTextWithLink(url), links, 'https://www.example.se')).toContain(`href="${url}"`)
    },
  )

  it('accepts in link fields only site paths and full web addresses', () => {
    expect(['/publikationer/', 'https://www.scb.se/'].map(isAllowedLinkUrl)).toEqual([true, true])
    expect(['mailto:a@example.se', 'www.scb.se', ...UNSAFE].map(isAllowedLinkUrl).some(Boolean)).toBe(false)
  })
})
