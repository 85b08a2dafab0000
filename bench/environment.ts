// Finds the running demo's database and secret for the bench scripts (harness, seed): DATABASE_URL
// and PAYLOAD_SECRET when set, else the embedded PostgreSQL of DATA_DIR (default .data) that
// `npm start` runs, read from its postmaster.pid, and the secret file beside it.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { embeddedDatabaseUrl } from '../demo/db/startDatabase'
import { postgresDir, secretFile } from '../demo/environment'

/** Sets DATABASE_URL and PAYLOAD_SECRET for this process (and its children); returns the URL. */
export function useDemoDatabase(): string {
  if (!process.env.PAYLOAD_SECRET) {
    if (!existsSync(secretFile)) throw new Error(`no PAYLOAD_SECRET and no ${secretFile}: start the demo (npm start) with the same DATA_DIR`)
    process.env.PAYLOAD_SECRET = readFileSync(secretFile, 'utf8').trim()
  }
  if (!process.env.DATABASE_URL) {
    const pidFile = path.join(postgresDir, 'postmaster.pid')
    if (!existsSync(pidFile)) throw new Error(`no DATABASE_URL and no ${pidFile}: is the demo (npm start) running with DATA_DIR=${process.env.DATA_DIR ?? '.data'}?`)
    // postmaster.pid: pid, data directory, start time, port, socket directory, listen address, ...
    const port = readFileSync(pidFile, 'utf8').split('\n')[3]?.trim()
    if (!port || !/^\d+$/.test(port)) throw new Error(`${pidFile}: no port on its fourth line`)
    process.env.DATABASE_URL = embeddedDatabaseUrl(port)
  }
  return process.env.DATABASE_URL
}
