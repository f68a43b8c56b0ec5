/** `npm run seed`: creates the demo content, or resets it to its demo state (no duplicates). */
import { getCms } from '../cms/get-cms'
import { seed } from '../cms/seed'

const payload = await getCms()
await seed(payload)
await payload.destroy()
process.exit(0)
