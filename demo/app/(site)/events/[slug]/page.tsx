// The event page: everything the original @Scale page shows, from CMS data. Static, prerendered per
// event and expired on demand (cache tag) when content changes. Client code: local times, the
// visitor's starred sessions (kept in the browser) and, while the event runs, now and next.
import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'

import { calendarDay, eventJsonLd, type EventPageData, excerpt, formatClock, formatDay, formatSittings, generatedSocialImage, initialsOf, type ParticipantView, type PersonView, serializeJsonLd, type SessionView, toScheduleExport, zoneLabel } from 'talk-notes/site'

import { eventFormatLabels, participantRoles, registrationStatuses } from 'talk-notes'
import { getEventPage, getStaticSlugs } from '../../../../site/cached'
import { EventList, eventPhase, eventPlace } from '../../_components/EventList'
import { LocalTime } from '../../_components/LocalTime'
import { NoteList } from '../../_components/NoteList'
import { SessionLinks, SessionVideo } from '../../_components/SessionLinks'
import { NowNext } from '../../_components/NowNext'
import { ReadMore } from '../../_components/ReadMore'
import { MyAgenda, StarButton } from '../../_components/PersonalAgenda'

// Content changes expire the page on demand; the hourly refresh only updates "past"/"upcoming" labels.
export const revalidate = 3600

interface Props {
  params: Promise<{ slug: string }>
}

export function generateStaticParams() {
  return getStaticSlugs('events')
}

const kindLabels: Record<SessionView['kind'], string> = {
  break: 'Break',
  keynote: 'Keynote',
  meal: 'Meal',
  panel: 'Panel / Q&A',
  remarks: 'Remarks',
  social: 'Social',
  talk: 'Talk',
}
/** Breaks and meals are on everyone's agenda: nothing to star. */
const starrable = (session: SessionView) => session.kind !== 'break' && session.kind !== 'meal' && session.status !== 'cancelled'
const roleLabel = (role: ParticipantView['role']) =>
  participantRoles.find((option) => option.value === role)?.label ?? role

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const data = await getEventPage(slug)
  if (!data) return { title: 'Event not found' }
  const { event } = data
  const description = event.summary || excerpt(event.descriptionText, 200)
  const url = `/events/${event.slug}`
  const image = generatedSocialImage(event.title, event.series?.name, description)
  return {
    alternates: {
      canonical: url,
      types: { 'text/calendar': `${url}/schedule.ics` },
    },
    description,
    openGraph: { description, images: [image], siteName: 'talk-notes', title: event.title, type: 'website', url },
    title: event.title,
    twitter: { card: 'summary_large_image', description, images: [image], title: event.title },
  }
}

/** People in order of first appearance on the agenda, each once. */
function peopleOf(sessions: SessionView[]): PersonView[] {
  const seen = new Map<string, PersonView>()
  for (const session of sessions) for (const person of session.people) if (!seen.has(person.slug)) seen.set(person.slug, person)
  return [...seen.values()]
}

interface Day {
  date: string
  groups: SessionView[][]
}

/** Sessions by day on the event's calendar; overlapping sessions (parallel tracks) form one group. */
function agendaDays(sessions: SessionView[], timeZone: string): Day[] {
  const days: Day[] = []
  let groupEnd = 0
  for (const session of sessions) {
    const date = calendarDay(session.startsAt, timeZone)
    let day = days[days.length - 1]
    if (!day || day.date !== date) {
      day = { date, groups: [] }
      days.push(day)
      groupEnd = 0
    }
    const start = Date.parse(session.startsAt)
    const group = day.groups[day.groups.length - 1]
    if (group && start < groupEnd) group.push(session)
    else day.groups.push([session])
    groupEnd = Math.max(groupEnd, Date.parse(session.endsAt))
  }
  return days
}

function byTrack(sessions: SessionView[]): Array<[string, SessionView[]]> {
  const tracks = new Map<string, SessionView[]>()
  for (const session of sessions) {
    const name = session.track || session.room || 'Main'
    tracks.set(name, [...(tracks.get(name) ?? []), session])
  }
  return [...tracks.entries()].sort(([a], [b]) => a.localeCompare(b))
}

