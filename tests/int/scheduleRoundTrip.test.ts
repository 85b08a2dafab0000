// Import then export, on real published schedules: each sample of tests/fixtures/schedules goes into
// an event of its own through the import endpoint (as an editor, applied), and the event's public
// schedule.xml and schedule.json (as a visitor) must validate against c3voc's XSD and schema.json and
// hold the same sessions (title, UTC start and end, room), people and rooms as the parser reads
// from the same file. Expected values are derived from `parseSchedule`, never listed by hand.
//
// Intentional differences between the source and the export, and how they are accounted for:
// - whitespace around titles, rooms and names is trimmed by the import;
// - a session without a room is exported in the event's venue (a lane of its own for overlapping
//   ones; no sample here has two overlapping roomless sessions);
// - the export lists only rooms and people that have a session (a source may list more);
// - cancelled sessions are left out of the frab exports (an import creates none).
import type { Payload, TypedUser } from 'payload'

import { XMLParser } from 'fast-xml-parser'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ParsedSchedule } from '../../src/import/types'

import { parseSchedule } from '../../src/import/formats/index'
import { conferenceDay } from '../../src/import/plan'
import { createUser, type Id, tokenOf, unique } from '../helpers/fixtures'
import { createApi } from '../helpers/http'
import { getTestPayload, loadTestConfig } from '../helpers/payload'
import { describeErrors, frabJsonValidator, validateWithXmllint } from '../helpers/scheduleSpecs'

const samplesDir = fileURLToPath(new URL('../fixtures/schedules', import.meta.url))
const venue = 'Round-trip venue'

interface Sample {
  file: string
  /** The event's zone: the source's own when it names one (checked below), else where it took place. */
  timeZone: string
}

// Published schedules (SOURCES.md), then the constructed Sessionize sample and the spreadsheets.
const samples: Sample[] = [
  { file: 'pretalx-democon.json', timeZone: 'UTC' },
  { file: 'frab-camp2019.json', timeZone: 'Europe/Berlin' },
  { file: 'c3voc-hub-38c3.xml', timeZone: 'Europe/Berlin' },
  // No <time_zone_name>: 31C3 was in Hamburg.
  { file: 'frab-31c3.xml', timeZone: 'Europe/Berlin' },
  // A real Sessionize All Data export; no offsets, DroidKaigi 2018 was in Tokyo.
  { file: 'sessionize-droidkaigi2018.json', timeZone: 'Asia/Tokyo' },
  // Wall-clock times without an offset, read in the event's zone; a zone west of UTC on purpose.
  { file: 'sessionize-all-data.json', timeZone: 'America/New_York' },
  { file: 'spreadsheet-semicolon.csv', timeZone: 'Europe/Berlin' },
  { file: 'spreadsheet-comma.csv', timeZone: 'Europe/Berlin' },
]

// ---------- the exports, read back ----------

/** What the comparison looks at, from either export. */
interface ExportedSession {
  endsAt: string
  persons: string[]
  room: string
  startsAt: string
  title: string
}

const utc = (instant: string) => new Date(instant).toISOString()

function minutesOf(duration: string): number {
  const match = /^(\d+):(\d{2})$/.exec(duration)
  if (!match) throw new Error(`duration "${duration}" is not HH:MM`)
  return Number(match[1]) * 60 + Number(match[2])
}

const repeatedElements = new Set([
  'schedule.conference.track',
  'schedule.day',
  'schedule.day.room',
  'schedule.day.room.event',
  'schedule.day.room.event.persons.person',
])

type XmlText = string | { '#text'?: string }
const textOf = (value: unknown) => (typeof value === 'string' ? value : String((value as { '#text'?: string } | undefined)?.['#text'] ?? ''))

function xmlSessions(xml: string): ExportedSession[] {
  const parsed = new XMLParser({
    attributeNamePrefix: '@_',
    ignoreAttributes: false,
    isArray: (_name, path) => typeof path === 'string' && repeatedElements.has(path),
    jPath: true,
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
  }).parse(xml) as {
    schedule: {
      day?: Array<{
        room?: Array<{
          '@_name': string
          event: Array<{ date: string; duration: string; persons: '' | { person?: XmlText[] }; room: string; title: XmlText }>
        }>
      }>
    }
  }
  return (parsed.schedule.day ?? []).flatMap((day) =>
    (day.room ?? []).flatMap((room) =>
      room.event.map((event) => {
        // The room an event is listed under and its own <room> agree.
        expect(event.room, textOf(event.title)).toBe(room['@_name'])
        const start = Date.parse(event.date)
        return {
          endsAt: new Date(start + minutesOf(event.duration) * 60_000).toISOString(),
          persons: (typeof event.persons === 'object' ? (event.persons.person ?? []) : []).map(textOf),
          room: room['@_name'],
          startsAt: utc(event.date),
          title: textOf(event.title),
        }
      }),
    ),
  )
}

