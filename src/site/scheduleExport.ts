// The loaded event page as the input of the pure schedule formats (iCalendar, frab XML/JSON, JSON-LD),
// so the page, its JSON-LD and the exports describe the agenda from one load, with the same URLs.
import type { ScheduleExport } from '../formats/schedule/types.ts'
import type { EventPageData } from './types.ts'

export function toScheduleExport(data: EventPageData): ScheduleExport {
  const { event, siteUrl } = data
  // The newest change of the event or any session: the export's version and its iCalendar DTSTAMP.
  const version = [event.updatedAt, ...data.sessions.map((session) => session.updatedAt)].reduce((latest, stamp) =>
    Date.parse(stamp) > Date.parse(latest) ? stamp : latest,
  )
  return {
    event: {
      dayChange: event.dayChange,
      dates: event.dates.map((date) => ({ end: date.end, format: date.format, label: date.label, start: date.start })),
      description: event.descriptionText,
      endsAt: event.endsAt,
      format: event.format,
      id: event.id,
      livestreamUrl: event.livestreamUrl,
      series: event.series
        ? { name: event.series.name, slug: event.series.slug, url: event.series.url }
        : undefined,
      slug: event.slug,
      startsAt: event.startsAt,
      summary: event.summary,
      timezone: event.timezone,
      title: event.title,
      url: event.url,
      venue: event.venue,
    },
    sessions: data.sessions.map((session) => ({
      abstract: session.abstractText,
      endsAt: session.endsAt,
      id: session.id,
      kind: session.kind,
      links: session.links,
      people: session.people.map((person) => ({
        id: person.id,
        jobTitle: person.jobTitle,
        name: person.name,
        organization: person.organization,
        role: person.role,
        shortBio: person.shortBio,
        slug: person.slug,
        url: person.url,
      })),
      recording: session.recording,
      room: session.room,
      sequence: session.sequence,
      slug: session.slug,
      startsAt: session.startsAt,
      status: session.status,
      title: session.title,
      track: session.track,
      url: session.url,
    })),
    siteUrl,
    version: new Date(version).toISOString(),
  }
}