function Session({ data, session }: { data: EventPageData; session: SessionView }) {
  const { event } = data
  const zone = zoneLabel(event.timezone, session.startsAt)
  return (
    <article aria-labelledby={`session-${session.slug}-title`} className={`session session--${session.kind}`} data-status={session.status} id={`session-${session.slug}`}>
      <p className="session__time">
        <time dateTime={session.startsAt}>{formatClock(session.startsAt, event.timezone)}</time>
        {' – '}
        <time dateTime={session.endsAt}>{formatClock(session.endsAt, event.timezone)}</time>{' '}
        <span className="session__zone">{zone}</span>
        <LocalTime end={session.endsAt} eventTimeZone={event.timezone} start={session.startsAt} />
      </p>
      <div className="session__body">
        <p className="session__kind">
          <span className="badge">{kindLabels[session.kind]}</span>
          {session.status === 'cancelled' ? <span className="badge badge--cancelled">Cancelled</span> : null}
          {session.track ? <span className="session__track"> · {session.track}</span> : null}
          {session.room ? <span className="session__room"> · {session.room}</span> : null}
        </p>
        <h4 className="session__title" id={`session-${session.slug}-title`}>
          {session.title}
        </h4>
        {session.abstractHtml ? (
          // Sanitised by lexicalToHtml (strict allowlist) in the loader.
          <div className="session__abstract prose" dangerouslySetInnerHTML={{ __html: session.abstractHtml }} />
        ) : null}
        {session.people.length ? (
          <ul className="session__people">
            {session.people.map((person) => (
              <li data-role={person.role} key={`${person.role}-${person.slug}`}>
                <span className="role">{roleLabel(person.role)}</span>{' '}
                <Link href={`/speakers/${person.slug}`}>{person.name}</Link>
                {person.organization ? <span className="organization">, {person.organization}</span> : null}
              </li>
            ))}
          </ul>
        ) : null}
        {session.featuredArticles.map((article) => (
          <aside aria-label={`Featured Article: ${article.title}`} className="featured-article" key={article.id}>
            <p className="featured-article__label">Featured Article</p>
            <p>
              <Link href={`/notes/${article.slug}`}>{article.title}</Link>
            </p>
          </aside>
        ))}
        <SessionLinks links={session.links} title={session.title} />
                  <SessionVideo video={session.video} />
        <p className="session__tools">
          {starrable(session) ? <StarButton event={event.slug} slug={session.slug} title={session.title} /> : null}
          <a download href={`/events/${event.slug}/sessions/${session.slug}/calendar.ics`}>
            Add to calendar<span className="visually-hidden">: {session.title}</span>
          </a>
        </p>
      </div>
    </article>
  )
}

