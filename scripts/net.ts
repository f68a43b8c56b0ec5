import net from 'node:net'

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

/**
 * Waits until `url` answers (any status below 500). `failIf` is checked between tries: a server that has already
 * stopped ends the wait at once, with its reason.
 */
export async function waitForHttp(url: string, timeoutMs: number, failIf: () => string | undefined = () => undefined): Promise<void> {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    const failure = failIf()
    if (failure) throw new Error(failure)
    try {
      if ((await fetch(url, { redirect: 'manual' })).status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}
