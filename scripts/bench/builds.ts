/**
 * Clean full builds, each `npm run build`'s script in a new process as CI runs it: wall time, pages written and the
 * peak memory of the whole process tree (the build starts workers, so the parent's own memory would understate it).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { log } from './report'
import { round } from './stats'

export type BuildResult = { seconds: number; peakMB: number; pages: number }

/** The build from the CMS, then the same from the JSON export; both null with --skip-builds. */
export async function runBuilds(root: string, work: string, jsonDir: string, skip: boolean) {
  // --skip-builds: only publish-to-live (the builds' figures come from an earlier run of the same code).
  if (skip) return { fullBuild: null, jsonBuild: null }
  log('full build from the CMS (a new process)…')
  const fullBuild = await timedBuild(root, work, 'cms')
  log(`  ${fullBuild.pages} pages in ${fullBuild.seconds} s, peak ${fullBuild.peakMB} MB (process tree)`)
  log('the same build from JSON, without the CMS…')
  const jsonBuild = await timedBuild(root, work, 'json', { CONTENT_JSON_DIR: jsonDir })
  log(`  ${jsonBuild.pages} pages in ${jsonBuild.seconds} s, peak ${jsonBuild.peakMB} MB`)
  return { fullBuild, jsonBuild }
}

async function timedBuild(root: string, work: string, label: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const out = path.join(work, `build-${label}`)
  const t0 = performance.now()
  const child = spawn(process.execPath, ['--import', 'tsx/esm', 'scripts/build-site.ts'], {
    cwd: root,
    env: { ...process.env, SITE_OUT_DIR: out, CI: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = '' // shown only if the build fails
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  let peakKb = 0
  const sampler = setInterval(() => (peakKb = Math.max(peakKb, treeRssKb(child.pid!))), 50)
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  clearInterval(sampler)
  if (code !== 0) throw new Error(`the ${label} build failed:\n${output.slice(-3000)}`)
  const pages = fs.readdirSync(path.join(out, 'client'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length
  fs.rmSync(out, { recursive: true, force: true })
  return { seconds: round((performance.now() - t0) / 1000, 1), peakMB: Math.round(peakKb / 1024), pages }
}

/** The resident memory of a process and all its descendants, in kB (from /proc, so Linux only). */
function treeRssKb(pid: number): number {
  const children = childrenByParent()
  let total = 0
  const visit = (p: number) => {
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0)
    } catch {
      // the process ended
    }
    for (const child of children.get(p) ?? []) visit(child)
  }
  visit(pid)
  return total
}

/** Every running process's children, from the parent id in /proc/<pid>/stat. */
function childrenByParent(): Map<number, number[]> {
  const children = new Map<number, number[]>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      // The command name in parentheses may hold spaces: the fields after it are counted from its closing one.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)])
    } catch {
      // the process ended
    }
  }
  return children
}
