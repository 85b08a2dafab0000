// Event cards as the "other @Scale events" and home lists show them: status, each sitting with its
// hours, place, series, and the summary with an ellipsis where it stops short.
import Link from 'next/link'

import { type EventCard, formatSittings, teaser } from 'talk-notes/site'

import { ReadMore } from './ReadMore'

export function eventPlace(event: EventCard): string {
  return event.venue?.name || (event.format === 'virtual' ? 'Virtual' : '')
}

/**
 * Past once the last sitting has ended; live during a sitting (not in the week between an in-person
 * day and a virtual one); upcoming otherwise.
 */
export function eventPhase(event: EventCard, now: number): 'live' | 'past' | 'upcoming' {
  if (Date.parse(event.endsAt) < now) return 'past'
  const sittings = event.dates.length ? event.dates : [{ end: event.endsAt, start: event.startsAt }]
  return sittings.some((sitting) => Date.parse(sitting.start) <= now && now < Date.parse(sitting.end)) ? 'live' : 'upcoming'
}

const phaseLabels = { live: 'Happening now', past: 'Past event', upcoming: 'Upcoming event' } as const

export function EventList({ events, headingLevel = 3, now }: { events: EventCard[]; headingLevel?: 2 | 3; now: number }) {
  const Heading = `h${headingLevel}` as const
  return (
    <ul className="event-list">
      {events.map((event) => {
        const phase = eventPhase(event, now)
        const place = eventPlace(event)
        const summary = event.summary ? teaser(event.summary, 180) : null
        return (
          <li key={event.id}>
            <article className="event-card" data-phase={phase}>
              <p className="event-card__meta">
                <span className={`badge${phase === 'live' ? ' badge--live' : phase === 'upcoming' ? ' badge--accent' : ''}`}>
                  {phaseLabels[phase]}
                </span>
                {place ? <> {place}</> : null}
                {event.series ? <> | {event.series.name}</> : null}
              </p>
              <Heading>
                <Link href={`/events/${event.slug}`}>{event.title}</Link>
              </Heading>
              <ul className="event-card__sittings">
                {formatSittings(event.dates, event.timezone).map((sitting) => (
                  <li key={sitting.dateTime}>
                    <time dateTime={sitting.dateTime}>{sitting.text}</time>
                  </li>
                ))}
              </ul>
              {summary ? (
                <p className="card__teaser">
                  {summary.text}
                  {summary.cut ? <ReadMore href={`/events/${event.slug}`} title={event.title} /> : null}
                </p>
              ) : null}
            </article>
          </li>
        )
      })}
    </ul>
  )
}
