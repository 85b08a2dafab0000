// schema.org JSON-LD for event and article pages, and its safe embedding in a <script> element.
// Pure data in, plain objects out: the pages and any API share this one description of an event.
import type { ScheduleExport, SchedulePerson, ScheduleSession } from './schedule/types.ts'

import { sessionLinkTitles } from '../types.ts'
import { plainText, toZoned } from './schedule/types.ts'

type JsonLd = Record<string, unknown>

const attendanceModes: Record<ScheduleExport['event']['format'], string> = {
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
  'in-person': 'https://schema.org/OfflineEventAttendanceMode',
  virtual: 'https://schema.org/OnlineEventAttendanceMode',
}

// Breaks and meals are on the agenda but are not events anyone searches for or attends on their own.
const agendaOnlyKinds = new Set<ScheduleSession['kind']>(['break', 'meal'])

/** Spreads `{ [key]: value }` only when the value is a non-empty string, so optional fields stay absent. */
function optional(key: string, value: string | undefined): JsonLd {
  const text = plainText(value ?? '').trim()
  return text ? { [key]: text } : {}
}

function personJsonLd(person: SchedulePerson): JsonLd {
  const organization = plainText(person.organization ?? '').trim()
  return {
    '@type': 'Person',
    name: plainText(person.name).trim(),
    url: person.url,
    ...optional('jobTitle', person.jobTitle),
    ...optional('description', person.shortBio),
    ...(organization ? { worksFor: { '@type': 'Organization', name: organization } } : {}),
  }
}

/** The venue (or the room inside it) and, for hybrid and virtual events, where to watch. */
function locationJsonLd(schedule: ScheduleExport, room?: string): JsonLd | JsonLd[] {
  const { event } = schedule
  const places: JsonLd[] = []
  if (event.format !== 'virtual') {
    const venue = {
      '@type': 'Place',
      name: plainText(event.venue?.name ?? '').trim() || plainText(event.title).trim(),
      ...optional('address', event.venue?.address),
    }
    const roomName = plainText(room ?? '').trim()
    places.push(roomName ? { '@type': 'Place', containedInPlace: venue, name: roomName } : venue)
  }
  if (event.format !== 'in-person') {
    // schema.org requires a url on VirtualLocation; the event page is where the stream is linked from.
    places.push({ '@type': 'VirtualLocation', url: event.livestreamUrl || event.url })
  }
  return places.length === 1 ? places[0] : places
}

/**
 * After the event: the recording (or video) as `recordedIn` VideoObjects, the slides as the
 * session's `subjectOf` PresentationDigitalDocument; other links are not described.
 */
function afterEventJsonLd(session: ScheduleSession): JsonLd {
  const links = session.links ?? []
  const name = (link: NonNullable<ScheduleSession['links']>[number]) =>
    plainText(link.title ?? '').trim() || `${sessionLinkTitles[link.kind]}: ${plainText(session.title).trim()}`
  const videos = links
    .filter((link) => link.kind === 'recording' || link.kind === 'video')
    .map((link) => ({ '@type': 'VideoObject', name: name(link), url: link.url }))
  const slides = links
    .filter((link) => link.kind === 'slides')
    .map((link) => ({ '@type': 'PresentationDigitalDocument', name: name(link), url: link.url }))
  const one = (items: JsonLd[]) => (items.length === 1 ? items[0] : items)
  return {
    ...(videos.length ? { recordedIn: one(videos) } : {}),
    ...(slides.length ? { subjectOf: one(slides) } : {}),
  }
}

function sessionJsonLd(schedule: ScheduleExport, session: ScheduleSession): JsonLd {
  const { timezone } = schedule.event
  const performers = session.people.filter((person) => person.role === 'speaker' || person.role === 'panelist')
  const organizers = session.people.filter((person) => person.role === 'moderator' || person.role === 'host')
  return {
    '@type': 'Event',
    '@id': session.url,
    name: plainText(session.title).trim(),
    url: session.url,
    startDate: toZoned(session.startsAt, timezone).iso,
    endDate: toZoned(session.endsAt, timezone).iso,
    eventAttendanceMode: attendanceModes[schedule.event.format],
    eventStatus: 'https://schema.org/EventScheduled',
    location: locationJsonLd(schedule, session.room),
    ...optional('description', session.abstract),
    ...(performers.length > 0 ? { performer: performers.map(personJsonLd) } : {}),
    ...(organizers.length > 0 ? { organizer: organizers.map(personJsonLd) } : {}),
    ...afterEventJsonLd(session),
  }
}

/** A schema.org Event for the event page, with each talk, panel or keynote as a subEvent. */
export function eventJsonLd(schedule: ScheduleExport): JsonLd {
  const { event } = schedule
  const subEvents = schedule.sessions
    .filter((session) => !agendaOnlyKinds.has(session.kind))
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
    .map((session) => sessionJsonLd(schedule, session))
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': `${event.url}#event`,
    name: plainText(event.title).trim(),
    url: event.url,
    ...optional('description', event.summary || event.description),
    startDate: toZoned(event.startsAt, event.timezone).iso,
    endDate: toZoned(event.endsAt, event.timezone).iso,
    eventAttendanceMode: attendanceModes[event.format],
    eventStatus: 'https://schema.org/EventScheduled',
    location: locationJsonLd(schedule),
    ...(event.series
      ? { superEvent: { '@type': 'EventSeries', name: plainText(event.series.name).trim(), url: event.series.url } }
      : {}),
    ...(subEvents.length > 0 ? { subEvent: subEvents } : {}),
  }
}

export interface ArticleJsonLdInput {
  authors: Array<{ name: string; url: string }>
  dateModified: string
  datePublished: string
  description: string
  event?: { name: string; url: string }
  image?: string
  sessions: Array<{ name: string; url: string }>
  title: string
  url: string
}

/** A schema.org Article for a talk note, `about` the sessions it covers and their event. */
export function articleJsonLd(input: ArticleJsonLdInput): JsonLd {
  const about = [
    ...input.sessions.map((session) => ({ '@type': 'Event', name: plainText(session.name).trim(), url: session.url })),
    ...(input.event ? [{ '@type': 'Event', name: plainText(input.event.name).trim(), url: input.event.url }] : []),
  ]
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: plainText(input.title).trim(),
    ...optional('description', input.description),
    url: input.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    datePublished: input.datePublished,
    dateModified: input.dateModified,
    ...(input.image ? { image: input.image } : {}),
    author: input.authors.map((author) => ({ '@type': 'Person', name: plainText(author.name).trim(), url: author.url })),
    ...(about.length > 0 ? { about } : {}),
  }
}

const scriptUnsafe: Record<string, string> = {
  '&': '\\u0026',
  '<': '\\u003c',
  '>': '\\u003e',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
}

/**
 * JSON for `<script type="application/ld+json">`: the HTML parser ends the script at the first '</script'
 * whatever JSON thinks, so '<', '>' and '&' become \u escapes (still the same JSON), as do U+2028/U+2029,
 * which older JavaScript parsers treat as line breaks.
 */
export function serializeJsonLd(value: unknown): string {
  const json = JSON.stringify(value) ?? 'null'
  return json.replace(/[<>&\u2028\u2029]/g, (character) => scriptUnsafe[character] ?? character)
}
