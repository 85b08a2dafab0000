// Event cards as the "other @Scale events" and home lists show them: status, date(s), place, series, summary.
import Link from 'next/link'

import { type EventCard, formatDateSpan } from 'talk-notes/site'


export function eventPlace(event: EventCard): string {
  return event.venue?.name || (event.format === 'virtual' ? 'Virtual' : '')
}

export function EventList({ events, headingLevel = 3, now }: { events: EventCard[]; headingLevel?: 2 | 3; now: number }) {
  const Heading = `h${headingLevel}` as const
  return (
    <ul className="event-list">
      {events.map((event) => {
        const past = Date.parse(event.endsAt) < now
        const place = eventPlace(event)
        return (
          <li key={event.id}>
            <article className="event-card">
              <p className="event-card__meta">
                <span className="badge">{past ? 'Past event' : 'Upcoming event'}</span>{' '}
                <time dateTime={event.startsAt}>{formatDateSpan(event.startsAt, event.endsAt, event.timezone)}</time>
                {place ? <> | {place}</> : null}
                {event.series ? <> | {event.series.name}</> : null}
              </p>
              <Heading>
                <Link href={`/events/${event.slug}`}>{event.title}</Link>
              </Heading>
              {event.summary ? <p>{event.summary}</p> : null}
            </article>
          </li>
        )
      })}
    </ul>
  )
}
