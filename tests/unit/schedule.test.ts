// Schedule exports (frab XML/JSON, iCalendar) checked against their own specs and parsers, without a database:
// the c3voc XSD via xmllint, c3voc's schema.json via Ajv, and the .ics via ical.js.
import { XMLParser } from 'fast-xml-parser'
import ICAL from 'ical.js'

import { parseCalendar } from '../helpers/ical'
import { describeErrors, frabJsonValidator, validateWithXmllint, xmllint } from '../helpers/scheduleSpecs'
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

import type { ScheduleExport, SchedulePerson, ScheduleSession } from '../../src/formats/schedule'

import {
  plainText,
  renderFrabJson,
  renderFrabXml,
  renderICalendar,
  renderSessionICalendar,
  stableUuid,
  urlNamespace,
} from '../../src/formats/schedule'

const site = 'https://talks.example.org'
const eventUrl = `${site}/events/networking-scale-2024`

const person = (
  id: number,
  name: string,
  role: SchedulePerson['role'],
  organization?: string,
  jobTitle?: string,
): SchedulePerson => ({
  id,
  name,
  role,
  slug: name.toLowerCase().replace(/[^a-z]+/g, '-'),
  url: `${site}/speakers/${id}`,
  ...(organization ? { organization } : {}),
  ...(jobTitle ? { jobTitle } : {}),
})

const session = (
  fields: Pick<ScheduleSession, 'endsAt' | 'id' | 'kind' | 'slug' | 'startsAt' | 'title'> & Partial<ScheduleSession>,
): ScheduleSession => ({ abstract: '', people: [], url: `${eventUrl}/sessions/${fields.slug}`, ...fields })

const hostileTitle = '<script>alert("pwned")</script> & "quotes" \'single\' ]]> end'
const hostileAbstract = 'Line one\r\nLine two with <b>tags</b> & ]]> and a bell\u0007 here.\nThird; with, commas \\ backslash'

