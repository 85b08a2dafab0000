// Import and re-sync of a schedule into an event on the real database: the dry run writes nothing,
// the apply writes everything in one transaction with a constant number of statements, and a
// re-sync follows the source without overwriting what editors own.
import type { Payload, PayloadRequest, TypedUser } from 'payload'

import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ParsedSchedule, ParsedSession } from '../../src/import/types'

import { countQueries } from '../../demo/db/queryCounter'
import { importSchedule } from '../../src/import/importSchedule'
import { paragraphsToLexical } from '../../src/utilities/lexical'
import { talkNotesOptionsOf } from '../../src/utilities/pluginOptions'
import { createEventFixture, createUser, type Id, unique } from '../helpers/fixtures'
import { createApi } from '../helpers/http'
import { tokenOf } from '../helpers/fixtures'
import { getTestPayload, loadTestConfig } from '../helpers/payload'

let payload: Payload
let editor: TypedUser
let eventId: Id
let tag: string

interface SessionSpec {
  guid: string
  persons?: number[]
  room?: string
  start: string
  title: string
  minutes?: number
  type?: ParsedSession['kind']
}

function scheduleOf(sessions: SessionSpec[], persons: ParsedSchedule['persons']): ParsedSchedule {
  return {
    conference: { days: ['2030-05-01'], timeZone: 'Europe/Berlin', title: 'Imported', version: '1' },
    format: 'c3voc-json',
    persons,
    rooms: [...new Set(sessions.map((session) => session.room ?? ''))].filter(Boolean),
    sessions: sessions.map((spec) => ({
      abstract: `Abstract of ${spec.title}.\n\nSecond paragraph.`,
      endsAt: new Date(Date.parse(spec.start) + (spec.minutes ?? 30) * 60_000).toISOString(),
      guid: `${tag}-${spec.guid}`,
      kind: spec.type ?? 'talk',
      links: spec.guid === 'a' ? [{ kind: 'slides', title: 'Slides', url: 'https://slides.example/a.pdf' }] : [],
      persons: (spec.persons ?? []).map((person) => ({ person, role: 'speaker' as const })),
      room: spec.room,
      sourceId: spec.guid,
      startsAt: spec.start,
      title: spec.title,
      where: `event ${spec.guid} "${spec.title}"`,
    })),
    warnings: [],
  }
}

const people = () => [
  { key: `${tag}:ada`, links: [], name: 'Ada Importer', organization: organization() },
  { key: `${tag}:grace`, links: [], name: 'Grace Importer', organization: organization().toUpperCase(), biography: 'Grace builds networks.' },
  { key: `${tag}:linus`, links: [], name: 'Linus Importer' },
]

const first = () =>
  scheduleOf(
    [
      { guid: 'a', persons: [0, 1], room: 'Hall A', start: '2030-05-01T08:00:00.000Z', title: 'Opening the network' },
      { guid: 'b', persons: [1], room: 'Hall A', start: '2030-05-01T09:00:00.000Z', title: 'Routing at scale' },
      { guid: 'c', persons: [2], room: 'Hall B', start: '2030-05-01T09:00:00.000Z', title: 'Featured then gone' },
      { guid: 'd', room: 'Hall B', start: '2030-05-01T10:00:00.000Z', title: 'Gone and unfeatured' },
    ],
    people(),
  )

async function requestOf(): Promise<PayloadRequest> {
  return createLocalReq({ user: editor }, payload)
}

async function run(schedule: ParsedSchedule, dryRun: boolean, overwrite?: string[]) {
  const options = talkNotesOptionsOf(payload)
  return importSchedule(await requestOf(), options, { dryRun, eventId, overwrite, schedule, source: 'https://schedule.example/schedule.json', user: editor })
}

async function sessionsOfEvent() {
  const found = await payload.find({ collection: 'talks', depth: 2, pagination: false, sort: 'startsAt', where: { event: { equals: eventId } } })
  return found.docs as unknown as Array<Record<string, unknown> & { id: Id; title: string }>
}

// Of this file alone: other files' seeds have a "Meta" of their own, and the test counts the one it creates.
const organization = () => `Meta ${tag}`

const byGuid = (docs: Awaited<ReturnType<typeof sessionsOfEvent>>, guid: string) =>
  docs.find((doc) => (doc.source as { guid?: string } | undefined)?.guid === `${tag}-${guid}`)

beforeAll(async () => {
  payload = await getTestPayload()
  editor = await createUser(payload, 'editor')
  tag = unique('import')
  const { event } = await createEventFixture(payload)
  eventId = event.id
})

