// iCalendar (RFC 5545) export of an event's agenda, one VEVENT per session, byte-stable for unchanged data.
// Times are the event's wall-clock times with TZID and the zone's VTIMEZONE (see vtimezone.ts).
import type { ICalLocationWithTitle } from 'ical-generator'

import ical, { escape, ICalCalendarMethod, ICalEventStatus } from 'ical-generator'

import { isTimeZone } from '../../utilities/validators.ts'
import { toZoned } from '../../utilities/zonedTime.ts'

import type { ScheduleExport, ScheduleSession } from './types.ts'

import { agendaOrder, plainText, sessionDescription } from './types.ts'
import { vtimezone } from './vtimezone.ts'

const prodId = { company: 'talk-notes', language: 'EN', product: 'Schedule' }

/** The IANA names of UTC itself (links included), written as UTC times rather than with a TZID. */
const utcZone = /^(?:Etc\/)?(?:UTC|UCT|GMT|GMT[+-]?0|Universal|Zulu|Greenwich)$/

/**
 * DTSTAMP must not be "now", or every request would produce different bytes (and defeat ETags and
 * calendar clients' change detection). A version that is not a date falls back to the event start.
 */
function stampOf(schedule: ScheduleExport): Date {
  const version = Date.parse(schedule.version)
  return new Date(Number.isNaN(version) ? Date.parse(schedule.event.startsAt) : version)
}

function hostOf(siteUrl: string): string {
  try {
    return new URL(siteUrl).host
  } catch {
    throw new Error(`schedule siteUrl must be an absolute URL, got "${siteUrl}"`)
  }
}

/** A single line of TEXT: line breaks would start a new content line in NAME, which ical-generator writes raw. */
function oneLine(text: string): string {
  return plainText(text).replace(/\s*\n\s*/g, ' ').trim()
}

function locationOf(schedule: ScheduleExport, session: ScheduleSession): ICalLocationWithTitle | null {
  const { event } = schedule
  const title = [event.venue?.name, session.room].map((part) => oneLine(part ?? '')).filter(Boolean).join(', ')
  if (title) {
    const address = oneLine(event.venue?.address ?? '')
    return address ? { address, title } : { title }
  }
  // A virtual event has no hall to name; its livestream is where attendees go.
  return event.livestreamUrl ? { title: event.livestreamUrl } : null
}

function buildCalendar(schedule: ScheduleExport, sessions: ScheduleSession[], name = schedule.event.title): string {
  const { event } = schedule
  const host = hostOf(schedule.siteUrl)
  const stamp = stampOf(schedule)
  const calendar = ical({
    method: ICalCalendarMethod.PUBLISH,
    // ical-generator writes NAME and X-WR-CALNAME without escaping, so escape here.
    name: escape(oneLine(name), false),
    prodId,
  })
  // UTC, and a zone the VTIMEZONE library does not know, are written as UTC times ("…Z"): the same
  // instants, never floating times (which a calendar would read in its own zone) and no undefined TZID.
  const component = isTimeZone(event.timezone) && !utcZone.test(event.timezone) ? vtimezone(event.timezone) : null
  const zone = component ? event.timezone : null
  if (zone) calendar.timezone({ generator: () => component, name: zone })
  // ical-generator prints wall-clock strings of the event's zone as given, after TZID; Dates without a
  // zone, in UTC.
  const timeOf = (instant: string) => (zone ? toZoned(instant, zone).iso.slice(0, 19) : new Date(instant))

  for (const session of agendaOrder(sessions)) {
    const categories = [...new Set([session.kind, oneLine(session.track ?? '')].filter(Boolean))]
    const links = (session.links ?? []).map((link) => `${link.title || link.kind}: ${link.url}`)
    const description = [sessionDescription(session), links.join('\n')].filter(Boolean).join('\n\n')
    calendar.createEvent({
      categories: categories.map((name) => ({ name })),
      description: description || null,
      end: timeOf(session.endsAt),
      id: `session-${session.id}@${host}`,
      location: locationOf(schedule, session),
      // A calendar replaces its copy of an event only when SEQUENCE grows (RFC 5545 3.8.7.4); a cancelled
      // session stays in the feed as CANCELLED so subscribed calendars drop it.
      sequence: session.sequence ?? 0,
      stamp,
      start: timeOf(session.startsAt),
      status: session.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      summary: oneLine(session.title),
      timezone: zone,
      url: session.url,
    })
  }

  // DTSTAMP must be UTC (RFC 5545 3.8.7.2); with a calendar zone ical-generator prints it as local time.
  const utcStamp = stamp.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
  const ics = calendar
    .toString()
    // TIMEZONE-ID is not an RFC 5545 property; X-WR-TIMEZONE, which it writes too, is the common one.
    .replace(/^TIMEZONE-ID:.*\r\n/m, '')
    .replace(/^DTSTAMP:.*$/gm, `DTSTAMP:${utcStamp}`)
  // RFC 5545 ends every content line, END:VCALENDAR included, with CRLF; ical-generator omits the last one.
  return ics.endsWith('\r\n') ? ics : `${ics}\r\n`
}

/** The whole agenda as an .ics file. */
export function renderICalendar(schedule: ScheduleExport): string {
  return buildCalendar(schedule, schedule.sessions)
}

/**
 * A visitor's own agenda: the sessions of `slugs` (those still on the agenda, cancelled ones as
 * CANCELLED), named "My agenda: <event>", for a calendar that subscribes to its URL.
 */
export function renderSelectionICalendar(schedule: ScheduleExport, slugs: readonly string[]): string {
  const wanted = new Set(slugs)
  const sessions = schedule.sessions.filter((session) => wanted.has(session.slug))
  return buildCalendar(schedule, sessions, `My agenda: ${schedule.event.title}`)
}

/** One session as an .ics file ("add to calendar"), or null when the schedule has no such session. */
export function renderSessionICalendar(schedule: ScheduleExport, sessionId: number | string): null | string {
  const session = schedule.sessions.find((candidate) => String(candidate.id) === String(sessionId))
  return session ? buildCalendar(schedule, [session]) : null
}
