import fs from 'node:fs'
import path from 'node:path'

/** The admin's production build (`next build cms`) is current when no file under cms/ or shared/ is newer than it. */
export function adminBuildIsCurrent(root: string): boolean {
  const buildId = path.join(root, 'cms/.next/BUILD_ID')
  if (!fs.existsSync(buildId)) return false
  const builtAt = fs.statSync(buildId).mtimeMs
  const newer = (dir: string): boolean =>
    fs.readdirSync(dir, { withFileTypes: true }).some((entry) => {
      if (entry.name === '.next' || entry.name === 'node_modules') return false
      const full = path.join(dir, entry.name)
      return entry.isDirectory() ? newer(full) : fs.statSync(full).mtimeMs > builtAt
    })
  return !newer(path.join(root, 'cms')) && !newer(path.join(root, 'shared'))
}

export const nextBin = (root: string) => path.join(root, 'node_modules/next/dist/bin/next')
