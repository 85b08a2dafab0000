// Home: upcoming and past events, and the latest notes.
import type { Metadata } from 'next'

import Link from 'next/link'

import { getHome } from '../../site/cached'
import { EventList } from './_components/EventList'
import { NoteList } from './_components/NoteList'

// Content changes expire the page on demand; the hourly refresh only moves events from upcoming to past.
export const revalidate = 3600

export const metadata: Metadata = {
  alternates: { canonical: '/' },
  openGraph: { siteName: 'talk-notes', title: 'talk-notes', type: 'website', url: '/' },
  title: { absolute: 'talk-notes: events, agendas and talk notes' },
}

export default async function HomePage() {
  const { events, notes } = await getHome()
  const now = Date.now()
  const upcoming = events.filter((event) => Date.parse(event.endsAt) >= now)
  const past = events.filter((event) => Date.parse(event.endsAt) < now).reverse()
  return (
    <>
      <h1 className="page-title">Events and talk notes</h1>
      <section aria-labelledby="upcoming-heading" className="section">
        <h2 id="upcoming-heading">Upcoming events</h2>
        {upcoming.length ? <EventList events={upcoming} now={now} /> : <p>No upcoming events are announced yet.</p>}
      </section>
      <section aria-labelledby="notes-heading" className="section">
        <h2 id="notes-heading">Latest notes</h2>
        {notes.length ? <NoteList notes={notes} /> : <p>No notes are published yet.</p>}
        <p>
          <Link href="/notes">All notes</Link>
        </p>
      </section>
      <section aria-labelledby="past-heading" className="section">
        <h2 id="past-heading">Past events</h2>
        {past.length ? <EventList events={past} now={now} /> : <p>No past events.</p>}
      </section>
    </>
  )
}
