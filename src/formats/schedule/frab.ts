// frab/c3voc schedule export (schedule.xml and schedule.json) read by Giggity, EventFahrplan, the c3voc
// tracker and others. Both serialisations are built from one model so they never disagree.
import { create } from 'xmlbuilder2'

import type { ScheduleExport, ScheduleSession } from './types.ts'

import { slugify } from '../../utilities/slugify.ts'
import { xmlAttributes, xmlText } from '../text.ts'
import { agendaOrder, plainText, sessionDescription, stableUuid, toZoned } from './types.ts'

/** Where the JSON declares its schema; consumers use it to pick a validator. */
export const frabJsonSchemaUrl = 'https://c3voc.de/schedule/schema.json'

const generatorName = 'talk-notes'

export interface FrabPerson {
  biography?: string
  guid: string
  /** Only for numeric person ids: the schema wants an integer. */
  id?: number
  name: string
  url: string
}

export interface FrabEvent {
  abstract: string
  attachments: []
  date: string
  description: string
  duration: string
  end: string
  guid: string
  id: number
  language: string
  /** c3voc's: false unless the session is marked not to be recorded. */
  do_not_record: boolean
  links: Array<{ title: string; url: string }>
  persons: FrabPerson[]
  /** frab `<recording>` (schedule.xml only): written when a license, an opt-out or a recording link is known. */
  recording?: { license: string; optout: boolean; url?: string }
  recording_license?: string
  room: string
  slug: string
  start: string
  subtitle: null
  title: string
  track: string
  type: string
  url: string
}

export interface FrabDay {
  date: string
  day_end: string
  day_start: string
  index: number
  rooms: Record<string, FrabEvent[]>
}

export interface FrabRoom {
  guid: string
  name: string
  slug?: string
}

export interface FrabTrack {
  name: string
  slug?: string
}

export interface FrabConference {
  acronym: string
  days: FrabDay[]
  daysCount: number
  end: string
  rooms: FrabRoom[]
  start: string
  time_zone_name?: string
  timeslot_duration: string
  title: string
  tracks: FrabTrack[]
  url: string
}

export interface FrabSchedule {
  base_url: string
  conference: FrabConference
  version: string
}

const httpUrl = /^https?:\/\//i

// schema.json: a hyphen-free acronym of four or more characters (the XSD accepts it as well).
function acronymOf(slug: string): string {
  const acronym = slug
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
  return (acronym || 'event').padEnd(4, '_')
}

// schema.json's time_zone_name pattern rejects some valid IANA names ('Etc/GMT+5', 'US/Pacific'); every date
// in the export carries its offset, so leaving the name out loses nothing a client needs.
const schemaTimeZone = /^([A-Z][a-z]+\/[A-Z][a-z]+)|UTC$/

