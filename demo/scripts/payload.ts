// The Payload CLI (migrate, migrate:create, generate:types, generate:importmap...) with the demo's
// database and secret provided: `npm run payload -- migrate:create add-foo`.
import { spawn } from 'node:child_process'

import { prepareEnvironment } from '../environment'

const database = await prepareEnvironment()
const child = spawn(process.execPath, ['node_modules/payload/bin.js', ...process.argv.slice(2)], {
  env: process.env,
  stdio: 'inherit',
})
const code = await new Promise<number>((resolve) => child.on('exit', (exitCode) => resolve(exitCode ?? 1)))
await database.stop()
process.exit(code)
