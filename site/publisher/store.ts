/**
 * Where published output lives: a content-addressed store of files (named by the SHA-256 of their bytes) and
 * manifests that say which stored file each address of a build is. A publish writes only files the store does
 * not have yet and a new manifest; nothing is ever written into an existing file, so a build that is live (or a
 * folder of hard links to it) can never change under a reader. The live build is a pointer to one manifest,
 * replaced by a rename (atomic).
 *
 *   <siteDir>/store/ab/abcdef…      the files
 *   <siteDir>/manifests/<id>.json   one per build: { id, files: { "publikationer/x/index.html": { hash, key } } }
 *   <siteDir>/live.json             { "id": "<id>" }: the build the site server serves
 *   <siteDir>/live-log.jsonl        one line per switch, { "id", "at" }: which build was live when (the archive)
 */
import { pathInside } from '../../shared/security/file-name'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export type ManifestEntry = { hash: string; key?: string }
export interface Manifest {
  id: string
  createdAt: string
  /** Address → stored file. Addresses are file paths relative to the site's root, as a static host has them. */
  files: Record<string, ManifestEntry>
}

/** A page's address from its file: "publikationer/x/index.html" → "/publikationer/x/". */
export const urlOfFile = (file: string) => `/${file.replace(/index\.html$/, '')}`
/** And back: "/publikationer/x/" → "publikationer/x/index.html". */
export const fileOfUrl = (url: string) => `${url.slice(1)}index.html`

export const hashOf = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex')

export class SiteStore {
  constructor(readonly siteDir: string) {
    fs.mkdirSync(path.join(siteDir, 'store'), { recursive: true })
    fs.mkdirSync(path.join(siteDir, 'manifests'), { recursive: true })
  }

  objectPath(hash: string): string {
    return path.join(this.siteDir, 'store', hash.slice(0, 2), hash)
  }

  /** Stores bytes (once) and returns their hash. */
  put(bytes: Buffer): string {
    const hash = hashOf(bytes)
    this.#storeOnce(hash, (temporary) => fs.writeFileSync(temporary, bytes))
    return hash
  }

