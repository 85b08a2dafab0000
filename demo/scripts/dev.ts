// `npm run dev`: like `npm start` but with Next's dev server (a child process). Schema changes go
// through `npm run payload -- migrate:create <name>`; nothing pushes the schema.
import { prepareEnvironment } from '../environment'
import { runNext } from './runNext'

process.env.NEXT_TELEMETRY_DISABLED ??= '1'
const port = process.env.PORT ?? '3000'
process.env.SERVER_URL ||= `http://localhost:${port}`
const database = await prepareEnvironment()
// This process's Payload instance runs the jobs queue; the dev server's must not.
process.env.TALK_NOTES_RUN_JOBS = 'true'
const { migrateAndSeed, printDemoAccounts } = await import('../boot')
const payload = await migrateAndSeed()
delete process.env.TALK_NOTES_RUN_JOBS
// The Payload instance inside Next.js expires the site's page cache on content changes.
process.env.TALK_NOTES_REVALIDATE_SITE = 'true'
printDemoAccounts()
const code = await runNext(['dev', '--port', port])
await payload.destroy()
await database.stop()
process.exit(code)