interface JsonSchedule {
  schedule: {
    conference: {
      days: Array<{ rooms: Record<string, Array<{ date: string; duration: string; end: string; persons: Array<{ id?: Id; name: string }>; room: string; title: string }>> }>
      rooms: Array<{ name: string }>
    }
  }
}

function jsonSessions(document: JsonSchedule): ExportedSession[] {
  return document.schedule.conference.days.flatMap((day) =>
    Object.entries(day.rooms).flatMap(([roomName, events]) =>
      events.map((event) => {
        expect(event.room, event.title).toBe(roomName)
        // `end` and `duration` say the same.
        expect(Date.parse(event.end) - Date.parse(event.date), event.title).toBe(minutesOf(event.duration) * 60_000)
        return {
          endsAt: utc(event.end),
          persons: event.persons.map((person) => person.name),
          room: roomName,
          startsAt: utc(event.date),
          title: event.title,
        }
      }),
    ),
  )
}

// ---------- what the source says ----------

function expectedSessions(schedule: ParsedSchedule): ExportedSession[] {
  return schedule.sessions.map((session) => ({
    endsAt: utc(session.endsAt),
    persons: session.persons.map(({ person }) => schedule.persons[person].name.trim()),
    room: session.room?.trim() || venue,
    startsAt: utc(session.startsAt),
    title: session.title.trim(),
  }))
}

/** title | start | end | room, one line per session, sorted: a multiset, so a doubled session shows. */
const sessionLines = (sessions: ExportedSession[]) =>
  sessions.map((session) => `${session.title} | ${session.startsAt} | ${session.endsAt} | ${session.room}`).sort()
const personLines = (sessions: ExportedSession[]) =>
  sessions.map((session) => `${session.title} | ${session.startsAt}: ${session.persons.join(', ')}`).sort()
const sortedSet = (values: string[]) => [...new Set(values)].sort()

/** One row per conference day, from its first start to its last end: the dates an editor enters. */
function eventDatesOf(schedule: ParsedSchedule, timeZone: string, dayChange: string) {
  const days = new Map<string, { end: number; start: number }>()
  for (const session of schedule.sessions) {
    const day = conferenceDay(session.startsAt, timeZone, dayChange)
    const [start, end] = [Date.parse(session.startsAt), Date.parse(session.endsAt)]
    const known = days.get(day)
    days.set(day, known ? { end: Math.max(known.end, end), start: Math.min(known.start, start) } : { end, start })
  }
  return [...days.keys()].sort().map((day) => {
    const { end, start } = days.get(day)!
    return { end: new Date(end).toISOString(), start: new Date(start).toISOString() }
  })
}

// ---------- the round trip ----------

let payload: Payload
let api: ReturnType<typeof createApi>
let editor: TypedUser
let editorToken: string
const eventIds: Id[] = []
const seriesIds: Id[] = []
// What the imports created, removed afterwards (the database is shared with the other files); a
// speaker that existed before (matched by name) is left alone.
const speakerIds = new Set<Id>()
let speakersBefore = new Set<Id>()
const organizationNames = new Set<string>()
const validateJson = frabJsonValidator()

beforeAll(async () => {
  payload = await getTestPayload()
  api = createApi(await loadTestConfig())
  editor = await createUser(payload, 'editor')
  editorToken = await tokenOf(payload, editor)
  const existing = await payload.find({ collection: 'speakers', depth: 0, pagination: false, select: {} })
  speakersBefore = new Set(existing.docs.map((doc) => doc.id))
})

afterAll(async () => {
  if (eventIds.length > 0) {
    await payload.delete({ collection: 'talks', where: { event: { in: eventIds } } })
    await payload.delete({ collection: 'schedule-imports', where: { event: { in: eventIds } } })
    await payload.delete({ collection: 'events', where: { id: { in: eventIds } } })
  }
  if (seriesIds.length > 0) await payload.delete({ collection: 'event-series', where: { id: { in: seriesIds } } })
  if (speakerIds.size > 0) await payload.delete({ collection: 'speakers', where: { id: { in: [...speakerIds] } } })
  if (organizationNames.size > 0) await payload.delete({ collection: 'organizations', where: { name: { in: [...organizationNames] } } })
  await payload.destroy()
})

