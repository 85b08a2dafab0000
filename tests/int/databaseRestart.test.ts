// Faults heal by themselves: two app instances on a PostgreSQL of this test's own, restarted
// while one of them writes. No acknowledged write is lost, neither process crashes, and an
// unpublish made by one is gone from the other's feed on its next request (its LISTEN connection
// comes back, and until it does nothing is served from its cache).
import type { Payload, SanitizedConfig } from 'payload'

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { getPayload, type Migration } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type DatabaseHandle, startDatabase } from '../../demo/db/startDatabase'
import { answerFeed, sanitizePluginConfig } from '../../src/index'
import { migrations } from '../../demo/migrations'
import { createEventFixture, unique } from '../helpers/fixtures'

let database: DatabaseHandle
let dataDir: string
let config: SanitizedConfig
let writer: Payload
let reader: Payload
let feedOptions: ReturnType<typeof sanitizePluginConfig>
const uncaught: unknown[] = []
const recordUncaught = (error: unknown, origin?: unknown) => {
  uncaught.push(error)
  console.log('UNCAUGHT', origin, (error as Error)?.stack)
}
const recordRejection = (error: unknown) => recordUncaught(error, 'unhandledRejection')

async function feedTitles(payload: Payload): Promise<string[]> {
  const answer = await answerFeed(payload, feedOptions, {
    basePath: '/api',
    conditions: {},
    format: 'json',
    searchParams: new URLSearchParams(),
  })
  expect(answer.status).toBe(200)
  return (JSON.parse(String(answer.body)) as { items: Array<{ title: string }> }).items.map((item) => item.title)
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return true
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return false
}

beforeAll(async () => {
  process.on('uncaughtException', recordUncaught)
  process.on('unhandledRejection', recordRejection)
  // A server of this test's own (never the run's shared one, nor a DATABASE_URL server).
  delete process.env.DATABASE_URL
  dataDir = mkdtempSync(path.join(tmpdir(), 'talk-notes-restart-pg-'))
  database = await startDatabase({ database: 'restart_drill', dataDir, persistent: true })
  process.env.DATABASE_URL = database.url
  process.env.PAYLOAD_SECRET = 'restart-drill-secret'
  process.env.SERVER_URL = 'http://localhost:3000'
  config = await (await import('../../demo/payload.config')).default
  writer = await getPayload({ config })
  await writer.db.migrate({ migrations: migrations as unknown as Migration[] })
  reader = await getPayload({ config, key: 'reader' })
  const { talkNotesOptions } = await import('../../demo/payload.config')
  feedOptions = sanitizePluginConfig(talkNotesOptions, 'http://localhost:3000')
})

afterAll(async () => {
  process.off('uncaughtException', recordUncaught)
  process.off('unhandledRejection', recordRejection)
  await reader?.destroy()
  await writer?.destroy()
  await database?.stop()
  rmSync(dataDir, { force: true, recursive: true })
})

describe('a PostgreSQL restart', () => {
  it('loses no acknowledged write, crashes nothing, and leaves no stale feed', async () => {
    const { event } = await createEventFixture(writer)
    const title = unique('Restart note')
    const article = await writer.create({
      collection: 'articles',
      data: { _status: 'published', event: event.id, title } as never,
    })
    expect(await feedTitles(reader)).toContain(title)

    // Writes run on while the server goes down and comes back; each either is acknowledged or fails.
    const acknowledged: string[] = []
    let failed = 0
    let writing = true
    const writes = (async () => {
      while (writing) {
        const name = unique('Restart org')
        try {
          await writer.create({ collection: 'organizations', data: { name } as never })
          acknowledged.push(name)
        } catch {
          failed += 1
          await new Promise((resolve) => setTimeout(resolve, 100))
        }
      }
    })()
    await new Promise((resolve) => setTimeout(resolve, 300))
    await database.restart()
    // Writes succeed again once the server is back.
    const before = acknowledged.length
    expect(await until(async () => acknowledged.length > before + 3, 20_000)).toBe(true)
    writing = false
    await writes

    const { docs } = await writer.find({
      collection: 'organizations',
      depth: 0,
      limit: acknowledged.length + 10,
      where: { name: { in: acknowledged } },
    })
    expect(docs.map((doc) => doc.name).sort()).toEqual([...acknowledged].sort())
    console.log(`restart drill: ${acknowledged.length} writes acknowledged (all found), ${failed} refused during the restart`)

    // The unpublish is made by the writer; the reader's feed drops it as soon as the NOTIFY is
    // delivered (milliseconds; the same race as without a restart), not after some expiry.
    await writer.update({ collection: 'articles', data: { _status: 'draft' } as never, id: article.id })
    expect(await until(async () => !(await feedTitles(reader)).includes(title), 2000)).toBe(true)
    expect(uncaught.map((error) => (error as Error).stack ?? String(error))).toEqual([])
  })

  it('fails a write whose COMMIT is cut off instead of acknowledging it', async () => {
    type Executing = { execute: (args: { db: unknown; raw: string }) => Promise<{ rows: Array<Record<string, unknown>> }>; sessions: Record<string, { db: unknown }> }
    const adapter = writer.db as unknown as Executing
    const id = await writer.db.beginTransaction()
    expect(id).toBeTruthy()
    const tx = adapter.sessions[String(id)].db
    const { rows } = await adapter.execute({ db: tx, raw: 'select pg_backend_pid() as pid' })
    await adapter.execute({ db: tx, raw: "insert into organizations (name, slug, updated_at, created_at) values ('Cut off', 'cut-off', now(), now())" })
    // The server ends that connection between the last statement and COMMIT.
    await (writer.db as unknown as { pool: { query: (sql: string, values: unknown[]) => Promise<unknown> } }).pool.query('select pg_terminate_backend($1)', [rows[0].pid])
    await expect(writer.db.commitTransaction(id as number | string)).rejects.toThrow()
    const { totalDocs } = await writer.count({ collection: 'organizations', where: { slug: { equals: 'cut-off' } } })
    expect(totalDocs).toBe(0)
  })
})
