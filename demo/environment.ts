// Everything the demo app needs before Payload starts: a database URL and a secret.
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { type DatabaseHandle, startDatabase } from './db/startDatabase'

// DATA_DIR lets tests run a demo of their own beside a developer's.
export const dataDir = path.resolve(process.cwd(), process.env.DATA_DIR ?? '.data')
/** The demo's secret, kept in the git-ignored data folder so that sessions survive restarts. */
export const secretFile = path.join(dataDir, 'payload-secret')
/** The embedded PostgreSQL's folder. */
export const postgresDir = path.join(dataDir, 'postgres')

function demoSecret(): string {
  const file = secretFile
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(dataDir, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

/** Starts (or connects to) PostgreSQL and sets DATABASE_URL and PAYLOAD_SECRET for this process and its children. */
export async function prepareEnvironment(
  log: (message: string) => void = console.log,
  { shareRunning = false }: { shareRunning?: boolean } = {},
): Promise<DatabaseHandle> {
  process.env.PAYLOAD_SECRET ||= demoSecret()
  const database = await startDatabase({ dataDir: postgresDir, log, shareRunning })
  if (!database.embedded) log('using the PostgreSQL server of DATABASE_URL')
  process.env.DATABASE_URL = database.url
  return database
}