describe.each(samples)('import then export of $file', ({ file, timeZone }) => {
  const content = readFileSync(`${samplesDir}/${file}`, 'utf8')
  const source = parseSchedule(content, { timeZone })
  const expected = expectedSessions(source)
  let xml = ''
  let json: JsonSchedule
  let exportedXml: ExportedSession[] = []
  let exportedJson: ExportedSession[] = []

  beforeAll(async () => {
    expect(source.sessions.length, 'the sample has sessions').toBeGreaterThan(0)
    // The event's zone is the source's own where it names one.
    if (source.conference.timeZone) expect(source.conference.timeZone).toBe(timeZone)
    const dayChange = source.conference.dayChange ?? '04:00'

    // As an editor in the admin: a series, an event with the conference's dates, then the import.
    const series = await api.post('/event-series', { name: unique(`Round trip ${file}`) }, editorToken)
    expect(series.status, JSON.stringify(series.body)).toBe(201)
    seriesIds.push((series.body as { doc: { id: Id } }).doc.id)
    const created = await api.post(
      '/events',
      {
        dates: eventDatesOf(source, timeZone, dayChange),
        dayChange,
        format: 'in-person',
        registrationStatus: 'not-required',
        series: seriesIds.at(-1),
        timezone: timeZone,
        title: unique(source.conference.title ?? file),
        venue: { name: venue },
      },
      editorToken,
    )
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const event = (created.body as { doc: { id: Id; slug: string } }).doc
    eventIds.push(event.id)

    const imported = await api.post(`/events/${event.id}/import`, { content, dryRun: false, fileName: file }, editorToken)
    expect(imported.status, JSON.stringify(imported.body).slice(0, 2000)).toBe(201)
    expect(imported.body).toMatchObject({
      applied: true,
      counts: { sessionsCreated: source.sessions.length, sessionsRemoved: 0, sessionsUpdated: 0 },
      format: source.format,
    })

    // Talks and events have no draft state: an imported agenda is public at once. Read as a visitor.
    const xmlResponse = await api.fetchRaw(`/events/${event.slug}/schedule.xml`)
    expect(xmlResponse.status).toBe(200)
    xml = await xmlResponse.text()
    const jsonResponse = await api.fetchRaw(`/events/${event.slug}/schedule.json`)
    expect(jsonResponse.status).toBe(200)
    json = (await jsonResponse.json()) as JsonSchedule
    exportedXml = xmlSessions(xml)
    exportedJson = jsonSessions(json)
    for (const person of json.schedule.conference.days.flatMap((day) => Object.values(day.rooms).flat()).flatMap((event) => event.persons)) {
      if (person.id !== undefined && !speakersBefore.has(person.id)) speakerIds.add(person.id)
    }
    for (const name of (imported.body as { organizationsToCreate: string[] }).organizationsToCreate) organizationNames.add(name)
  })

  it('exports schedule.xml valid against c3voc schedule.xml.xsd', () => {
    const result = validateWithXmllint(xml)
    expect(result.output).toContain('- validates')
    expect(result.ok).toBe(true)
  })

  it("exports schedule.json valid against c3voc's schema.json", () => {
    const valid = validateJson(json)
    expect(describeErrors(validateJson.errors, 20)).toBe('')
    expect(valid).toBe(true)
  })

  it('exports the sessions of the source: title, UTC start and end, room', () => {
    expect(sessionLines(exportedXml)).toEqual(sessionLines(expected))
    expect(sessionLines(exportedJson)).toEqual(sessionLines(expected))
  })

  it('credits the people of the source, per session and in its order', () => {
    expect(personLines(exportedXml)).toEqual(personLines(expected))
    expect(personLines(exportedJson)).toEqual(personLines(expected))
    const names = sortedSet(expected.flatMap((session) => session.persons))
    expect(sortedSet(exportedXml.flatMap((session) => session.persons))).toEqual(names)
    expect(sortedSet(exportedJson.flatMap((session) => session.persons))).toEqual(names)
  })

  it('lists the rooms of the source', () => {
    const rooms = sortedSet(expected.map((session) => session.room))
    // Every room a session is in is one the source lists (the venue stands in for "no room").
    expect(rooms.filter((room) => room !== venue && !source.rooms.map((name) => name.trim()).includes(room))).toEqual([])
    expect(sortedSet(exportedXml.map((session) => session.room))).toEqual(rooms)
    expect(sortedSet(json.schedule.conference.rooms.map((room) => room.name))).toEqual(rooms)
    expect(sortedSet(exportedJson.map((session) => session.room))).toEqual(rooms)
  })

  it("reads back through the plugin's own frab XML and c3voc JSON parsers as the same agenda", () => {
    for (const [exported, format] of [[xml, 'frab-xml'], [JSON.stringify(json), 'c3voc-json']] as const) {
      const again = parseSchedule(exported, { timeZone })
      expect(again.format).toBe(format)
      const sessions = expectedSessions(again)
      expect(sessionLines(sessions), format).toEqual(sessionLines(expected))
      expect(personLines(sessions), format).toEqual(personLines(expected))
    }
  })

  it('reads back with the kind of every session as imported, and without warnings', () => {
    const kinds = (schedule: ParsedSchedule) =>
      schedule.sessions.map((session) => `${session.title.trim()} | ${utc(session.startsAt)}: ${session.kind}`).sort()
    for (const [exported, format] of [[xml, 'frab-xml'], [JSON.stringify(json), 'c3voc-json']] as const) {
      const again = parseSchedule(exported, { timeZone })
      expect(kinds(again), format).toEqual(kinds(source))
      expect(again.warnings, format).toEqual([])
    }
  })
})
