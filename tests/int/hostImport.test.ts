// A schedule import on the host test app (tests/host), where every plugin collection has a custom slug:
// through the host's own REST route `POST /api/conference-events/:id/import`, a dry run that writes
// nothing, an apply whose sessions, speakers and history land in the host's collections
// (conference-talks, people, conference-schedule-imports), and a re-sync of the same file that changes
// nothing. A default slug left anywhere in the import's reads, bulk writes or history fails here.
//
// host.test.ts owns the host database (its first account must be the site's first), so this file
// runs the same host config on a database of its own, created on the run's server and dropped after.
import type { Migration, Payload, SanitizedConfig, TypeWithID } from 'payload'

import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { ParsedSchedule } from '../../src/import/types'

import { dropDatabase, ensureDatabase } from '../../demo/db/startDatabase'
import { parseSchedule } from '../../src/import/formats/index'
import { buildHostConfig, hostSlugs, slugOf } from '../host/config'
import { migrations } from '../host/migrations'
import { type ApiResponse, createApi } from '../helpers/http'
import { unique } from '../helpers/fixtures'

type Doc = Record<string, unknown> & TypeWithID

const password = 'a-long-test-password'
const { events, eventSeries, scheduleImports, users } = hostSlugs
const fileName = 'c3voc-hub-38c3.xml'
const content = readFileSync(fileURLToPath(new URL(`../fixtures/schedules/${fileName}`, import.meta.url)), 'utf8')
const timeZone = 'Europe/Berlin'
const source: ParsedSchedule = parseSchedule(content, { timeZone })

// The import reads the source the same way the test does; these lines are what must land.
const utc = (instant: string) => new Date(instant).toISOString()
const expectedSessions = source.sessions
  .map((session) => `${session.title.trim()} | ${utc(session.startsAt)} | ${utc(session.endsAt)} | ${session.room?.trim() ?? ''}`)
  .sort()
const expectedCredits = source.sessions
  .map((session) => `${session.guid}: ${session.persons.map(({ person }) => source.persons[person].name.trim()).join(', ')}`)
  .sort()
const expectedPeople = source.persons.map((person) => person.name.trim()).sort()

let database: { name: string; url: string }
let payload: Payload
let config: SanitizedConfig
let api: ReturnType<typeof createApi>
let editor: Doc
let editorToken: string
let eventId: number | string
let eventSlug: string
let addressCount = 0

/** A client address of its own per sign-in: the sign-in limits count per address. */
async function tokenOf(email: string): Promise<string> {
  addressCount += 1
  const reply = await api.request('POST', `/${users}/login`, {
    body: { email, password },
    headers: { 'X-Forwarded-For': `203.0.113.${addressCount}` },
  })
  expect(reply.status, JSON.stringify(reply.body)).toBe(200)
  return reply.body.token as string
}

const importInto = (body: Record<string, unknown>, token?: string) =>
  api.post(`/${events}/${eventId}/import`, { content, fileName, ...body }, token) as Promise<
    ApiResponse<{ applied: boolean; counts: Record<string, number>; importId?: number; sessions: unknown[]; speakers: unknown[] }>
  >

async function talksOfEvent() {
  const { docs } = await payload.find({
    collection: slugOf('talks'),
    depth: 1,
    pagination: false,
    sort: 'startsAt',
    where: { event: { equals: eventId } },
  })
  return docs as unknown as Array<
    Doc & {
      endsAt: string
      room?: null | string
      source?: { guid?: string }
      speakers?: Array<{ speaker: { name: string } }>
      startsAt: string
      title: string
      updatedAt: string
    }
  >
}

const countOf = async (key: Parameters<typeof slugOf>[0]) => (await payload.count({ collection: slugOf(key) })).totalDocs
const historyOfEvent = async () =>
  (await payload.find({ collection: slugOf('scheduleImports'), depth: 0, pagination: false, sort: 'createdAt', where: { event: { equals: eventId } } }))
    .docs as unknown as Doc[]

beforeAll(async () => {
  // A database of this file's own on the run's server, beside the host test app's.
  const hostUrl = new URL(inject('hostDatabaseUrl'))
  const name = `${hostUrl.pathname.slice(1)}_import`
  hostUrl.pathname = `/${name}`
  database = { name, url: hostUrl.toString() }
  await ensureDatabase(database.url, database.name)
  config = await buildHostConfig({
    databaseUrl: database.url,
    mediaDir: mkdtempSync(path.join(tmpdir(), 'talk-notes-host-import-media-')),
    secret: inject('payloadSecret'),
  })
  payload = await getPayload({ config })
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  api = createApi(config)

  const first = await api.post(`/${users}/first-register`, { email: `${unique('first')}@host.test`, password })
  expect(first.status, JSON.stringify(first.body)).toBe(200)
  const adminToken = await tokenOf((first.body as { user: Doc }).user.email as string)
  const account = await api.post(`/${users}`, { email: `${unique('editor')}@host.test`, password, role: 'editor' }, adminToken)
  expect(account.status, JSON.stringify(account.body)).toBe(201)
  editor = (account.body as { doc: Doc }).doc
  editorToken = await tokenOf(editor.email as string)

  // The editor's event on the host's own collections, dated like the source's day.
  const series = await api.post(`/${eventSeries}`, { name: unique('Congress') }, editorToken)
  expect(series.status, JSON.stringify(series.body)).toBe(201)
  const starts = source.sessions.map((session) => Date.parse(session.startsAt))
  const ends = source.sessions.map((session) => Date.parse(session.endsAt))
  const created = await api.post(
    `/${events}`,
    {
      dates: [{ end: new Date(Math.max(...ends)).toISOString(), start: new Date(Math.min(...starts)).toISOString() }],
      format: 'in-person',
      registrationStatus: 'not-required',
      series: (series.body as { doc: Doc }).doc.id,
      timezone: timeZone,
      title: unique('Hub day one'),
    },
    editorToken,
  )
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const event = (created.body as { doc: Doc & { slug: string } }).doc
  eventId = event.id
  eventSlug = event.slug
})