export default async function EventPage({ params }: Props) {
  const { slug } = await params
  const data = await getEventPage(slug)
  if (!data) notFound()
  const { event } = data
  const now = Date.now()
  const phase = eventPhase(event, now)
  const schedule = toScheduleExport(data)
  const days = agendaDays(data.sessions, event.timezone)
  const people = peopleOf(data.sessions)
  const place = eventPlace(event)
  const registration = registrationStatuses.find((status) => status.value === event.registrationStatus)?.label
  const exportBase = `/events/${event.slug}`
  const agendaZone = zoneLabel(event.timezone, event.startsAt)
  const sittings = formatSittings(event.dates, event.timezone)
  const starOrder = data.sessions.filter(starrable).map((session) => session.slug)

  return (
    <>
      <script dangerouslySetInnerHTML={{ __html: serializeJsonLd(eventJsonLd(schedule)) }} type="application/ld+json" />
      <article className="event" data-phase={phase}>
        <header className="event__header">
          {event.series ? (
            <p className="eyebrow">
              <Link href={`/notes?series=${event.series.slug}`}>{event.series.name}</Link>
            </p>
          ) : null}
          <h1>{event.title}</h1>
          <div className="event__when">
            <ul className="event__sittings">
              {sittings.map((sitting) => (
                <li key={sitting.dateTime}>
                  <time dateTime={sitting.dateTime}>{sitting.text}</time>
                </li>
              ))}
            </ul>
            {place ? <p className="event__place">{place}</p> : null}
          </div>
          <dl className="event__facts">
            <div>
              <dt>Status</dt>
              <dd>
                <span className={`badge${phase === 'live' ? ' badge--live' : phase === 'upcoming' ? ' badge--accent' : ''}`}>
                  {phase === 'live' ? 'Happening now' : phase === 'past' ? 'Past event' : 'Upcoming'}
                </span>
              </dd>
            </div>
            <div>
              <dt>Format</dt>
              <dd>{eventFormatLabels[event.format]}</dd>
            </div>
            {event.venue?.address ? (
              <div>
                <dt>Address</dt>
                <dd>{event.venue.address}</dd>
              </div>
            ) : null}
            <div>
              <dt>Registration</dt>
              <dd className="registration-status">
                {event.registrationUrl && (event.registrationStatus === 'open' || event.registrationStatus === 'waitlist') && phase !== 'past' ? (
                  <a href={event.registrationUrl}>{registration}</a>
                ) : (
                  registration
                )}
              </dd>
            </div>
          </dl>
          {/* The livestream only while it can be watched: before and during the event, never after. */}
          {event.livestreamUrl && phase !== 'past' ? (
            <p className="event__livestream">
              <a className="button" href={event.livestreamUrl}>
                {phase === 'live' ? 'Watch the livestream now' : 'Watch the livestream'}
              </a>
            </p>
          ) : null}
          {phase !== 'past' ? (
            <NowNext
              sessions={data.sessions
                .filter((session) => session.status !== 'cancelled')
                .map(({ endsAt, slug, startsAt, title }) => ({ endsAt, slug, startsAt, title }))}
              timeZone={event.timezone}
            />
          ) : null}
          <nav aria-label="On this page" className="event__nav">
            <ul>
              <li>
                <a href="#agenda">Agenda</a>
              </li>
              <li>
                <a href="#speakers">Speakers</a>
              </li>
              {data.articles.length ? (
                <li>
                  <a href="#latest-notes">Latest notes</a>
                </li>
              ) : null}
            </ul>
          </nav>
        </header>

        {event.descriptionHtml ? (
          // Sanitised by lexicalToHtml (strict allowlist) in the loader.
          <div className="event__description prose" dangerouslySetInnerHTML={{ __html: event.descriptionHtml }} />
        ) : null}

        <section aria-labelledby="agenda-heading" className="section" id="agenda">
          <h2 id="agenda-heading">Event agenda</h2>
          <p>Event times below are displayed in {agendaZone}.</p>
          <p className="exports">
            <a download href={`${exportBase}/schedule.ics`}>
              Add the agenda to your calendar (.ics)
            </a>{' '}
            · <a href={`${exportBase}/schedule.xml`}>Schedule XML (frab)</a> ·{' '}
            <a href={`${exportBase}/schedule.json`}>Schedule JSON</a>
          </p>
          {starOrder.length ? <MyAgenda event={event.slug} order={starOrder} /> : null}
          {days.length === 0 ? <p>The agenda is not published yet.</p> : null}
          {days.map((day) => (
            <section aria-labelledby={`day-${day.date}`} className="agenda-day" key={day.date}>
              <h3 id={`day-${day.date}`}>
                <time dateTime={day.date}>{formatDay(day.groups[0][0].startsAt, event.timezone)}</time>
              </h3>
              <ol className="agenda">
                {day.groups.map((group) => {
                  const tracks = group.length > 1 ? byTrack(group) : []
                  if (tracks.length > 1) {
                    return (
                      <li className="agenda__parallel" key={group[0].id}>
                        {tracks.map(([track, sessions]) => (
                          <section aria-label={track} className="agenda__track" key={track}>
                            <p className="agenda__track-name">{track}</p>
                            {sessions.map((session) => (
                              <Session data={data} key={session.id} session={session} />
                            ))}
                          </section>
                        ))}
                      </li>
                    )
                  }
                  return group.map((session) => (
                    <li key={session.id}>
                      <Session data={data} session={session} />
                    </li>
                  ))
                })}
              </ol>
            </section>
          ))}
        </section>

        <section aria-labelledby="speakers-heading" className="section" id="speakers">
          <h2 id="speakers-heading">Speakers and moderators</h2>
          <ul className="people-grid">
            {people.map((person) => (
              <li key={person.slug}>
                <article className="person-card">
                  {person.imageAvatar ? (
                    <img
                      alt={person.imageAvatar.alt}
                      className="avatar"
                      height={person.imageAvatar.height}
                      loading="lazy"
                      src={person.imageAvatar.url}
                      srcSet={person.imageAvatar.srcSet}
                      width={person.imageAvatar.width}
                    />
                  ) : (
                    <span aria-hidden="true" className="avatar avatar--initials">
                      {initialsOf(person.name)}
                    </span>
                  )}
                  <h3>
                    <Link href={`/speakers/${person.slug}`}>{person.name}</Link>
                  </h3>
                  {person.organization ? <p className="organization">{person.organization}</p> : null}
                  {person.shortBio ? (
                    <p className="bio">
                      {/* The short bio as the speaker approved it (at most 400 characters), never re-cut; the speaker page has the rest. */}
                      {person.shortBio}
                      <ReadMore href={`/speakers/${person.slug}`} title={person.name} />
                    </p>
                  ) : null}
                </article>
              </li>
            ))}
          </ul>
        </section>

        {data.articles.length ? (
          <section aria-labelledby="latest-notes-heading" className="section" id="latest-notes">
            <h2 id="latest-notes-heading">Latest notes</h2>
            <NoteList notes={data.articles} />
          </section>
        ) : null}

        {data.otherEvents.length ? (
          <section aria-labelledby="other-events-heading" className="section" id="other-events">
            <h2 id="other-events-heading">Other events</h2>
            <EventList events={data.otherEvents} now={now} />
          </section>
        ) : null}
      </article>
    </>
  )
}
