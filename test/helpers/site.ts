import { execFile } from 'node:child_process'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { promisify } from 'node:util'

import sirv from 'sirv'

import { projectRoot } from './processes'

/** `npm run build` of the test CMS's content into `outDir` (its static site in outDir/client); returns the build's output. */
export async function buildSite(outDir: string): Promise<string> {
  const env = { ...process.env, SITE_OUT_DIR: outDir, CI: '' }
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx/esm', 'scripts/build-site.ts'], {
    env,
    cwd: projectRoot,
    maxBuffer: 1 << 24,
  })
  return stdout
}

/** Serves a built static site on a free localhost port, as any static host would. */
export async function serveStatic(dir: string, port = 0): Promise<{ url: string; close: () => void }> {
  const server = http.createServer(sirv(path.resolve(dir), { dev: true, extensions: ['html'] }))
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() }
}
