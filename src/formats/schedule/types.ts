// Input shape of the schedule formats (iCalendar, frab XML/JSON, JSON-LD) and the few pure helpers they
// share: stable ids, wall-clock times in the event's zone, and text that is safe for every format.
import { createHash } from 'node:crypto'

export type SessionKind = 'break' | 'keynote' | 'meal' | 'panel' | 'remarks' | 'social' | 'talk'

export type AttendanceFormat = 'hybrid' | 'in-person' | 'virtual'

export interface SchedulePerson {
  id: number | string
  jobTitle?: string
  name: string
  organization?: string
  role: 'host' | 'moderator' | 'panelist' | 'speaker'
  shortBio?: string
  slug: string
  /** Absolute URL of the person's public page. */
  url: string
}

export interface ScheduleSession {
  /** Plain text, never HTML. */
  abstract: string
  /** ISO 8601 instant, UTC. */
  endsAt: string
  id: number | string
  kind: SessionKind
  people: SchedulePerson[]
  room?: string
  slug: string
  /** ISO 8601 instant, UTC. */
  startsAt: string
  title: string
  track?: string
  /** Absolute URL of the session's public page. */
  url: string
}

export interface ScheduleEvent {
  dates: Array<{ end: string; format?: AttendanceFormat; label?: string; start: string }>
  description: string
  endsAt: string
  format: AttendanceFormat
  id: number | string
  livestreamUrl?: string
  series?: { name: string; slug: string; url: string }
  slug: string
  startsAt: string
  summary?: string
  /** IANA zone the agenda is printed in, e.g. 'America/Los_Angeles'. */
  timezone: string
  title: string
  url: string
  venue?: { address?: string; name?: string }
}

/** Everything one export needs, already loaded and access-filtered by the caller. */
export interface ScheduleExport {
  event: ScheduleEvent
  sessions: ScheduleSession[]
  /** Origin of the public site, e.g. 'https://talks.example.org'. */
  siteUrl: string
  /**
   * Schedule version; an ISO timestamp (the latest `updatedAt` of the event and its sessions) is expected,
   * because the iCalendar DTSTAMP is taken from it to keep unchanged data byte-stable.
   */
  version: string
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** RFC 4122 namespace for URLs; `stableUuid(urlNamespace, url)` equals Python's `uuid5(NAMESPACE_URL, url)`. */
export const urlNamespace = '6ba7b811-9dad-11d1-80b4-00c04fd430c8'

/**
 * Deterministic RFC 4122 version-5 UUID of `name` in `namespace`, so an exported session keeps its guid
 * across renders. A namespace that is not itself a UUID is first turned into one with the URL namespace,
 * which keeps 'ab' + 'c' and 'a' + 'bc' apart and stays interoperable with other uuid5 implementations.
 */
export function stableUuid(namespace: string, name: string): string {
  const namespaceUuid = uuidPattern.test(namespace) ? namespace : stableUuid(urlNamespace, namespace)
  const namespaceBytes = Buffer.from(namespaceUuid.replace(/-/g, ''), 'hex')
  const bytes = createHash('sha1').update(namespaceBytes).update(name, 'utf8').digest().subarray(0, 16)
  bytes[6] = (bytes[6] & 0x0f) | 0x50
  bytes[8] = (bytes[8] & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/**
 * Removes characters that XML 1.0 cannot carry at all and that iCalendar TEXT forbids (C0/C1 controls other
 * than tab and newline, lone surrogates, U+FFFE/U+FFFF), and normalises line breaks to '\n'.
 * Escaping is left to each format; this only drops what no escaping can represent.
 */
export function plainText(input: string): string {
  return input
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
}

export interface ZonedDateTime {
  /** 'YYYY-MM-DD' on the zone's calendar. */
  date: string
  /** ISO 8601 with the zone's offset at that instant, e.g. '2024-09-11T08:30:00-07:00'. */
  iso: string
  /** Minutes since local midnight. */
  minuteOfDay: number
  /** 'HH:MM' on the zone's clocks. */
  time: string
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      day: '2-digit',
      hour: '2-digit',
      // h23, not hour12: false, which prints midnight as '24' on some ICU versions.
      hourCycle: 'h23',
      minute: '2-digit',
      month: '2-digit',
      second: '2-digit',
      timeZone,
      year: 'numeric',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0')

/** An instant as seen on the clocks of an IANA zone, with the offset in force at that instant. */
export function toZoned(instant: Date | string, timeZone: string): ZonedDateTime {
  const time = typeof instant === 'string' ? Date.parse(instant) : instant.getTime()
  if (Number.isNaN(time)) throw new Error(`expected an ISO 8601 instant, got "${String(instant)}"`)
  const seconds = Math.floor(time / 1000) * 1000
  const parts = formatterFor(timeZone).formatToParts(new Date(seconds))
  const value = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value)
  const [year, month, day] = [value('year'), value('month'), value('day')]
  const [hour, minute, second] = [value('hour'), value('minute'), value('second')]
  const offset = Math.round((Date.UTC(year, month - 1, day, hour, minute, second) - seconds) / 60_000)
  const sign = offset < 0 ? '-' : '+'
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`
  const clock = `${pad(hour)}:${pad(minute)}`
  return {
    date,
    iso: `${date}T${clock}:${pad(second)}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`,
    minuteOfDay: hour * 60 + minute,
    time: clock,
  }
}

const roleLabels: Record<SchedulePerson['role'], [singular: string, plural: string]> = {
  host: ['Host', 'Hosts'],
  moderator: ['Moderator', 'Moderators'],
  panelist: ['Panelist', 'Panelists'],
  speaker: ['Speaker', 'Speakers'],
}

/** 'Name (Organization)', the way people are credited in plain-text exports. */
export function creditName(person: SchedulePerson): string {
  const name = plainText(person.name).trim()
  const organization = plainText(person.organization ?? '').trim()
  return organization ? `${name} (${organization})` : name
}

/**
 * One line per role, e.g. 'Speakers: Ada Lovelace (Meta), Grace Hopper (Meta)' and 'Moderator: …',
 * so a calendar or schedule app shows who is on stage and who moderates.
 */
export function creditLines(people: SchedulePerson[]): string[] {
  const order: Array<SchedulePerson['role']> = ['speaker', 'panelist', 'moderator', 'host']
  return order.flatMap((role) => {
    const names = people.filter((person) => person.role === role).map(creditName)
    if (names.length === 0) return []
    const [singular, plural] = roleLabels[role]
    return [`${names.length === 1 ? singular : plural}: ${names.join(', ')}`]
  })
}

/** Abstract followed by the credit lines: the long description used by the calendar and frab exports. */
export function sessionDescription(session: ScheduleSession): string {
  const abstract = plainText(session.abstract).trim()
  return [abstract, creditLines(session.people).join('\n')].filter(Boolean).join('\n\n')
}

/** Sessions in agenda order; ties broken by id so every render lists them identically. */
export function agendaOrder(sessions: ScheduleSession[]): ScheduleSession[] {
  return [...sessions].sort(
    (a, b) =>
      Date.parse(a.startsAt) - Date.parse(b.startsAt) ||
      Date.parse(a.endsAt) - Date.parse(b.endsAt) ||
      String(a.id).localeCompare(String(b.id), 'en', { numeric: true }),
  )
}
