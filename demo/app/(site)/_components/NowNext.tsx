'use client'
// "Now" and "next" while the event runs, on the event's clocks and the visitor's: worked out in the
// browser from the agenda's times (the page itself is static), refreshed every 30 seconds. Before
// the first session, after the last, and before hydration, it shows nothing.
import { useEffect, useState } from 'react'

export interface NowNextSession {
  endsAt: string
  slug: string
  startsAt: string
  title: string
}

const plainSpaces = (text: string) => text.replace(/[\u00A0\u2009\u202F]/g, ' ')

function clock(instant: string, timeZone?: string): string {
  return plainSpaces(new Intl.DateTimeFormat('en-US', { hour: '2-digit', hour12: true, minute: '2-digit', timeZone, timeZoneName: 'short' }).format(new Date(instant)))
}

function When({ session, timeZone }: { session: NowNextSession; timeZone: string }) {
  const visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone
  const event = clock(session.startsAt, timeZone)
  const local = clock(session.startsAt)
  return (
    <time dateTime={session.startsAt}>
      {event}
      {local !== event && visitorZone !== timeZone ? <> (your time: {local})</> : null}
    </time>
  )
}

export function NowNext({ sessions, timeZone }: { sessions: NowNextSession[]; timeZone: string }) {
  const [now, setNow] = useState<null | number>(null)
  useEffect(() => {
    setNow(Date.now())
    const timer = window.setInterval(() => setNow(Date.now()), 30_000)
    return () => window.clearInterval(timer)
  }, [])
  if (now === null || sessions.length === 0) return null
  const first = Math.min(...sessions.map((session) => Date.parse(session.startsAt)))
  const last = Math.max(...sessions.map((session) => Date.parse(session.endsAt)))
  if (now < first - 30 * 60_000 || now >= last) return null

  const current = sessions.filter((session) => Date.parse(session.startsAt) <= now && now < Date.parse(session.endsAt))
  const upcoming = sessions.filter((session) => Date.parse(session.startsAt) > now)
  const nextStart = upcoming.length ? Math.min(...upcoming.map((session) => Date.parse(session.startsAt))) : null
  const next = upcoming.filter((session) => Date.parse(session.startsAt) === nextStart)
  return (
    <section aria-label="Now and next" aria-live="polite" className="now-next">
      <div data-slot="now">
        <p className="eyebrow">Now</p>
        {current.length ? (
          current.map((session) => (
            <p key={session.slug}>
              <a href={`#session-${session.slug}`}>{session.title}</a>, since <When session={session} timeZone={timeZone} />
            </p>
          ))
        ) : (
          <p>Nothing on right now.</p>
        )}
      </div>
      {next.length ? (
        <div data-slot="next">
          <p className="eyebrow">Next</p>
          {next.map((session) => (
            <p key={session.slug}>
              <a href={`#session-${session.slug}`}>{session.title}</a> at <When session={session} timeZone={timeZone} />
            </p>
          ))}
        </div>
      ) : null}
    </section>
  )
}
