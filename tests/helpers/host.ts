// A Payload instance of the host test app (tests/host) on its own database, migrated (never pushed).
import type { Migration, Payload, SanitizedConfig } from 'payload'

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { getPayload } from 'payload'
import { inject } from 'vitest'

import { buildHostConfig } from '../host/config'
import { migrations } from '../host/migrations'

let config: Promise<SanitizedConfig> | undefined

/** The host app's config, built once per test file (uploads in a throw-away folder). */
export function loadHostConfig(): Promise<SanitizedConfig> {
  config ??= buildHostConfig({
    databaseUrl: inject('hostDatabaseUrl'),
    mediaDir: mkdtempSync(path.join(tmpdir(), 'talk-notes-host-media-')),
    secret: inject('payloadSecret'),
  })
  return config
}

export async function getHostPayload(): Promise<Payload> {
  const payload = await getPayload({ config: await loadHostConfig() })
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  return payload
}