function hoursMinutes(totalMinutes: number): string {
  const minutes = Math.max(0, Math.round(totalMinutes))
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

function greatestCommonDivisor(a: number, b: number): number {
  return b === 0 ? a : greatestCommonDivisor(b, a % b)
}

/** frab ids are positive integers; a non-numeric id gets a number derived from its guid instead. */
function frabIdOf(id: number | string, guid: string): number {
  const numeric = typeof id === 'number' ? id : /^\d+$/.test(id) ? Number(id) : Number.NaN
  if (Number.isSafeInteger(numeric) && numeric >= 1) return numeric
  return Number.parseInt(guid.slice(0, 7), 16) + 1
}

function integerIdOf(id: number | string): number | undefined {
  const numeric = typeof id === 'number' ? id : /^-?\d+$/.test(id) ? Number(id) : Number.NaN
  return Number.isSafeInteger(numeric) ? numeric : undefined
}

/** A stretch of time on the agenda: a session, or one of the event's dates. */
interface Span {
  end: string
  session?: ScheduleSession
  start: string
}

function minutesBetween(start: string, end: string): number {
  return (Date.parse(end) - Date.parse(start)) / 60_000
}

/** The frab `<type>` of each kind: frab's and pretalx's word where they have one (lecture, podium), else the kind's own name. */
const frabTypes: Record<ScheduleSession['kind'], string> = {
  break: 'break',
  keynote: 'keynote',
  meal: 'meal',
  panel: 'podium',
  remarks: 'remarks',
  social: 'social',
  talk: 'lecture',
}

/**
 * The room of each session. A session without a room is put in the event's venue; two that overlap
 * there go to "<venue> 2", "<venue> 3"… (one lane per parallel session, per conference day, stable
 * across renders), since schedule apps draw one column per room and would stack them.
 */
function roomsWithoutOverlaps(
  sessions: ScheduleSession[],
  venue: string,
  dayOf: (instant: string) => string,
): (session: ScheduleSession) => string {
  const assigned = new Map<ScheduleSession, string>()
  const lanesByDay = new Map<string, number[]>()
  for (const session of sessions) {
    const room = plainText(session.room ?? '').trim()
    if (room) {
      assigned.set(session, room)
      continue
    }
    const day = dayOf(session.startsAt)
    const lanes = lanesByDay.get(day) ?? []
    lanesByDay.set(day, lanes)
    const start = Date.parse(session.startsAt)
    let lane = lanes.findIndex((busyUntil) => busyUntil <= start)
    if (lane === -1) lane = lanes.push(0) - 1
    lanes[lane] = Date.parse(session.endsAt)
    assigned.set(session, lane === 0 ? venue : `${venue} ${lane + 1}`)
  }
  return (session) => assigned.get(session) ?? venue
}

/** The session's recording terms in c3voc's fields and frab's `<recording>` (license, opt-out, the recording's URL). */
function recordingOf(session: ScheduleExport['sessions'][number]): Pick<FrabEvent, 'do_not_record' | 'recording' | 'recording_license'> {
  const license = plainText(session.recording?.license ?? '').trim()
  const optout = Boolean(session.recording?.optOut)
  const recorded = (session.links ?? []).find((link) => link.kind === 'recording' && httpUrl.test(link.url))
  return {
    do_not_record: optout,
    ...(license ? { recording_license: license } : {}),
    ...(license || optout || recorded ? { recording: { license, optout, ...(recorded ? { url: recorded.url } : {}) } } : {}),
  }
}

/** The frab model of a schedule, shared by the XML and JSON renderings. */
export function buildFrabSchedule(schedule: ScheduleExport): FrabSchedule {
  const { event } = schedule
  const timeZone = event.timezone
  const namespace = new URL(schedule.siteUrl).origin
  const acronym = acronymOf(event.slug)
  // A cancelled session is not on the agenda a schedule app shows (calendars get it as CANCELLED).
  const sessions = agendaOrder(schedule.sessions.filter((session) => session.status !== 'cancelled'))
  const dayChange = /^\d{2}:\d{2}$/.test(event.dayChange ?? '') ? (event.dayChange as string) : '00:00'
  const dayChangeMinutes = Number(dayChange.slice(0, 2)) * 60 + Number(dayChange.slice(3))
  /** The conference day of an instant: before the day change, still the previous calendar day. */
  const dayOf = (instant: string) => toZoned(new Date(Date.parse(instant) - dayChangeMinutes * 60_000), timeZone).date
  const roomOf = roomsWithoutOverlaps(sessions, plainText(event.venue?.name ?? '').trim() || 'Main', dayOf)
  // Tracks are the editors' parallel tracks; the kind of session is the event's type.
  const trackOf = (session: ScheduleSession) => plainText(session.track ?? '').trim()

  const toEvent = (session: ScheduleSession): FrabEvent => {
    const guid = stableUuid(namespace, `session:${session.id}`)
    const id = frabIdOf(session.id, guid)
    const start = toZoned(session.startsAt, timeZone)
    return {
      guid,
      id,
      date: start.iso,
      start: start.time,
      end: toZoned(session.endsAt, timeZone).iso,
      duration: hoursMinutes(minutesBetween(session.startsAt, session.endsAt)),
      room: roomOf(session),
      // c3voc slug '{acronym}-{id}-{name}'; the id keeps it unique when two sessions share a slug.
      slug: `${acronym}-${id}-${slugify(session.slug) || 'session'}`,
      url: session.url,
      title: plainText(session.title).trim(),
      subtitle: null,
      track: trackOf(session),
      type: frabTypes[session.kind],
      language: 'en',
      abstract: plainText(session.abstract).trim(),
      description: sessionDescription(session),
      persons: session.people.map((person) => {
        const bio = plainText(person.shortBio ?? '').trim()
        const personId = integerIdOf(person.id)
        return {
          guid: stableUuid(namespace, `person:${person.id}`),
          ...(personId === undefined ? {} : { id: personId }),
          name: plainText(person.name).trim(),
          url: person.url,
          ...(bio ? { biography: bio } : {}),
        }
      }),
      links: (session.links ?? []).map((link) => ({ title: plainText(link.title ?? '').trim() || link.kind, url: link.url })),
      attachments: [],
      ...recordingOf(session),
    }
  }

  // A day is a local calendar date in the event's zone, not a UTC date: an evening session in
  // California is on the next day in UTC but on the same day of the agenda. The event's own dates
  // count too, so a day's bounds cover the doors opening and a day without sessions still exists.
  const spans: Span[] = [
    ...event.dates.map(({ end, start }) => ({ end, start })),
    ...sessions.map((session) => ({ end: session.endsAt, session, start: session.startsAt })),
  ]
  if (spans.length === 0) spans.push({ end: event.endsAt, start: event.startsAt })
  const spansByDate = new Map<string, Span[]>()
  for (const span of spans) {
    const date = dayOf(span.start)
    spansByDate.set(date, [...(spansByDate.get(date) ?? []), span])
  }

  const roomNames = [...new Set(sessions.map(roomOf))]
  const days: FrabDay[] = [...spansByDate.keys()].sort().map((date, index) => {
    const daySpans = spansByDate.get(date) ?? []
    const first = Math.min(...daySpans.map((span) => Date.parse(span.start)))
    const last = Math.max(...daySpans.map((span) => Date.parse(span.end)))
    const daySessions = daySpans.flatMap((span) => (span.session ? [span.session] : []))
    const rooms = roomNames
      .map((name) => [name, daySessions.filter((session) => roomOf(session) === name).map(toEvent)] as const)
      .filter(([, events]) => events.length > 0)
    return {
      index: index + 1,
      date,
      day_start: toZoned(new Date(first), timeZone).iso,
      day_end: toZoned(new Date(last), timeZone).iso,
      // fromEntries defines own properties, so a room called '__proto__' stays a room.
      rooms: Object.fromEntries(rooms),
    }
  })

  // The coarsest grid every start and duration falls on, so clients draw the agenda without rounding.
  const slot = sessions.reduce(
    (gcd, session) =>
      greatestCommonDivisor(
        greatestCommonDivisor(gcd, Math.round(minutesBetween(session.startsAt, session.endsAt))),
        toZoned(session.startsAt, timeZone).minuteOfDay,
      ),
    0,
  )

  return {
    version: schedule.version,
    base_url: schedule.siteUrl,
    conference: {
      acronym,
      title: plainText(event.title).trim(),
      // Dates, not date-times: readers such as ConfClerk compare them with the days' dates.
      start: dayOf(event.startsAt),
      end: dayOf(event.endsAt),
      daysCount: days.length,
      timeslot_duration: hoursMinutes(slot > 0 && slot <= 60 ? slot : 15),
      ...(schemaTimeZone.test(timeZone) ? { time_zone_name: timeZone } : {}),
      url: event.url,
      rooms: roomNames.map((name) => {
        const slug = slugify(name)
        return {
          name,
          guid: stableUuid(namespace, `room:${event.id}:${name}`),
          ...(slug.length >= 2 ? { slug } : {}),
        }
      }),
      tracks: [...new Set(sessions.map(trackOf).filter(Boolean))].map((name) => {
        const slug = slugify(name)
        // The XSD wants a track slug to start with a letter; schema.json only forbids a trailing hyphen.
        return /^[a-z][a-z0-9-]+$/.test(slug) ? { name, slug } : { name }
      }),
      days,
    },
  }
}

/** schedule.json in the shape of c3voc's schema.json (draft-06). */
export function renderFrabJson(schedule: ScheduleExport): string {
  const built = buildFrabSchedule(schedule)
  // schema.json has no <recording> element on events (its recording_license and do_not_record say the same).
  const days = built.conference.days.map((day) => ({
    ...day,
    rooms: Object.fromEntries(Object.entries(day.rooms).map(([room, events]) => [room, events.map(({ recording: _xmlOnly, ...event }) => event)])),
  }))
  const document = {
    $schema: frabJsonSchemaUrl,
    generator: { name: generatorName },
    schedule: { ...built, conference: { ...built.conference, days } },
  }
  return `${JSON.stringify(document, null, 2)}\n`
}

/** schedule.xml valid against c3voc's schedule.xml.xsd. */
export function renderFrabXml(schedule: ScheduleExport): string {
  const { conference, base_url, version } = buildFrabSchedule(schedule)
  const timeZone = schedule.event.timezone
  // Every string goes through xmlText so the builder escapes it exactly once; the replacement only guards
  // against a future field that was not cleaned.
  const document = create({ encoding: 'UTF-8', invalidCharReplacement: '', version: '1.0' })
  const root = document.ele('schedule')
  root.ele('generator', xmlAttributes({ name: generatorName }))
  root.ele('version').txt(xmlText(version))

  const conferenceElement = root.ele('conference')
  const field = (name: string, value: number | string) => conferenceElement.ele(name).txt(xmlText(String(value)))
  field('acronym', conference.acronym)
  field('title', conference.title)
  field('start', conference.start)
  field('end', conference.end)
  field('days', conference.daysCount)
  field('timeslot_duration', conference.timeslot_duration)
  // The XSD takes any string here, so the name is kept even where schema.json's pattern would drop it.
  field('time_zone_name', timeZone)
  if (httpUrl.test(base_url)) field('base_url', base_url)
  if (httpUrl.test(conference.url)) field('url', conference.url)
  for (const track of conference.tracks) {
    const attributes: Record<string, string> = track.slug ? { name: track.name, slug: track.slug } : { name: track.name }
    conferenceElement.ele('track', xmlAttributes(attributes))
  }

  const roomGuids = new Map(conference.rooms.map((room) => [room.name, room.guid]))
  for (const day of conference.days) {
    const dayElement = root.ele(
      'day',
      xmlAttributes({ date: day.date, end: day.day_end, index: String(day.index), start: day.day_start }),
    )
    for (const [roomName, events] of Object.entries(day.rooms)) {
      const roomGuid = roomGuids.get(roomName)
      const attributes: Record<string, string> = roomGuid ? { guid: roomGuid, name: roomName } : { name: roomName }
      const roomElement = dayElement.ele('room', xmlAttributes(attributes))
      for (const event of events) {
        const eventElement = roomElement.ele('event', xmlAttributes({ guid: event.guid, id: String(event.id) }))
        const child = (name: string, value: string) => eventElement.ele(name).txt(xmlText(value))
        child('date', event.date)
        child('start', event.start)
        child('duration', event.duration)
        child('room', event.room)
        child('slug', event.slug)
        if (httpUrl.test(event.url)) child('url', event.url)
        child('title', event.title)
        child('track', event.track)
        child('type', event.type)
        child('language', event.language)
        child('abstract', event.abstract)
        child('description', event.description)
        const personsElement = eventElement.ele('persons')
        for (const person of event.persons) {
          const attributes: Record<string, string> = { guid: person.guid }
          if (person.id !== undefined) attributes.id = String(person.id)
          personsElement.ele('person', xmlAttributes(attributes)).txt(xmlText(person.name))
        }
        if (event.recording) {
          const recording = eventElement.ele('recording')
          recording.ele('license').txt(xmlText(event.recording.license))
          recording.ele('optout').txt(String(event.recording.optout))
          if (event.recording.url) recording.ele('url').txt(xmlText(event.recording.url))
        }
        const linksElement = eventElement.ele('links')
        for (const link of event.links) linksElement.ele('link', xmlAttributes({ href: link.url })).txt(xmlText(link.title))
        eventElement.ele('attachments')
      }
    }
  }

  return document.end({ prettyPrint: true })
}
