// A Payload instance of the demo config on the run's test database, migrated (never pushed).
import type { Migration, Payload } from 'payload'

import { getPayload } from 'payload'
import { inject } from 'vitest'

import { migrations } from '../../demo/migrations'

export async function loadTestConfig() {
  process.env.DATABASE_URL = inject('databaseUrl')
  process.env.PAYLOAD_SECRET = inject('payloadSecret')
  process.env.SERVER_URL = 'http://localhost:3000'
  const { default: config } = await import('../../demo/payload.config')
  return config
}

export async function getTestPayload(): Promise<Payload> {
  const payload = await getPayload({ config: await loadTestConfig() })
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  return payload
}