// Networking @Scale 2024 (Santa Clara, Pacific Daylight Time = UTC-7), with an invented second day.
const fixture: ScheduleExport = {
  event: {
    dates: [
      { end: '2024-09-12T01:30:00.000Z', label: 'Day 1', start: '2024-09-11T15:30:00.000Z' },
      { end: '2024-09-12T20:00:00.000Z', label: 'Day 2', start: '2024-09-12T16:00:00.000Z' },
    ],
    description: 'Networking @Scale is a technical conference for engineers who build large-scale networks.',
    endsAt: '2024-09-12T20:00:00.000Z',
    format: 'hybrid',
    id: 7,
    livestreamUrl: 'https://live.example.org/networking-scale-2024',
    series: { name: '@Scale', slug: 'at-scale', url: `${site}/series/at-scale` },
    slug: 'networking-scale-2024',
    startsAt: '2024-09-11T15:30:00.000Z',
    summary: 'AI networking at scale.',
    timezone: 'America/Los_Angeles',
    title: 'Networking @Scale 2024',
    url: eventUrl,
    venue: { address: '5001 Great America Pkwy, Santa Clara, CA 95054', name: 'Santa Clara Convention Center' },
  },
  sessions: [
    // Listed out of order on purpose: the exports sort by time.
    session({
      endsAt: '2024-09-12T16:45:00.000Z',
      id: 201,
      kind: 'keynote',
      people: [person(31, 'Dana Whitfield', 'speaker', 'Meta', 'VP, Infrastructure')],
      room: 'Mission City Ballroom',
      slug: 'day-two-keynote',
      startsAt: '2024-09-12T16:00:00.000Z',
      title: 'Day Two Keynote',
    }),
    session({
      endsAt: '2024-09-11T16:30:00.000Z',
      id: 101,
      kind: 'meal',
      slug: 'registration-and-breakfast',
      startsAt: '2024-09-11T15:30:00.000Z',
      title: 'Registration & Breakfast',
    }),
    session({
      endsAt: '2024-09-11T16:40:00.000Z',
      id: 102,
      kind: 'remarks',
      people: [person(11, 'Priya Raman', 'host', 'Meta')],
      room: 'Mission City Ballroom',
      slug: 'opening-remarks',
      startsAt: '2024-09-11T16:30:00.000Z',
      title: 'Opening Remarks',
    }),
    session({
      abstract: 'How we scaled RoCE fabrics for large AI training clusters.',
      endsAt: '2024-09-11T17:10:00.000Z',
      id: 103,
      kind: 'talk',
      people: [
        person(12, 'Alex Moreno', 'speaker', 'Meta', 'Network Engineer'),
        person(13, 'Sam Okafor', 'speaker', 'Meta', 'Software Engineer'),
      ],
      room: 'Mission City Ballroom',
      slug: 'scaling-roce-networks-for-ai-training',
      startsAt: '2024-09-11T16:40:00.000Z',
      title: 'Scaling RoCE Networks for AI Training',
      track: 'AI Networking',
    }),
    session({
      endsAt: '2024-09-11T17:30:00.000Z',
      id: 104,
      kind: 'break',
      slug: 'break',
      startsAt: '2024-09-11T17:10:00.000Z',
      title: 'Break',
    }),
    session({
      abstract: 'Speakers from the morning answer questions from the audience.',
      endsAt: '2024-09-11T18:00:00.000Z',
      id: 105,
      kind: 'panel',
      people: [
        person(14, 'Jordan Lee', 'moderator', 'Meta'),
        person(12, 'Alex Moreno', 'panelist', 'Meta'),
        person(15, 'Chris Tan', 'panelist', 'Microsoft'),
      ],
      room: 'Mission City Ballroom',
      slug: 'q-and-a',
      startsAt: '2024-09-11T17:30:00.000Z',
      title: 'Q&A: Building the Network for GenAI',
      track: 'AI Networking',
    }),
    session({
      abstract: hostileAbstract,
      endsAt: '2024-09-11T18:20:00.000Z',
      id: 106,
      kind: 'talk',
      people: [person(16, 'Eve "Mallory" <O\'Brien> & Co', 'speaker', 'ACME & Sons </script>')],
      room: 'Room <B> & "C"',
      slug: 'hostile-input',
      startsAt: '2024-09-11T18:00:00.000Z',
      title: hostileTitle,
      track: 'Track ]]> & <x>',
    }),
    // 17:00-18:30 in Santa Clara on 11 September is already 12 September in UTC.
    session({
      endsAt: '2024-09-12T01:30:00.000Z',
      id: 107,
      kind: 'social',
      room: 'Terra Courtyard',
      slug: 'happy-hour',
      startsAt: '2024-09-12T00:00:00.000Z',
      title: 'Happy Hour',
    }),
  ],
  siteUrl: site,
  version: '2024-09-20T12:34:56.000Z',
}

const sessionIds = fixture.sessions.map((entry) => String(entry.id))

// ---------- helpers: the formats' own validators and parsers ----------


interface XmlPerson {
  '#text': string
  '@_guid': string
  '@_id'?: string
}
interface XmlEvent {
  '@_guid': string
  '@_id': string
  abstract: string
  date: string
  description: string
  duration: string
  persons: { person?: XmlPerson[] }
  room: string
  slug: string
  start: string
  title: string
  track: string
  type: string
  url: string
}
interface XmlDay {
  '@_date': string
  '@_end': string
  '@_index': string
  '@_start': string
  room: Array<{ '@_name': string; event: XmlEvent[] }>
}
interface XmlSchedule {
  schedule: { conference: Record<string, unknown>; day: XmlDay[]; version: string }
}

// Repeatable elements by path: an event's own <room> and <track> are single strings.
const repeatedElements = new Set([
  'schedule.conference.track',
  'schedule.day',
  'schedule.day.room',
  'schedule.day.room.event',
  'schedule.day.room.event.persons.person',
])

function parseFrabXml(xml: string): XmlSchedule {
  const parser = new XMLParser({
    attributeNamePrefix: '@_',
    ignoreAttributes: false,
    isArray: (_name, path) => typeof path === 'string' && repeatedElements.has(path),
    jPath: true,
    parseAttributeValue: false,
    parseTagValue: false,
  })
  return parser.parse(xml) as XmlSchedule
}

const xmlEvents = (parsed: XmlSchedule) =>
  parsed.schedule.day.flatMap((day) => (day.room ?? []).flatMap((room) => room.event))

