// The committed migrations on a database of their own: up one batch at a time, `migrate:down` back
// to zero (leaving no talk-notes table or enum behind), and up again.
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Migration, Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { commitTransaction, createLocalReq, getPayload, initTransaction, killTransaction } from 'payload'
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest'

import { dropDatabase, ensureDatabase } from '../../demo/db/startDatabase'
import { migrations } from '../../demo/migrations'

const name = `talk_notes_migrations_${process.pid}_${randomBytes(3).toString('hex')}`
const url = new URL(inject('databaseUrl'))
url.pathname = `/${name}`

let payload: Payload

async function schema(): Promise<{ enums: string[]; tables: string[] }> {
  const client = new pg.Client({ connectionString: url.toString() })
  await client.connect()
  try {
    const tables = await client.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
    )
    const enums = await client.query<{ name: string }>(
      `SELECT t.typname AS name FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
       WHERE n.nspname = 'public' AND t.typtype = 'e' ORDER BY 1`,
    )
    return { enums: enums.rows.map((row) => row.name), tables: tables.rows.map((row) => row.name) }
  } finally {
    await client.end()
  }
}

async function appliedMigrations(): Promise<string[]> {
  const { tables } = await schema()
  if (!tables.includes('payload_migrations')) return []
  const found = await payload.find({ collection: 'payload-migrations', limit: 100, sort: 'name' })
  return found.docs.map((doc) => doc.name as string)
}

const all = migrations as unknown as Migration[]

/**
 * What `payload migrate:down` does (the adapter's migrateDown), which cannot run here because it
 * imports the migration files natively: the latest batch's `down`s, newest first, one transaction
 * each, removing the migration's row unless the migration dropped the table.
 */
async function migrateDown(): Promise<void> {
  const adapter = payload.db as unknown as PostgresAdapter
  const latest = await payload.find({ collection: 'payload-migrations', limit: 1, sort: '-batch' })
  const batch = latest.docs[0]?.batch
  const where = { batch: { equals: batch } }
  const rows = await payload.find({ collection: 'payload-migrations', limit: 100, sort: '-name', where })
  for (const row of rows.docs) {
    const migration = all.find((candidate) => candidate.name === row.name)
    if (!migration) throw new Error(`migration ${row.name} is not in demo/migrations`)
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    try {
      const db = adapter.sessions[String(await req.transactionID)]?.db ?? adapter.drizzle
      await migration.down({ db, payload, req } as Parameters<Migration['down']>[0])
      const exists = await db.execute(sql`SELECT to_regclass('public.payload_migrations') IS NOT NULL AS present`)
      if ((exists.rows[0] as { present: boolean }).present) {
        await payload.delete({ collection: 'payload-migrations', id: row.id, req })
      }
      await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  }
}

beforeAll(async () => {
  await ensureDatabase(url.toString(), name)
  process.env.DATABASE_URL = url.toString()
  process.env.PAYLOAD_SECRET = inject('payloadSecret')
  process.env.SERVER_URL = 'http://localhost:3000'
  const { default: config } = await import('../../demo/payload.config')
  payload = await getPayload({ config })
})

afterAll(async () => {
  await payload?.destroy()
  await dropDatabase(url.toString(), name)
})

describe('migrations', () => {
  it('go up one batch each, all the way down with migrate:down, and up again', async () => {
    // One batch per migration, as on a server that was deployed after each of them.
    for (let count = 1; count <= all.length; count += 1) {
      await payload.db.migrate({ migrations: all.slice(0, count) })
    }
    expect(await appliedMigrations()).toEqual(all.map((migration) => migration.name))
    const full = await schema()
    expect(full.tables).toContain('talks')

    for (let step = all.length - 1; step >= 0; step -= 1) {
      await migrateDown()
      expect(await appliedMigrations()).toEqual(all.slice(0, step).map((migration) => migration.name))
    }
    expect(await schema()).toEqual({ enums: [], tables: [] })

    await payload.db.migrate({ migrations: all })
    expect(await schema()).toEqual(full)
    expect(await appliedMigrations()).toEqual(all.map((migration) => migration.name))
  })

  it('are all undone in one migrate:down when they went up as one batch', async () => {
    expect((await schema()).tables).toContain('talks')
    await migrateDown()
    expect(await schema()).toEqual({ enums: [], tables: [] })
    await payload.db.migrate({ migrations: all })
    expect((await schema()).tables).toContain('talks')
  })
})
