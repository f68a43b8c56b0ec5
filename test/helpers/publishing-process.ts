/** A publishing service in a process of its own (test/publisher.e2e.test.ts kills it with SIGKILL mid-publish). */
import '../../scripts/production-mode'

const { getCms } = await import('../../cms/get-cms')
const { startPublishingService } = await import('../../cms/site-build/service')
const payload = await getCms()
await startPublishingService(payload, { log: (line) => console.log(line) })
console.log('ready')
