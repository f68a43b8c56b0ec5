import fs from 'node:fs/promises'
import path from 'node:path'

import { STATIC_DIR } from '../../shared/build-layout'
import { dataDir } from '../paths'

/**
 * Where builds live: every build writes a fresh folder under `builds/`, and `live` is a symbolic link to the
 * folder being served. The link is replaced by a rename, which is atomic: a visitor gets the old site or the
 * new one, never a mix, and a failed or killed build never touches it.
 */
export const siteDir = () => path.join(dataDir, 'site')
export const buildsDir = () => path.join(siteDir(), 'builds')
export const liveLink = () => path.join(siteDir(), 'live')
/** The static files of the live build: what the public site serves. */
export const liveStaticDir = () => path.join(liveLink(), STATIC_DIR)

/** The build id the live link points to, if any. */
export async function liveBuildId(): Promise<string | undefined> {
  try {
    return path.basename(await fs.readlink(liveLink()))
  } catch {
    return undefined
  }
}

export async function switchLiveTo(buildId: string): Promise<void> {
  const temporary = `${liveLink()}.${process.pid}.${Date.now()}`
  await fs.symlink(path.join('builds', buildId), temporary)
  await fs.rename(temporary, liveLink())
}

/** A sortable, unique build id from the start time: 2026-12-01T10-15-30-123Z. */
export const newBuildId = () => new Date().toISOString().replace(/[:.]/g, '-')

/** Number of HTML pages a build wrote. */
export async function countPages(dir: string): Promise<number> {
  const entries = await fs.readdir(dir, { recursive: true })
  return entries.filter((name) => String(name).endsWith('.html')).length
}
