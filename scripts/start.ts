// `npm start`: build if the sources changed since the last build, start PostgreSQL (embedded unless
// DATABASE_URL is set), migrate, seed the demo on an empty database, then serve on PORT (3000).
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

import { prepareEnvironment } from '../src/demo/environment'
import { runNext } from './runNext'

process.env.NEXT_TELEMETRY_DISABLED ??= '1'
const port = process.env.PORT ?? '3000'
process.env.SERVER_URL ||= `http://localhost:${port}`
const database = await prepareEnvironment()
const { migrateAndSeed, printDemoAccounts } = await import('../src/demo/boot')

// Migrate and seed first: the build prerenders public pages from the database.
const payload = await migrateAndSeed()
await payload.destroy()

if (needsBuild()) {
  console.log('building the app (next build)...')
  const code = await runNext(['build'])
  if (code !== 0) {
    await database.stop()
    process.exit(code)
  }
}

printDemoAccounts()
console.log(`admin:    ${process.env.SERVER_URL}/admin`)
console.log(`REST API: ${process.env.SERVER_URL}/api`)

const code = await runNext(['start', '--port', port])
await database.stop()
process.exit(code)

/** True when there is no production build or a source file is newer than it. */
function needsBuild(): boolean {
  const buildId = path.resolve('.next', 'BUILD_ID')
  if (!existsSync(buildId)) return true
  const builtAt = statSync(buildId).mtimeMs
  const sources = ['src', 'payload.config.ts', 'next.config.mjs', 'package-lock.json', 'tsconfig.json']
  return sources.some((source) => newestMtime(path.resolve(source)) > builtAt)
}

function newestMtime(file: string): number {
  if (!existsSync(file)) return 0
  const stat = statSync(file)
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(file).reduce((newest, entry) => Math.max(newest, newestMtime(path.join(file, entry))), 0)
}
