/**
 * `npm start` as a user runs it (admin server, publisher, site server), on free ports, with a client for its REST
 * API and its site. Every publish the publisher logs is collected, so a sample can be paired with its phase times.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import { freePort, waitForHttp } from '../net'
import { log } from './report'

export type Published = { at: number; phases: Record<string, number>; rendered: number }

export type RunningSystem = {
  /** The publishes logged so far, oldest first. */
  published: Published[]
  /** A REST call as the benchmark's admin; the answer's JSON. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the benchmark reads whatever Payload answers
  call: (method: string, url: string, body?: unknown) => Promise<any>
  /** A page of the public site. */
  site: (route: string) => Promise<Response>
  stop: () => void
}

const email = 'bench@example.se'
// The password policy applies to ADMIN_PASSWORD too: long, not common, not containing the address.
const password = 'matning-av-publicering-2026'

/** Starts `npm start`'s script and waits until both the admin and the site answer, then logs in. */
export async function startSystem(root: string): Promise<RunningSystem> {
  const cmsPort = await freePort()
  const sitePort = await freePort()
  delete process.env.SITE_REBUILD // on from here: every save is published
  log('starting npm start (admin server, publisher, site server)…')
  const started = performance.now()
  const system = spawnSystem(root, cmsPort, sitePort)
  const output = followOutput(system)
  const stop = () => {
    // detached: the negative pid ends its whole process group (the admin server and publisher it started).
    if (system.exitCode === null) process.kill(-system.pid!, 'SIGTERM')
  }
  process.on('exit', stop)
  await waitForHttp(`http://localhost:${cmsPort}/admin`, 600_000, () =>
    system.exitCode !== null ? `npm start stopped:\n${output.tail()}` : undefined,
  )
  await waitForHttp(`http://localhost:${sitePort}/`, 60_000)
  log(`  ready after ${((performance.now() - started) / 1000).toFixed(0)} s`)
  const api = `http://localhost:${cmsPort}/api`
  return { published: output.published, call: await restClient(api), site: siteReader(sitePort), stop }
}

function spawnSystem(root: string, cmsPort: number, sitePort: number): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx/esm', 'scripts/start.ts'], {
    cwd: root,
    env: {
      ...process.env,
      CMS_PORT: String(cmsPort),
      SITE_PORT: String(sitePort),
      ADMIN_EMAIL: email,
      ADMIN_PASSWORD: password,
      SITE_URL: `http://localhost:${sitePort}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
}

/**
 * Copies the system's output to a file (for reading after a run), keeps its last 20,000 characters (shown if it
 * stops) and collects the publisher's "published …" lines with their phase times.
 */
function followOutput(system: ChildProcess): { published: Published[]; tail: () => string } {
  const published: Published[] = []
  let tail = ''
  const file = path.join(os.tmpdir(), 'bench-npm-start.log')
  fs.writeFileSync(file, '')
  log(`  npm start's output: ${file}`)
  const keep = (chunk: Buffer) => {
    fs.appendFileSync(file, chunk)
    tail = (tail + chunk).slice(-20_000)
  }
  system.stdout!.on('data', (chunk: Buffer) => {
    keep(chunk)
    for (const line of chunk.toString().split('\n')) {
      const match = /published \S+: (\d+) of \d+ routes rendered.*\((\{.*\})\)/.exec(line)
      if (match) published.push({ at: performance.now(), rendered: Number(match[1]), phases: JSON.parse(match[2]) })
    }
  })
  system.stderr!.on('data', keep)
  return { published, tail: () => tail }
}

/** Logs in as the admin `npm start` created and returns a REST client that sends its token. */
async function restClient(api: string): Promise<RunningSystem['call']> {
  const login = await (
    await fetch(`${api}/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    })
  ).json()
  const headers = { authorization: `JWT ${login.token}`, 'content-type': 'application/json' }
  /**
   * A new connection each time: a kept-alive connection that the server closes while it is idle (its keep-alive
   * timeout) can be reset just as the next request is sent, which ended two runs of this benchmark.
   */
  return (method, url, body) => {
    const payload = body === undefined ? undefined : JSON.stringify(body)
    return new Promise((resolve, reject) => {
      const request = http.request(
        `${api}/${url}`,
        { method, agent: false, headers: { ...headers, ...(payload ? { 'content-length': Buffer.byteLength(payload) } : {}) } },
        (response) => {
          let text = ''
          response.setEncoding('utf8')
          response.on('data', (chunk) => (text += chunk))
          response.on('end', () =>
            (response.statusCode ?? 500) < 300
              ? resolve(JSON.parse(text))
              : reject(new Error(`${method} ${url}: ${response.statusCode} ${text}`)),
          )
        },
      )
      request.on('error', reject)
      request.end(payload)
    })
  }
}

/** A read that meets a reset connection is simply tried again (it changes nothing), up to three times. */
function siteReader(sitePort: number): RunningSystem['site'] {
  return async (route) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await fetch(`http://localhost:${sitePort}${route}`)
      } catch (error) {
        if (attempt >= 3) throw error
      }
    }
  }
}
