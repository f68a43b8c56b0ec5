import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'

export const projectRoot = path.resolve(import.meta.dirname, '../..')

/** A free TCP port on localhost. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

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
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} stopped (${child.exitCode}):\n${output.slice(-4000)}`)
    try {
      const response = await fetch(url, { redirect: 'manual' })
      if (response.status < 500) return child
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  child.kill('SIGKILL')
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s:\n${output.slice(-4000)}`)
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
