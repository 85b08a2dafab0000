// Brings the demo's database to the current schema and, on an empty database, loads the demo data.
// Import it dynamically, after prepareEnvironment(): the config reads DATABASE_URL when loaded
// (and a dynamic import of the config from a module that already loaded Payload hung at times).
import type { Migration, Payload } from 'payload'

import { getPayload } from 'payload'

import config from './payload.config'
import { migrations } from './migrations'
import { demoAccounts, isDatabaseEmpty, seedDemo } from './seed'

export const demoPassword = () => process.env.DEMO_PASSWORD || 'demo-password'

export async function migrateAndSeed(log: (message: string) => void = console.log): Promise<Payload> {
  const payload = await getPayload({ config })
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
  return payload
}

export function printDemoAccounts(log: (message: string) => void = console.log): void {
  log(`demo accounts (password "${demoPassword()}", set DEMO_PASSWORD to change it):`)
  for (const account of demoAccounts) log(`  ${account.role.padEnd(8)} ${account.email}`)
}