  /** Writes an object unless the store has it: into a temporary file first, then renamed (never half-written). */
  #storeOnce(hash: string, write: (temporary: string) => void) {
    const target = this.objectPath(hash)
    if (fs.existsSync(target)) return
    fs.mkdirSync(path.dirname(target), { recursive: true })
    const temporary = `${target}.${process.pid}.tmp`
    write(temporary)
    fs.renameSync(temporary, target)
  }

  // Uploads are large and rarely change: their hash is remembered by path, size and modification time.
  #fileHashes = new Map<string, { stamp: string; hash: string }>()

  /** Stores a file from disk (by hard link when it is on the same file system, else a copy). */
  putFile(file: string): string {
    const stat = fs.statSync(file)
    const stamp = `${stat.size}:${stat.mtimeMs}:${stat.ino}`
    const known = this.#fileHashes.get(file)
    if (known?.stamp === stamp && fs.existsSync(this.objectPath(known.hash))) return known.hash
    const hash = hashOf(fs.readFileSync(file))
    this.#storeOnce(hash, (temporary) => fs.copyFileSync(file, temporary))
    this.#fileHashes.set(file, { stamp, hash })
    return hash
  }

  read(hash: string): Buffer {
    return fs.readFileSync(this.objectPath(hash))
  }

  manifestPath(id: string): string {
    return path.join(this.siteDir, 'manifests', `${id}.json`)
  }

  writeManifest(manifest: Manifest): void {
    const file = this.manifestPath(manifest.id)
    fs.writeFileSync(`${file}.tmp`, JSON.stringify(manifest))
    fs.renameSync(`${file}.tmp`, file)
  }

  readManifest(id: string): Manifest | undefined {
    if (!/^[\w-]+$/.test(id)) return undefined
    try {
      return JSON.parse(fs.readFileSync(this.manifestPath(id), 'utf8')) as Manifest
    } catch {
      return undefined
    }
  }

  liveId(): string | undefined {
    try {
      return (JSON.parse(fs.readFileSync(path.join(this.siteDir, 'live.json'), 'utf8')) as { id: string }).id
    } catch {
      return undefined
    }
  }

  /** Makes a build live: one rename, so a reader sees the old build or the new one, never a mix. */
  setLive(id: string): void {
    const file = path.join(this.siteDir, 'live.json')
    fs.writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify({ id }))
    fs.renameSync(`${file}.${process.pid}.tmp`, file)
    // Appended after the switch: the archive says which build the public was served from when.
    fs.appendFileSync(path.join(this.siteDir, 'live-log.jsonl'), `${JSON.stringify({ id, at: new Date().toISOString() })}\n`)
  }

  /** Every switch of the live build, oldest first, of builds whose manifest is still kept. */
  liveLog(): { id: string; at: string }[] {
    let text: string
    try {
      text = fs.readFileSync(path.join(this.siteDir, 'live-log.jsonl'), 'utf8')
    } catch {
      return []
    }
    const kept = new Set(this.manifestIds())
    return text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { id: string; at: string })
      .filter((entry) => kept.has(entry.id))
  }

  /** The build that was live at `time` (the last switch before it), if its manifest is kept. */
  liveAt(time: Date): string | undefined {
    let found: string | undefined
    for (const entry of this.liveLog()) if (new Date(entry.at) <= time) found = entry.id
    return found
  }

  /** Manifests on disk, newest first. */
  manifestIds(): string[] {
    return fs
      .readdirSync(path.join(this.siteDir, 'manifests'))
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -5))
      .sort()
      .reverse()
  }

  /**
   * Keeps the newest `keep` manifests, those named, and (the archive) every one made within `archiveDays` (all when
   * unset), then removes stored files no kept manifest uses. Files are shared between builds, so an archived build
   * costs its manifest; only when a manifest goes can a file become unused, so nothing else is swept.
   */
  prune(keep: number, alsoKeep: string[] = [], archiveDays?: number): void {
    const ids = this.manifestIds()
    const since = archiveDays === undefined ? undefined : Date.now() - archiveDays * 86_400_000
    const archived = (id: string) => since === undefined || (this.readManifest(id)?.createdAt ?? '') >= new Date(since).toISOString()
    const kept = new Set([...ids.slice(0, keep), ...alsoKeep, ...ids.slice(keep).filter(archived)])
    const gone = ids.filter((id) => !kept.has(id))
    if (gone.length === 0) return
    for (const id of gone) fs.rmSync(this.manifestPath(id), { force: true })
    const used = new Set<string>()
    for (const id of kept) for (const entry of Object.values(this.readManifest(id)?.files ?? {})) used.add(entry.hash)
    const storeDir = path.join(this.siteDir, 'store')
    for (const prefix of fs.readdirSync(storeDir)) {
      for (const name of fs.readdirSync(path.join(storeDir, prefix))) {
        if (!used.has(name) && !name.endsWith('.tmp')) fs.rmSync(path.join(storeDir, prefix, name), { force: true })
      }
    }
  }

  /**
   * Keeps `<root>/live` a folder of the live build for a static host or a sync to a CDN: the build is written as
   * hard links under `<root>/builds/<id>`, then the `live` link is replaced by a rename (atomic); older folders go.
   */
  exportTo(manifest: Manifest, root: string, keep = 2): void {
    const builds = path.join(root, 'builds')
    fs.mkdirSync(builds, { recursive: true })
    this.materialise(manifest, path.join(builds, manifest.id))
    const link = path.join(root, 'live')
    fs.symlinkSync(path.join('builds', manifest.id), `${link}.${process.pid}.tmp`)
    fs.renameSync(`${link}.${process.pid}.tmp`, link)
    const old = fs
      .readdirSync(builds)
      .filter((name) => name !== manifest.id && !name.endsWith('.tmp'))
      .sort()
      .reverse()
      .slice(keep - 1)
    for (const name of old) fs.rmSync(path.join(builds, name), { recursive: true, force: true })
  }

  /**
   * Writes a build as an ordinary folder (for a static host, a CDN upload or `npm run build`): hard links into the
   * store where the file system allows, copies elsewhere. The folder is made beside `dir` and renamed into place.
   */
  materialise(manifest: Manifest, dir: string, { link = true }: { link?: boolean } = {}): void {
    const temporary = `${dir}.${process.pid}.tmp`
    fs.rmSync(temporary, { recursive: true, force: true })
    const made = new Set<string>()
    for (const [file, { hash }] of Object.entries(manifest.files)) {
      // A manifest's paths come from content (slugs, file names): none may write outside the build's folder.
      const target = pathInside(temporary, file)
      const folder = path.dirname(target)
      if (!made.has(folder)) {
        fs.mkdirSync(folder, { recursive: true })
        made.add(folder)
      }
      if (link) {
        try {
          fs.linkSync(this.objectPath(hash), target)
          continue
        } catch {
          // another file system: copy
        }
      }
      fs.copyFileSync(this.objectPath(hash), target)
    }
    fs.rmSync(dir, { recursive: true, force: true })
    fs.renameSync(temporary, dir)
  }
}