afterAll(async () => {
  // Payload's destroy leaves the adapter's pool open; close it so the drop below ends no live connection.
  const pool = (payload?.db as unknown as undefined | { pool?: { end: () => Promise<void> } })?.pool
  await payload?.destroy()
  await pool?.end().catch(() => {})
  if (database) await dropDatabase(database.url, database.name).catch(() => {})
})

describe(`POST /api/${events}/:id/import on the host`, () => {
  it('refuses visitors', async () => {
    expect((await importInto({})).status).toBe(403)
  })

  it('dry-runs the schedule: the whole plan in the report, nothing written', async () => {
    expect(source.sessions.length).toBeGreaterThan(0)
    const reply = await importInto({}, editorToken)
    expect(reply.status, JSON.stringify(reply.body).slice(0, 2000)).toBe(200)
    expect(reply.body).toMatchObject({
      applied: false,
      counts: { sessionsCreated: source.sessions.length, sessionsRemoved: 0, speakersCreated: source.persons.length },
      event: { id: eventId, slug: eventSlug },
      format: source.format,
    })
    expect(reply.body.sessions).toHaveLength(source.sessions.length)
    expect(await talksOfEvent()).toHaveLength(0)
    expect(await countOf('speakers')).toBe(0)
    expect(await historyOfEvent()).toHaveLength(0)
  })

  it("applies it: the sessions in the host's talks, the people in its speakers, the history in its imports", async () => {
    const reply = await importInto({ dryRun: false }, editorToken)
    expect(reply.status, JSON.stringify(reply.body).slice(0, 2000)).toBe(201)
    expect(reply.body).toMatchObject({
      applied: true,
      counts: { sessionsCreated: source.sessions.length, speakersCreated: source.persons.length },
    })

    const docs = await talksOfEvent()
    expect(docs.map((doc) => `${doc.title} | ${utc(doc.startsAt)} | ${utc(doc.endsAt)} | ${doc.room ?? ''}`).sort()).toEqual(expectedSessions)
    expect(docs.map((doc) => `${doc.source?.guid}: ${(doc.speakers ?? []).map((entry) => entry.speaker.name).join(', ')}`).sort()).toEqual(
      expectedCredits,
    )
    const { docs: people } = await payload.find({ collection: slugOf('speakers'), depth: 0, pagination: false })
    expect(people.map((person) => String((person as unknown as { name: string }).name)).sort()).toEqual(expectedPeople)

    const history = await historyOfEvent()
    expect(history).toHaveLength(1)
    expect(history[0]).toMatchObject({
      counts: { sessionsCreated: source.sessions.length, sessionsRemoved: 0, speakersCreated: source.persons.length },
      format: source.format,
      id: reply.body.importId,
      source: fileName,
      user: editor.id,
    })
    // The editor reads the history at the host's own route.
    const listed = await api.get(`/${scheduleImports}?where[event][equals]=${eventId}`, editorToken)
    expect(listed.status).toBe(200)
    expect((listed.body as { docs: Doc[] }).docs.map((doc) => doc.id)).toEqual([reply.body.importId])
    // The event remembers its source.
    const event = await payload.findByID({ collection: slugOf('events'), depth: 0, id: eventId })
    expect(event).toMatchObject({ scheduleSource: { format: source.format, version: source.conference.version } })

    // Visitors get the imported agenda from the host's schedule route.
    const xml = await (await api.fetchRaw(`/${events}/${eventSlug}/schedule.xml`)).text()
    expect(xml.match(/<event /g)).toHaveLength(source.sessions.length)
  })

  it('re-syncs the same file without changing anything, and records that it did', async () => {
    const before = await talksOfEvent()
    const speakersBefore = await countOf('speakers')
    const dryRun = await importInto({}, editorToken)
    expect(dryRun.status).toBe(200)
    const reply = await importInto({ dryRun: false }, editorToken)
    expect(reply.status, JSON.stringify(reply.body).slice(0, 2000)).toBe(201)
    for (const report of [dryRun.body, reply.body]) {
      expect(report.counts).toMatchObject({
        conflicts: 0,
        sessionsCancelled: 0,
        sessionsCreated: 0,
        sessionsRemoved: 0,
        sessionsUnchanged: source.sessions.length,
        sessionsUpdated: 0,
        speakersCreated: 0,
        speakersUpdated: 0,
      })
      expect(report.sessions).toEqual([])
      expect(report.speakers).toEqual([])
    }
    const after = await talksOfEvent()
    expect(after.map((doc) => [doc.id, doc.updatedAt])).toEqual(before.map((doc) => [doc.id, doc.updatedAt]))
    expect(await countOf('speakers')).toBe(speakersBefore)
    const history = await historyOfEvent()
    expect(history).toHaveLength(2)
    expect(history[1]).toMatchObject({ counts: { sessionsCreated: 0, sessionsUpdated: 0, speakersCreated: 0 }, id: reply.body.importId })
  })
})
