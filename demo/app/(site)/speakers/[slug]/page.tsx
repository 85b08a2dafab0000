// A speaker's page: photo, bio and links, sessions across events, notes by or about them.
import type { Metadata } from 'next'

import Link from 'next/link'
import { notFound } from 'next/navigation'

import { participantRoles } from 'talk-notes'
import { getSpeakerPage, getStaticSlugs } from '../../../../site/cached'
import { formatClockRange, formatDate, zoneLabel } from 'talk-notes/site'
import { NoteList } from '../../_components/NoteList'

interface Props {
  params: Promise<{ slug: string }>
}

export function generateStaticParams() {
  return getStaticSlugs('speakers')
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const data = await getSpeakerPage(slug)
  if (!data) return { title: 'Speaker not found' }
  const { speaker } = data
  const description = speaker.shortBio ?? [speaker.jobTitle, speaker.organization].filter(Boolean).join(', ')
  const url = `/speakers/${speaker.slug}`
  const images = speaker.photo ? [{ alt: speaker.photo.alt, height: speaker.photo.height, url: speaker.photo.url, width: speaker.photo.width }] : undefined
  return {
    alternates: { canonical: url },
    description,
    openGraph: { description, images, siteName: 'talk-notes', title: speaker.name, type: 'profile', url },
    title: speaker.name,
    twitter: { card: 'summary', description, images, title: speaker.name },
  }
}

const roleLabel = (role: string) => participantRoles.find((option) => option.value === role)?.label ?? role

export default async function SpeakerPage({ params }: Props) {
  const { slug } = await params
  const data = await getSpeakerPage(slug)
  if (!data) notFound()
  const { notes, sessions, speaker } = data
  return (
    <article className="speaker">
      <header className="speaker__header">
        {speaker.photo ? (
          <img
            alt={speaker.photo.alt}
            className="avatar avatar--large"
            height={speaker.photo.height}
            src={speaker.photo.url}
            srcSet={speaker.photo.srcSet}
            width={speaker.photo.width}
          />
        ) : null}
        <div>
          <h1>{speaker.name}</h1>
          {speaker.jobTitle || speaker.organization ? (
            <p className="speaker__role">{[speaker.jobTitle, speaker.organization].filter(Boolean).join(', ')}</p>
          ) : null}
        </div>
      </header>
      {speaker.fullBio || speaker.shortBio ? (
        <section aria-labelledby="bio-heading" className="section">
          <h2 id="bio-heading">Biography</h2>
          {(speaker.fullBio ?? speaker.shortBio ?? '').split(/\n{2,}/).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </section>
      ) : null}
      {speaker.links.length ? (
        <section aria-labelledby="links-heading" className="section">
          <h2 id="links-heading">Links</h2>
          <ul className="plain-list">
            {speaker.links.map((link) => (
              <li key={link.url}>
                <a href={link.url} rel="noopener noreferrer">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="sessions-heading" className="section">
        <h2 id="sessions-heading">Sessions</h2>
        {sessions.length ? (
          <ul className="plain-list">
            {sessions.map((session) => (
              <li key={session.id}>
                <span className="badge">{session.roles.map(roleLabel).join(', ')}</span>{' '}
                <Link href={`/events/${session.event.slug}#session-${session.slug}`}>{session.title}</Link>
                {' · '}
                <Link href={`/events/${session.event.slug}`}>{session.event.title}</Link>
                {' · '}
                <time dateTime={session.startsAt}>
                  {formatDate(session.startsAt, session.event.timezone)},{' '}
                  {formatClockRange(session.startsAt, session.endsAt, session.event.timezone)}{' '}
                  {zoneLabel(session.event.timezone, session.startsAt)}
                </time>
              </li>
            ))}
          </ul>
        ) : (
          <p>No sessions yet.</p>
        )}
      </section>
      {notes.length ? (
        <section aria-labelledby="notes-heading" className="section">
          <h2 id="notes-heading">Notes</h2>
          <NoteList notes={notes} />
        </section>
      ) : null}
    </article>
  )
}