afterAll(async () => {
  await payload.delete({ collection: 'articles', where: { title: { like: tag } } })
  await payload.delete({ collection: 'talks', where: { event: { equals: eventId } } })
  await payload.delete({ collection: 'speakers', where: { name: { like: 'Importer' } } })
  await payload.delete({ collection: 'organizations', where: { name: { equals: organization() } } })
  await payload.destroy()
})

describe('schedule import', () => {
  it('shows what a first import would create and writes nothing in a dry run', async () => {
    const report = await run(first(), true)
    expect(report.applied).toBe(false)
    expect(report.counts).toMatchObject({ sessionsCreated: 4, speakersCreated: 3, organizationsCreated: 1 })
    expect(report.organizationsToCreate).toEqual([organization()])
    expect(await sessionsOfEvent()).toHaveLength(0)
  })

  it('creates the sessions, speakers and one organization however cased, in a constant number of statements', async () => {
    const { queries, result } = await countQueries(() => run(first(), false))
    expect(result.applied).toBe(true)
    const docs = await sessionsOfEvent()
    expect(docs.map((doc) => doc.title).sort()).toEqual(['Featured then gone', 'Gone and unfeatured', 'Opening the network', 'Routing at scale'])
    const opening = byGuid(docs, 'a')!
    expect(opening.room).toBe('Hall A')
    expect(opening.links).toMatchObject([{ kind: 'slides', url: 'https://slides.example/a.pdf' }])
    const names = (opening.speakers as Array<{ speaker: { name: string; organization: { name: string } } }>).map(
      (entry) => `${entry.speaker.name} (${entry.speaker.organization?.name})`,
    )
    expect(names).toEqual([`Ada Importer (${organization()})`, `Grace Importer (${organization()})`])
    // One record for "Meta …" and "META …" (like is case-insensitive).
    const organizations = await payload.find({ collection: 'organizations', where: { name: { like: tag } } })
    expect(organizations.docs.map((doc) => doc.name)).toEqual([organization()])
    const history = await payload.find({ collection: 'schedule-imports', where: { event: { equals: eventId } } })
    expect(history.docs[0]).toMatchObject({ counts: { sessionsCreated: 4, speakersCreated: 3 }, format: 'c3voc-json' })
    // Constant: the same as for a 40-session schedule (measured below).
    expect(queries.length).toBeLessThan(60)
    firstImportStatements = queries.length
  })

  it('re-syncs with no change without writing a session', async () => {
    const before = await sessionsOfEvent()
    const report = await run(first(), false)
    expect(report.counts).toMatchObject({ sessionsCreated: 0, sessionsUpdated: 0, sessionsRemoved: 0, speakersCreated: 0, speakersUpdated: 0 })
    expect(report.sessions).toEqual([])
    const after = await sessionsOfEvent()
    expect(after.map((doc) => doc.updatedAt)).toEqual(before.map((doc) => doc.updatedAt))
  })

  it('follows the source, keeps what editors changed as conflicts, and cancels a featured session it lost', async () => {
    const docs = await sessionsOfEvent()
    const opening = byGuid(docs, 'a')!
    await payload.update({ collection: 'talks', data: { title: 'Opening the network (edited)' }, id: opening.id, overrideAccess: false, user: editor })
    const featured = byGuid(docs, 'c')!
    await payload.create({
      collection: 'articles',
      data: { _status: 'draft', body: paragraphsToLexical(['Notes.']), event: eventId, featuredSessions: [featured.id], title: `${tag} note` } as never,
      draft: true,
    })
    const routing = byGuid(docs, 'b')!

    const changed = scheduleOf(
      [
        { guid: 'a', persons: [0, 1], room: 'Hall A', start: '2030-05-01T08:00:00.000Z', title: 'Opening the whole network' },
        { guid: 'b', persons: [1], room: 'Hall B', start: '2030-05-01T11:00:00.000Z', title: 'Routing at scale' },
        { guid: 'e', persons: [2], room: 'Hall B', start: '2030-05-01T12:00:00.000Z', title: 'A new session' },
      ],
      people(),
    )
    const dryRun = await run(changed, true)
    expect(dryRun.sessions.map((session) => `${session.action} ${session.title}`).sort()).toEqual([
      'cancel Featured then gone', 'create A new session', 'remove Gone and unfeatured', 'update Opening the network (edited)', 'update Routing at scale',
    ])
    // The opening's abstract follows the source (no one edited it); its title is the editor's.
    expect(dryRun.counts).toMatchObject({ conflicts: 1, sessionsCancelled: 1, sessionsCreated: 1, sessionsRemoved: 1, sessionsUpdated: 2 })
    const conflict = dryRun.sessions.find((session) => session.guid === `${tag}-a`)!.conflicts[0]
    expect(conflict).toMatchObject({ field: 'title', from: 'Opening the network (edited)', kept: 'editor', to: 'Opening the whole network' })
    const moved = dryRun.sessions.find((session) => session.guid === `${tag}-b`)!
    expect(moved.changes.map((change) => change.field).sort()).toEqual(['endsAt', 'room', 'startsAt'])

    await run(changed, false)
    const after = await sessionsOfEvent()
    expect(byGuid(after, 'a')).toMatchObject({ title: 'Opening the network (edited)' })
    expect(JSON.stringify(byGuid(after, 'a')!.abstract)).toContain('Abstract of Opening the whole network.')
    const routingAfter = byGuid(after, 'b')!
    expect(routingAfter).toMatchObject({ room: 'Hall B', startsAt: '2030-05-01T11:00:00.000Z' })
    expect(routingAfter.sequence).toBe(Number(routing.sequence ?? 0) + 1)
    expect(byGuid(after, 'c')).toMatchObject({ status: 'cancelled' })
    expect(byGuid(after, 'd')).toBeUndefined()
    expect(byGuid(after, 'e')).toMatchObject({ title: 'A new session' })
  })

  it("takes the source's value for a conflict only when chosen", async () => {
    const docs = await sessionsOfEvent()
    await payload.update({ collection: 'talks', data: { title: 'Edited again' }, id: byGuid(docs, 'a')!.id })
    const renamed = scheduleOf(
      [
        { guid: 'a', persons: [0, 1], room: 'Hall A', start: '2030-05-01T08:00:00.000Z', title: 'Opening, final title' },
        { guid: 'b', persons: [1], room: 'Hall B', start: '2030-05-01T11:00:00.000Z', title: 'Routing at scale' },
        { guid: 'e', persons: [2], room: 'Hall B', start: '2030-05-01T12:00:00.000Z', title: 'A new session' },
      ],
      people(),
    )
    const report = await run(renamed, false, [`session:${tag}-a:title`])
    expect(report.sessions.find((session) => session.guid === `${tag}-a`)!.conflicts[0]).toMatchObject({ kept: 'source' })
    expect(byGuid(await sessionsOfEvent(), 'a')!.title).toBe('Opening, final title')
  })

  it('writes nothing when the apply fails part way', async () => {
    const before = await sessionsOfEvent()
    // A new speaker is written before the sessions; the session's bad kind fails after it.
    const broken = scheduleOf([{ guid: 'z', persons: [3], start: '2030-05-01T13:00:00.000Z', title: 'Broken' }], [
      ...people(),
      { key: `${tag}:rollback`, links: [], name: 'Rollback Importer' },
    ])
    broken.sessions[0].kind = 'not-a-kind' as never
    await expect(run(broken, false)).rejects.toThrow()
    expect((await payload.find({ collection: 'speakers', where: { name: { equals: 'Rollback Importer' } } })).totalDocs).toBe(0)
    const after = await sessionsOfEvent()
    expect(after.map((doc) => doc.id)).toEqual(before.map((doc) => doc.id))
    expect(after.map((doc) => doc.status)).toEqual(before.map((doc) => doc.status))
  })

  it('uses as many statements for 40 sessions as for 4', async () => {
    const { event } = await createEventFixture(payload)
    const many = scheduleOf(
      Array.from({ length: 40 }, (_, index) => ({
        guid: `many-${index}`,
        persons: [index % 3],
        room: `Room ${index % 4}`,
        start: new Date(Date.parse('2030-05-01T07:00:00.000Z') + Math.floor(index / 4) * 30 * 60_000).toISOString(),
        title: `Session ${index}`,
      })),
      people(),
    )
    const options = talkNotesOptionsOf(payload)
    const { queries } = await countQueries(async () =>
      importSchedule(await requestOf(), options, { dryRun: false, eventId: event.id, schedule: many, source: 'many.json', user: editor }),
    )
    expect(queries.length).toBeLessThanOrEqual(firstImportStatements + 2)
    await payload.delete({ collection: 'talks', where: { event: { equals: event.id } } })
  })
})

