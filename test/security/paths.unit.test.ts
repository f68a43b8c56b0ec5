import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { isPlainFileName, pathInside } from '../../shared/security/file-name'
import { fileFor } from '../../site/publisher/server'
import { SiteStore } from '../../site/publisher/store'

/**
 * Paths that come from outside (a remote CMS's file names, a manifest's entries, a visitor's address) stay inside
 * the folder they are meant for: nothing is read or written elsewhere.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paths-test-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('a file name from a remote CMS or an export', () => {
  it.each([
    ['../../../etc/passwd', false],
    ['..', false],
    ['rapport/../../x.pdf', false],
    ['..\\..\\windows\\win.ini', false],
    ['/etc/passwd', false],
    ['.env', false],
    ['rapport\u0000.pdf', false],
    ['', false],
    ['x'.repeat(256), false],
    ['arsrapport-2024.pdf', true],
    ['bild-640x480.webp', true],
  ])('%j is plain: %s', (name, plain) => {
    expect(isPlainFileName(name)).toBe(plain)
  })

  it('is joined inside its folder, or refused', () => {
    expect(pathInside(dir, 'a/b.html')).toBe(path.join(dir, 'a/b.html'))
    expect(() => pathInside(dir, '../utanfor.html')).toThrow(/outside/)
    expect(() => pathInside(dir, '/etc/passwd')).toThrow(/outside/)
    expect(() => pathInside(path.join(dir, 'site'), '../site-other/x')).toThrow(/outside/)
  })
})

describe('a manifest that names a file outside the build', () => {
  it('is refused when the build is written out, and nothing is written outside', () => {
    const store = new SiteStore(path.join(dir, 'store'))
    const hash = store.put(Buffer.from('<p>elak</p>'))
    // A name of its own, so that no file left by anything else can be mistaken for one written here.
    const outside = `utanfor-${process.pid}-${Date.now()}.html`
    const manifest = { id: 'b1', createdAt: new Date().toISOString(), files: { 'index.html': { hash }, [`../../${outside}`]: { hash } } }
    store.writeManifest(manifest)
    expect(() => store.materialise(manifest, path.join(dir, 'out'))).toThrow(/outside/)
    for (const folder of [dir, path.dirname(dir), path.dirname(path.dirname(dir))])
      expect(fs.existsSync(path.join(folder, outside))).toBe(false)
  })
})

describe('a visitor’s address on the site server', () => {
  const manifest = { id: 'b1', createdAt: '', files: { 'index.html': { hash: 'x' }, 'a/index.html': { hash: 'y' } } }
  it.each(['/../live.json', '/a/../../manifests/b1.json', '/%2e%2e/live.json', '/a/%2E%2E/%2E%2E/live.json', '/%E0%A4%A'])(
    '%s finds no file',
    (address) => {
      expect(fileFor(manifest, address)).toBeUndefined()
    },
  )
  it('finds the pages that exist', () => {
    expect(fileFor(manifest, '/a/')).toBe('a/index.html')
  })
})
