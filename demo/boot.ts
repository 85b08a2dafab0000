// Brings the demo's database to the current schema and, on an empty database, loads the demo data.
// Import it dynamically, after prepareEnvironment(): the config reads DATABASE_URL when loaded
// (and a dynamic import of the config from a module that already loaded Payload hung at times).
import type { Migration, Payload } from 'payload'

import { getPayload } from 'payload'

import config from './payload.config'
import { migrations } from './migrations'
import { demoAccounts, isDatabaseEmpty, seedDemo } from './seed'

export const demoPassword = () => process.env.DEMO_PASSWORD || 'demo-password'

/** Held while an instance migrates and seeds: instances of a cluster that start together take turns. */
const BOOT_LOCK_KEY = 7_142_023_001

export async function migrateAndSeed(log: (message: string) => void = console.log): Promise<Payload> {
  const payload = await getPayload({ config })
  const pool = (payload.db as unknown as { pool?: { connect: () => Promise<PoolClient> } }).pool
  const client = await pool?.connect()
  try {
    await client?.query('SELECT pg_advisory_lock($1)', [BOOT_LOCK_KEY])
    await migrateAndSeedLocked(payload, log)
  } finally {
    await client?.query('SELECT pg_advisory_unlock($1)', [BOOT_LOCK_KEY]).catch(() => {})
    client?.release()
  }
  return payload
}

interface PoolClient {
  query: (sql: string, values?: unknown[]) => Promise<unknown>
  release: () => void
}

async function migrateAndSeedLocked(payload: Payload, log: (message: string) => void): Promise<void> {
  // The generated migration index is typed for the CLI; its shape is what migrate() takes.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  if (process.env.SEED_DEMO === 'false') {
    log('demo seed: off (SEED_DEMO=false)')
  } else if (await isDatabaseEmpty(payload)) {
    log('demo seed: empty database, loading the Networking @Scale 2024 demo')
    const { created } = await seedDemo(payload, { log, password: demoPassword() })
    log(`demo seed: ${created} documents created`)
  } else {
    log('demo seed: database has content, left as it is')
  }
}

export function printDemoAccounts(log: (message: string) => void = console.log): void {
  log(`demo accounts (password "${demoPassword()}", set DEMO_PASSWORD to change it):`)
  for (const account of demoAccounts) log(`  ${account.role.padEnd(8)} ${account.email}`)
}

