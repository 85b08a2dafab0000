// `npm run dev`: like `npm start` but with Next's dev server. Schema changes go through
// `npm run payload -- migrate:create <name>`; nothing pushes the schema.
import { prepareEnvironment } from '../src/demo/environment'
import { runNext } from './runNext'

process.env.NEXT_TELEMETRY_DISABLED ??= '1'
const port = process.env.PORT ?? '3000'
process.env.SERVER_URL ||= `http://localhost:${port}`
const database = await prepareEnvironment()
const { migrateAndSeed, printDemoAccounts } = await import('../src/demo/boot')
const payload = await migrateAndSeed()
await payload.destroy()
printDemoAccounts()
const code = await runNext(['dev', '--port', port])
await database.stop()
process.exit(code)
