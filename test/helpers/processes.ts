import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

import { waitForHttp } from '../../scripts/net'

export const projectRoot = path.resolve(import.meta.dirname, '../..')

export { freePort } from '../../scripts/net'

/** Runs a command in the project to completion; rejects with its output when it fails. */
export function runToEnd(args: string[], env: NodeJS.ProcessEnv, timeoutMs = 300_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('exit', (code) => {
      clearTimeout(timer)
      if (code === 0) resolve(output)
      else reject(new Error(`${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`))
    })
  })
}

/** Starts a long-running command and resolves once `url` answers. */
export async function startServer(args: string[], env: NodeJS.ProcessEnv, url: string, timeoutMs = 120_000): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  let output = ''
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  try {
    await waitForHttp(url, timeoutMs, () => (child.exitCode !== null ? `${args.join(' ')} stopped (${child.exitCode})` : undefined))
    return child
  } catch (error) {
    child.kill('SIGKILL')
    throw new Error(`${(error as Error).message}:\n${output.slice(-4000)}`)
  }
}

/** Stops a server started by startServer, with the processes it started. */
export function stopServer(child: ChildProcess | undefined) {
  if (child?.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      child.kill('SIGTERM')
    }
  }
}
