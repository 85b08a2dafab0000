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
  links?: Array<{ kind: 'other' | 'recording' | 'slides' | 'video'; title?: string; url: string }>
  /** frab `<recording>` / c3voc `recording_license` and `do_not_record`. */
  recording?: { license?: string; optOut?: boolean }
  room?: string
  /** iCalendar SEQUENCE (0 when absent). */
  sequence?: number
  slug: string
  /** ISO 8601 instant, UTC. */
  startsAt: string
  /** A cancelled session stays in calendars as CANCELLED and leaves the frab schedule. */
  status?: 'cancelled' | 'scheduled'
  title: string
  track?: string
  /** Absolute URL of the session's public page. */
  url: string
}

export interface ScheduleEvent {
  /** 'HH:MM' (frab day_change): sessions before it are on the previous conference day. */
  dayChange?: string
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

export { toZoned, type ZonedDateTime } from '../../utilities/zonedTime.ts'

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