interface JsonEvent {
  date: string
  description: string
  duration: string
  end: string
  guid: string
  id: number
  persons: Array<{ biography?: string; guid: string; id?: number; name: string; url: string }>
  room: string
  slug: string
  start: string
  title: string
  track: string
  type: string
}
interface JsonSchedule {
  schedule: {
    conference: {
      days: Array<{ date: string; day_end: string; day_start: string; index: number; rooms: Record<string, JsonEvent[]> }>
      daysCount: number
      rooms: Array<{ guid: string; name: string }>
      time_zone_name?: string
      timeslot_duration: string
    }
    version: string
  }
}

const jsonEvents = (parsed: JsonSchedule) =>
  parsed.schedule.conference.days.flatMap((day) => Object.values(day.rooms).flat())

function parseICalendar(ics: string): ICAL.Component {
  return parseCalendar(ics)
}

// ---------- stableUuid ----------

describe('stableUuid', () => {
  it('equals uuid5 of other implementations (Python docs: uuid5(NAMESPACE_DNS, "python.org"))', () => {
    expect(stableUuid('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d')
  })

  it('sets the version-5 and RFC 4122 variant bits', () => {
    expect(stableUuid(site, 'session:103')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })

  it('gives the same name the same uuid and different names or namespaces different ones', () => {
    expect(stableUuid(site, 'session:103')).toBe(stableUuid(site, 'session:103'))
    expect(stableUuid(site, 'session:103')).not.toBe(stableUuid(site, 'session:104'))
    expect(stableUuid(site, 'session:103')).not.toBe(stableUuid('https://other.example.org', 'session:103'))
  })

  it('hashes a non-uuid namespace through the URL namespace, so namespace and name cannot run together', () => {
    expect(stableUuid(site, 'x')).toBe(stableUuid(stableUuid(urlNamespace, site), 'x'))
    expect(stableUuid('ab', 'c')).not.toBe(stableUuid('a', 'bc'))
  })
})

describe('plainText', () => {
  it('drops control characters that XML and iCalendar cannot carry, keeping tabs and line breaks', () => {
    expect(plainText('a\u0007b\u0000c\td\r\ne\u001bf')).toBe('abc\td\nef')
  })
})

// ---------- frab XML ----------

describe('frab schedule.xml', () => {
  const xml = renderFrabXml(fixture)
  const parsed = parseFrabXml(xml)
  const hasXmllint = existsSync(xmllint)
  if (!hasXmllint) console.warn(`SKIPPED: ${xmllint} is missing, so schedule.xml is not checked against the XSD`)

  it.skipIf(!hasXmllint)('validates against c3voc schedule.xml.xsd with xmllint', () => {
    const result = validateWithXmllint(xml)
    expect(result.output).toContain('- validates')
    expect(result.ok).toBe(true)
  })

  it.skipIf(!hasXmllint)('is checked by an XSD run that does reject an invalid schedule', () => {
    const broken = xml.replace(/<version>[^<]*<\/version>/, '')
    expect(broken).not.toBe(xml)
    expect(validateWithXmllint(broken).ok).toBe(false)
  })

  it('lists every session once, breaks and meals included with their kind as type', () => {
    const events = xmlEvents(parsed)
    expect(events.map((event) => event['@_id']).sort()).toEqual([...sessionIds].sort())
    expect(events.find((event) => event['@_id'] === '104')?.type).toBe('break')
    expect(events.find((event) => event['@_id'] === '101')?.type).toBe('meal')
  })

  it('groups sessions into days by the local date in the event time zone', () => {
    const days = parsed.schedule.day
    expect(days.map((day) => [day['@_index'], day['@_date']])).toEqual([
      ['1', '2024-09-11'],
      ['2', '2024-09-12'],
    ])
    const idsOn = (day: XmlDay) => day.room.flatMap((room) => room.event.map((event) => event['@_id']))
    // The happy hour is on 12 September in UTC but on 11 September in Santa Clara.
    expect(idsOn(days[0])).toContain('107')
    expect(idsOn(days[1])).toEqual(['201'])
    expect(days[0]['@_start']).toBe('2024-09-11T08:30:00-07:00')
    expect(days[0]['@_end']).toBe('2024-09-11T18:30:00-07:00')
  })

  it('writes local start, zoned date and duration for each session', () => {
    const talk = xmlEvents(parsed).find((event) => event['@_id'] === '103')
    expect(talk).toMatchObject({
      date: '2024-09-11T09:40:00-07:00',
      duration: '00:30',
      room: 'Mission City Ballroom',
      slug: 'networking_scale_2024-103-scaling-roce-networks-for-ai-training',
      start: '09:40',
      track: 'AI Networking',
      type: 'lecture',
      url: `${eventUrl}/sessions/scaling-roce-networks-for-ai-training`,
    })
  })

  it('falls back to the venue name as room, keeps the kind out of the tracks and writes it as the type', () => {
    const breakfast = xmlEvents(parsed).find((event) => event['@_id'] === '101')
    expect(breakfast?.room).toBe('Santa Clara Convention Center')
    expect(breakfast?.track ?? '').toBe('')
    expect(breakfast?.type).toBe('meal')
    const roomNames = parsed.schedule.day[0].room.map((room) => room['@_name'])
    expect(roomNames).toContain('Santa Clara Convention Center')
  })

  it('lists moderators and panelists as persons with their ids and guids', () => {
    const panel = xmlEvents(parsed).find((event) => event['@_id'] === '105')
    expect(panel?.persons.person?.map((entry) => [entry['@_id'], entry['#text']])).toEqual([
      ['14', 'Jordan Lee'],
      ['12', 'Alex Moreno'],
      ['15', 'Chris Tan'],
    ])
    expect(panel?.persons.person?.[0]['@_guid']).toBe(stableUuid(site, 'person:14'))
    expect(panel?.description).toContain('Moderator: Jordan Lee (Meta)')
  })

  it('escapes hostile text so it round-trips as text, and drops the control character', () => {
    expect(xml).not.toContain('<script>')
    expect(xml).not.toContain('<b>')
    expect(xml).not.toContain('\u0007')
    const hostile = xmlEvents(parsed).find((event) => event['@_id'] === '106')
    expect(hostile?.title).toBe(hostileTitle)
    expect(hostile?.abstract).toBe(plainText(hostileAbstract))
    expect(hostile?.room).toBe('Room <B> & "C"')
    expect(hostile?.persons.person?.[0]['#text']).toBe('Eve "Mallory" <O\'Brien> & Co')
  })

  it('keeps text that looks like an entity as text, in elements and attributes', () => {
    const typed = '&lt;script&gt;alert(1)&lt;/script&gt; Tom &amp; Jerry &#60;3 &#x3C;b&#x3E; &quot;'
    const entityLike: ScheduleExport = {
      ...fixture,
      sessions: fixture.sessions.map((entry) =>
        entry.id === 106 ? { ...entry, people: [person(16, typed, 'speaker')], room: typed, title: typed } : entry,
      ),
    }
    const rendered = renderFrabXml(entityLike)
    // A reader decoding every entity once, numeric ones included, must get back what was typed.
    const reader = new XMLParser({
      attributeNamePrefix: '@_',
      htmlEntities: true,
      ignoreAttributes: false,
      parseAttributeValue: false,
      parseTagValue: false,
    })
    const decoded = JSON.stringify(reader.parse(rendered))
    expect(decoded).not.toContain('<script>')
    expect(decoded).not.toContain('Tom & Jerry')
    const hostile = xmlEvents(parseFrabXml(rendered)).find((event) => event['@_id'] === '106')
    expect(hostile?.title).toBe(typed)
    expect(hostile?.room).toBe(typed)
    expect(hostile?.persons.person?.[0]['#text']).toBe(typed)
    expect(rendered).toContain(`name="${typed.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`)
    if (hasXmllint) expect(validateWithXmllint(rendered).output).toContain('- validates')
  })

  it('gives each session a guid that is stable across renders and unique', () => {
    const again = xmlEvents(parseFrabXml(renderFrabXml(fixture)))
    const guids = xmlEvents(parsed).map((event) => event['@_guid'])
    expect(again.map((event) => event['@_guid'])).toEqual(guids)
    expect(new Set(guids).size).toBe(fixture.sessions.length)
    expect(guids[0]).toBe(stableUuid(site, 'session:101'))
  })

  it('renders unchanged data to identical bytes', () => {
    expect(renderFrabXml(structuredClone(fixture))).toBe(xml)
  })

  it('derives a positive numeric id from the guid when a session id is not numeric', () => {
    const withUuidIds: ScheduleExport = {
      ...fixture,
      sessions: fixture.sessions.map((entry) => ({ ...entry, id: `s-${entry.id}` })),
    }
    const events = xmlEvents(parseFrabXml(renderFrabXml(withUuidIds)))
    expect(events.every((event) => /^[1-9]\d*$/.test(event['@_id']))).toBe(true)
    expect(new Set(events.map((event) => event['@_id'])).size).toBe(fixture.sessions.length)
    if (hasXmllint) expect(validateWithXmllint(renderFrabXml(withUuidIds)).output).toContain('- validates')
  })
})

// ---------- frab JSON ----------

describe('frab export for schedule apps', () => {
  const at = (time: string) => `2024-09-11T${time}:00.000Z`
  const parallel: ScheduleExport = {
    ...fixture,
    event: { ...fixture.event, dayChange: '04:00' },
    sessions: [
      session({ endsAt: at('17:00'), id: 901, kind: 'talk', slug: 'a', startsAt: at('16:00'), title: 'Lane one' }),
      session({ endsAt: at('17:00'), id: 902, kind: 'talk', slug: 'b', startsAt: at('16:00'), title: 'Lane two' }),
      session({ endsAt: at('18:00'), id: 903, kind: 'talk', recording: { optOut: true }, slug: 'c', startsAt: at('17:00'), title: 'After them' }),
      // 01:30 in Los Angeles on the 12th, before the 04:00 day change: still the 11th's conference day.
      session({ endsAt: '2024-09-12T09:00:00.000Z', id: 904, kind: 'social', slug: 'd', startsAt: '2024-09-12T08:30:00.000Z', title: 'Late social' }),
      session({ endsAt: at('19:00'), id: 905, kind: 'talk', slug: 'e', startsAt: at('18:00'), status: 'cancelled', title: 'Cancelled one' }),
      session({
        endsAt: at('20:00'), id: 906, kind: 'talk', links: [{ kind: 'recording', title: 'Recording', url: 'https://media.example.org/906' }],
        recording: { license: 'CC BY 4.0', optOut: false }, room: 'Hall B', sequence: 3, slug: 'f', startsAt: at('19:00'), title: 'Recorded',
      }),
    ],
  }
  const schedule = parseFrabXml(renderFrabXml(parallel))

  it('writes the conference start and end as dates, which readers compare with the days', () => {
    expect(schedule.schedule.conference.start).toBe('2024-09-11')
    expect(schedule.schedule.conference.end).toBe('2024-09-12')
    if (existsSync(xmllint)) {
      const checked = validateWithXmllint(renderFrabXml(parallel))
      expect(checked.ok, checked.output).toBe(true)
    }
    const validate = frabJsonValidator()
    expect(validate(JSON.parse(renderFrabJson(parallel))), describeErrors(validate.errors)).toBe(true)
  })

  it('puts parallel sessions without a room in distinct rooms, and reuses a free one', () => {
    const rooms = Object.fromEntries(xmlEvents(schedule).map((event) => [event.title, event.room]))
    expect(rooms['Lane one']).toBe('Santa Clara Convention Center')
    expect(rooms['Lane two']).toBe('Santa Clara Convention Center 2')
    expect(rooms['After them']).toBe('Santa Clara Convention Center')
    expect(rooms['Recorded']).toBe('Hall B')
  })

  it('keeps a session after midnight on its conference day, leaves cancelled ones out and lists links', () => {
    const days = schedule.schedule.day.map((day) => [day['@_date'], (day.room ?? []).flatMap((room) => (room.event ?? []).map((event) => event.title))])
    expect(days[0][0]).toBe('2024-09-11')
    expect(days[0][1]).toContain('Late social')
    expect(xmlEvents(schedule).map((event) => event.title)).not.toContain('Cancelled one')
    expect(renderFrabXml(parallel)).toContain('<link href="https://media.example.org/906">Recording</link>')
  })

  it('writes the recording terms: frab <recording> with license, opt-out and URL, c3voc recording_license and do_not_record', () => {
    const xml = renderFrabXml(parallel)
    expect(xml.replace(/>\s+</g, '><')).toContain(
      '<recording><license>CC BY 4.0</license><optout>false</optout><url>https://media.example.org/906</url></recording>',
    )
    expect(xml).toContain('<optout>true</optout>')
    // Sessions with nothing known about their recording have no element.
    expect(xml.match(/<recording>/g)).toHaveLength(2)
    if (existsSync(xmllint)) expect(validateWithXmllint(xml).output).toContain('- validates')
    const json = JSON.parse(renderFrabJson(parallel)) as JsonSchedule
    const events = json.schedule.conference.days.flatMap((day) => Object.values(day.rooms).flat()) as unknown as Array<Record<string, unknown>>
    const byTitle = Object.fromEntries(events.map((event) => [event.title, event]))
    expect(byTitle['Recorded']).toMatchObject({ do_not_record: false, recording_license: 'CC BY 4.0' })
    expect(byTitle['After them']).toMatchObject({ do_not_record: true })
    expect(byTitle['Lane one']).toMatchObject({ do_not_record: false })
    expect(byTitle['Lane one']).not.toHaveProperty('recording_license')
    const validate = frabJsonValidator()
    expect(validate(json), describeErrors(validate.errors)).toBe(true)
  })

  it('gives calendars the SEQUENCE and a cancelled session as CANCELLED', () => {
    const calendar = parseICalendar(renderICalendar(parallel))
    const events = calendar.getAllSubcomponents('vevent')
    const byTitle = Object.fromEntries(events.map((event) => [event.getFirstPropertyValue('summary'), event]))
    expect(byTitle['Cancelled one'].getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(byTitle['Recorded'].getFirstPropertyValue('sequence')).toBe(3)
    expect(byTitle['Lane one'].getFirstPropertyValue('status')).toBe('CONFIRMED')
    expect(String(byTitle['Recorded'].getFirstPropertyValue('description'))).toContain('https://media.example.org/906')
  })
})

describe('frab schedule.json', () => {
  const json = renderFrabJson(fixture)
  const parsed = JSON.parse(json) as JsonSchedule
  const validate = frabJsonValidator()

  it('validates against c3voc schema.json', () => {
    const valid = validate(parsed)
    expect(describeErrors(validate.errors)).toBe('')
    expect(valid).toBe(true)
  })

  it('is checked by a validator that does reject a schedule missing a required field', () => {
    const broken = JSON.parse(json) as { schedule: { conference: Record<string, unknown> } }
    delete broken.schedule.conference.acronym
    expect(validate(broken)).toBe(false)
  })

  it('carries the same guids, days and times as the XML', () => {
    const fromXml = xmlEvents(parseFrabXml(renderFrabXml(fixture)))
    const fromJson = jsonEvents(parsed)
    expect(fromJson.map((event) => event.guid)).toEqual(fromXml.map((event) => event['@_guid']))
    expect(parsed.schedule.conference.days.map((day) => day.date)).toEqual(['2024-09-11', '2024-09-12'])
    expect(parsed.schedule.conference.daysCount).toBe(2)
    const talk = fromJson.find((event) => event.id === 103)
    expect(talk).toMatchObject({ date: '2024-09-11T09:40:00-07:00', duration: '00:30', end: '2024-09-11T10:10:00-07:00', start: '09:40' })
  })

  it('keys each day by room and lists conference rooms with guids', () => {
    const [firstDay] = parsed.schedule.conference.days
    expect(Object.keys(firstDay.rooms)).toEqual([
      'Santa Clara Convention Center',
      'Mission City Ballroom',
      'Room <B> & "C"',
      'Terra Courtyard',
    ])
    expect(parsed.schedule.conference.rooms.every((room) => /^[0-9a-f-]{36}$/.test(room.guid))).toBe(true)
  })

  it('names persons the way schema.json requires (name, integer id, guid)', () => {
    const talk = jsonEvents(parsed).find((event) => event.id === 103)
    expect(talk?.persons).toEqual([
      { guid: stableUuid(site, 'person:12'), id: 12, name: 'Alex Moreno', url: `${site}/speakers/12` },
      { guid: stableUuid(site, 'person:13'), id: 13, name: 'Sam Okafor', url: `${site}/speakers/13` },
    ])
  })

  it('states the time zone and a timeslot every start and duration fits', () => {
    expect(parsed.schedule.conference.time_zone_name).toBe('America/Los_Angeles')
    expect(parsed.schedule.conference.timeslot_duration).toBe('00:05')
  })

  it('keeps hostile text as data, without the control character', () => {
    expect(json).not.toContain('\u0007')
    const hostile = jsonEvents(parsed).find((event) => event.id === 106)
    expect(hostile?.title).toBe(hostileTitle)
    expect(hostile?.description.startsWith(plainText(hostileAbstract))).toBe(true)
  })

  it('stays valid when the event slug has hyphens and the zone is one the schema pattern rejects', () => {
    const odd: ScheduleExport = { ...fixture, event: { ...fixture.event, slug: 'ns-24', timezone: 'Etc/GMT+7' } }
    const document = JSON.parse(renderFrabJson(odd)) as JsonSchedule
    const valid = validate(document)
    expect(describeErrors(validate.errors)).toBe('')
    expect(valid).toBe(true)
    expect(document.schedule.conference).not.toHaveProperty('time_zone_name')
    // Etc/GMT+7 is UTC-7 all year: the same wall-clock times as PDT in September.
    expect(jsonEvents(document).find((event) => event.id === 103)?.date).toBe('2024-09-11T09:40:00-07:00')
    if (existsSync(xmllint)) expect(validateWithXmllint(renderFrabXml(odd)).output).toContain('- validates')
  })
})

// ---------- iCalendar ----------

describe('iCalendar export', () => {
  const ics = renderICalendar(fixture)
  const calendar = parseICalendar(ics)

  it('writes the sessions of a UTC event (and of a zone it has no VTIMEZONE for) as UTC times, never floating', () => {
    for (const timezone of ['UTC', 'Etc/UTC', 'Mars/Olympus_Mons']) {
      const text = renderICalendar({ ...fixture, event: { ...fixture.event, timezone } })
      expect(text, timezone).not.toMatch(/TZID/)
      const starts = text.match(/^DTSTART.*$/gm) ?? []
      expect(starts.length, timezone).toBeGreaterThan(0)
      expect(starts.every((line) => /^DTSTART:\d{8}T\d{6}Z$/.test(line)), `${timezone}: ${starts[0]}`).toBe(true)
      const first = new ICAL.Event(parseICalendar(text).getFirstSubcomponent('vevent') as ICAL.Component)
      expect(fixture.sessions.some((each) => Date.parse(each.startsAt) === first.startDate.toJSDate().getTime()), timezone).toBe(true)
    }
  })
  const vevents = calendar.getAllSubcomponents('vevent')
  const byUid = new Map(vevents.map((vevent) => [String(vevent.getFirstPropertyValue('uid')), vevent]))

  it('parses with ical.js and has exactly one VEVENT per session', () => {
    expect(vevents).toHaveLength(fixture.sessions.length)
    expect([...byUid.keys()].sort()).toEqual(sessionIds.map((id) => `session-${id}@talks.example.org`).sort())
  })

  it('names the calendar after the event and identifies talk-notes as producer', () => {
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Networking @Scale 2024')
    expect(String(calendar.getFirstPropertyValue('prodid'))).toContain('talk-notes')
  })

  it('writes the event zone’s wall-clock times with TZID and a VTIMEZONE that resolve to the input instants (08:30 PT is 15:30Z)', () => {
    for (const entry of fixture.sessions) {
      const event = new ICAL.Event(byUid.get(`session-${entry.id}@talks.example.org`))
      expect(event.startDate.toJSDate().toISOString()).toBe(new Date(entry.startsAt).toISOString())
      expect(event.endDate.toJSDate().toISOString()).toBe(new Date(entry.endsAt).toISOString())
    }
    expect(ics).toContain('DTSTART;TZID=America/Los_Angeles:20240911T083000')
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('America/Los_Angeles')
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('America/Los_Angeles')
    // DTSTAMP stays UTC whatever the zone.
    expect(ics).toMatch(/^DTSTAMP:\d{8}T\d{6}Z\r$/m)
  })

  it('escapes the calendar name, which ical-generator would write raw', () => {
    const title = 'Networking, @Scale; 2024\nX-INJECTED:1'
    const renamed = renderICalendar({ ...fixture, event: { ...fixture.event, title } })
    expect(parseICalendar(renamed).getFirstProperty('x-injected')).toBeNull()
    // ical.js leaves NAME and X-WR-CALNAME undecoded, so the escaped TEXT is checked as written.
    expect(renamed).toContain('\r\nNAME:Networking\\, @Scale\\; 2024 X-INJECTED:1\r\n')
    expect(renamed).toContain('\r\nX-WR-CALNAME:Networking\\, @Scale\\; 2024 X-INJECTED:1\r\n')
  })

  it('declares the event time zone before the first VEVENT', () => {
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('America/Los_Angeles')
    expect(ics.indexOf('X-WR-TIMEZONE:America/Los_Angeles')).toBeLessThan(ics.indexOf('BEGIN:VEVENT'))
  })

  it('credits speakers with their organization and labels the moderator', () => {
    const talk = new ICAL.Event(byUid.get('session-103@talks.example.org'))
    expect(talk.description).toBe(
      'How we scaled RoCE fabrics for large AI training clusters.\n\nSpeakers: Alex Moreno (Meta), Sam Okafor (Meta)',
    )
    const panel = new ICAL.Event(byUid.get('session-105@talks.example.org'))
    expect(panel.description).toContain('Panelists: Alex Moreno (Meta), Chris Tan (Microsoft)')
    expect(panel.description).toContain('Moderator: Jordan Lee (Meta)')
  })

  it('sets location from venue and room, the session URL and kind and track as categories', () => {
    const talk = byUid.get('session-103@talks.example.org')
    expect(String(talk?.getFirstPropertyValue('location'))).toBe(
      'Santa Clara Convention Center, Mission City Ballroom\n5001 Great America Pkwy, Santa Clara, CA 95054',
    )
    expect(talk?.getFirstPropertyValue('url')).toBe(`${eventUrl}/sessions/scaling-roce-networks-for-ai-training`)
    expect(talk?.getFirstProperty('categories')?.getValues()).toEqual(['talk', 'AI Networking'])
  })

  it('takes DTSTAMP from the schedule version, so unchanged data renders to identical bytes', () => {
    expect(ics).toContain('DTSTAMP:20240920T123456Z')
    expect(renderICalendar(structuredClone(fixture))).toBe(ics)
    const newer = renderICalendar({ ...fixture, version: '2024-09-21T00:00:00.000Z' })
    expect(newer).toContain('DTSTAMP:20240921T000000Z')
  })

  it('escapes hostile text and drops the control character', () => {
    expect(ics).not.toContain('\u0007')
    const hostile = new ICAL.Event(byUid.get('session-106@talks.example.org'))
    expect(hostile.summary).toBe(hostileTitle)
    expect(hostile.description.startsWith(plainText(hostileAbstract))).toBe(true)
    // One VEVENT per session still holds: no injected line broke the structure.
    expect(ics.match(/^BEGIN:VEVENT/gm)).toHaveLength(fixture.sessions.length)
  })

  it('renders a single session as a calendar with one VEVENT and the same UID', () => {
    const single = renderSessionICalendar(fixture, '105')
    expect(single).not.toBeNull()
    const singleEvents = parseICalendar(single ?? '').getAllSubcomponents('vevent')
    expect(singleEvents).toHaveLength(1)
    expect(singleEvents[0].getFirstPropertyValue('uid')).toBe('session-105@talks.example.org')
    expect(new ICAL.Event(singleEvents[0]).startDate.toJSDate().toISOString()).toBe('2024-09-11T17:30:00.000Z')
  })

  it('returns null for a session that is not in the schedule', () => {
    expect(renderSessionICalendar(fixture, 999)).toBeNull()
  })
})