let firstImportStatements = 0

describe('POST /api/events/:id/import', () => {
  const csv = 'id,title,date,start,end,room,speakers\nr1,Rest import one,2030-05-01,11:00,11:30,Hall C,Rest Importer (Meta)\n'

  it('lets editors dry-run and apply a CSV given as text, and refuses others', async () => {
    const api = createApi(loadTestConfig())
    const { event } = await createEventFixture(payload)
    const token = await tokenOf(payload, editor)
    const dryRun = await api.post(`/events/${event.id}/import`, { content: csv, fileName: 'agenda.csv' }, token)
    expect(dryRun.status, JSON.stringify(dryRun.body)).toBe(200)
    expect(dryRun.body).toMatchObject({ applied: false, counts: { sessionsCreated: 1, speakersCreated: 1 }, format: 'csv' })
    const applied = await api.post(`/events/${event.id}/import`, { content: csv, dryRun: false, fileName: 'agenda.csv' }, token)
    expect(applied.status).toBe(201)
    const created = await payload.find({ collection: 'talks', where: { event: { equals: event.id } } })
    expect(created.docs.map((doc) => [doc.title, doc.room, doc.startsAt])).toEqual([['Rest import one', 'Hall C', '2030-05-01T09:00:00.000Z']])

    const profile = (await payload.find({ collection: 'speakers', where: { name: { equals: 'Rest Importer' } } })).docs[0]
    const speaker = await createUser(payload, 'speaker', profile.id)
    const refused = await api.post(`/events/${event.id}/import`, { content: csv }, await tokenOf(payload, speaker))
    expect(refused.status).toBe(403)
    expect((await api.post(`/events/${event.id}/import`, { content: csv })).status).toBe(403)
    await payload.delete({ collection: 'talks', where: { event: { equals: event.id } } })
  })

  it("never changes the text of a speaker who has an account, and shows the source's change as a conflict", async () => {
    const api = createApi(loadTestConfig())
    const { event } = await createEventFixture(payload)
    const token = await tokenOf(payload, editor)
    const guid = `${tag}-account-person`
    const scheduleWith = (biography: string) =>
      JSON.stringify({
        schedule: {
          conference: {
            acronym: 'acct',
            days: [
              {
                date: '2030-05-01',
                index: 1,
                rooms: {
                  'Hall A': [
                    {
                      date: '2030-05-01T10:00:00+00:00', duration: '00:30', guid: `${tag}-account-session`, id: 1,
                      persons: [{ biography, guid, public_name: `Account Holder ${tag}` }], room: 'Hall A', start: '10:00',
                      title: 'A talk by an account holder', type: 'Talk',
                    },
                  ],
                },
              },
            ],
            title: 'Accounts',
          },
          version: '1',
        },
      })
    const first = await api.post(`/events/${event.id}/import`, { content: scheduleWith('First bio.'), dryRun: false }, token)
    expect(first.status).toBe(201)
    const profile = (await payload.find({ collection: 'speakers', where: { name: { equals: `Account Holder ${tag}` } } })).docs[0]
    expect(profile.fullBio).toBe('First bio.')
    await createUser(payload, 'speaker', profile.id)
    const again = await api.post(`/events/${event.id}/import`, { content: scheduleWith('A bio the speaker never saw.'), dryRun: false }, token)
    const speakers = (again.body as { speakers: Array<{ conflicts: Array<{ field: string; reason: string }>; name: string }> }).speakers
    // The source's biography is both bios (the short one cut from it): both conflicts, both kept.
    const conflicts = speakers.find((entry) => entry.name === `Account Holder ${tag}`)?.conflicts ?? []
    expect(conflicts.map((conflict) => `${conflict.field}:${conflict.reason}`).sort()).toEqual(['fullBio:reviewed', 'shortBio:reviewed'])
    expect((await payload.findByID({ collection: 'speakers', id: profile.id })).fullBio).toBe('First bio.')
    await payload.delete({ collection: 'talks', where: { event: { equals: event.id } } })
  })

  it('answers 400 naming the row and rule, and refuses private URLs', async () => {
    const api = createApi(loadTestConfig())
    const { event } = await createEventFixture(payload)
    const token = await tokenOf(payload, editor)
    const bad = await api.post(`/events/${event.id}/import`, { content: 'title,date,start,end\nX,2030-05-01,9 am,10:00\n' }, token)
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('row 2, column \\"start\\": \\"9 am\\" is not a time HH:MM')
    const local = await api.post(`/events/${event.id}/import`, { url: 'http://127.0.0.1:9/schedule.xml' }, token)
    expect(local.status).toBe(400)
    expect(JSON.stringify(local.body)).toContain('private or internal address')
    // A file of another layout (c3voc's schedule2 keeps its events outside the days) is refused, not read as an empty agenda.
    const schedule2 = { schedule: { conference: { acronym: 'x', days: [{ date: '2030-05-01', index: 1 }], title: 'X' }, events: [{ guid: 'a' }], version: '1' } }
    const empty = await api.post(`/events/${event.id}/import`, { content: JSON.stringify(schedule2), dryRun: true }, token)
    expect(empty.status).toBe(400)
    expect(JSON.stringify(empty.body)).toContain('holds no scheduled session')
    const both = await api.post(`/events/${event.id}/import`, { content: csv, url: 'https://example.org/s.xml' }, token)
    expect(both.status).toBe(400)
    expect((await api.post(`/events/999999/import`, { content: csv }, token)).status).toBe(404)
    expect((await api.get('/events/import-template.csv')).status).toBe(200)
  })
})

