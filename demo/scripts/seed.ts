// `npm run seed`: migrate and load the demo data into an empty database (idempotent).
import { prepareEnvironment } from '../environment'

const database = await prepareEnvironment()
const { migrateAndSeed, printDemoAccounts } = await import('../boot')
const payload = await migrateAndSeed()
await payload.destroy()
printDemoAccounts()
await database.stop()
process.exit(0)
