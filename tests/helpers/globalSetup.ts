// Starts a throw-away embedded PostgreSQL for the run (or uses DATABASE_URL's server) and gives
// the tests a database of their own for the demo's schema and one for the host test app's
// (tests/host), both dropped afterwards.
import type { TestProject } from 'vitest/node'

import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { dropDatabase, ensureDatabase, startDatabase } from '../../demo/db/startDatabase'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    hostDatabaseUrl: string
    payloadSecret: string
  }
}

export default async function setup(project: TestProject) {
  const server = await startDatabase({
    database: 'postgres',
    dataDir: mkdtempSync(path.join(tmpdir(), 'talk-notes-test-pg-')),
    persistent: false,
  })
  const name = `talk_notes_test_${process.pid}_${randomBytes(3).toString('hex')}`
  const url = new URL(server.url)
  url.pathname = `/${name}`
  await ensureDatabase(url.toString(), name)
  const hostName = `${name}_host`
  const hostUrl = new URL(server.url)
  hostUrl.pathname = `/${hostName}`
  await ensureDatabase(hostUrl.toString(), hostName)
  project.provide('databaseUrl', url.toString())
  project.provide('hostDatabaseUrl', hostUrl.toString())
  project.provide('payloadSecret', randomBytes(24).toString('hex'))

  return async () => {
    await dropDatabase(url.toString(), name).catch(() => {})
    await dropDatabase(hostUrl.toString(), hostName).catch(() => {})
    await server.stop()
  }
}
