'use client'
// Under an article's featured sessions: when each one takes place (its event, date, start and end
// in the event's time zone), read over REST as the signed-in editor, again whenever the field changes.
import { useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { type FeaturedSession, featuredSessionsQuery } from './featuredSessionsQuery.ts'
import { restErrorMessage, useApiRoot } from './rest.ts'
import { cellStyle as cell } from './styles.ts'

export interface FeaturedSessionsScheduleProps {
  /** The plugin's sessions collection (a host may rename it). */
  sessionsSlug: string
}

/** The ids a relationship field's form value holds (plain ids, or `{ relationTo, value }`). */
function idsOf(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  return value
    .map((item: unknown) => (item && typeof item === 'object' ? ((item as { value?: unknown }).value ?? (item as { id?: unknown }).id) : item))
    .filter((id): id is number | string => typeof id === 'number' || typeof id === 'string')
    .map(String)
}

/** Date and start–end time in `timeZone` (the event's), or in UTC when it names no zone, written for `locale`. */
export function sessionTimes(
  startsAt: string,
  endsAt: string,
  timeZone: null | string | undefined,
  locale?: string,
): { date: string; time: string } {
  const start = new Date(startsAt)
  const end = new Date(endsAt)
  const format = (zone: string) => ({
    date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: zone }).format(start),
    time: new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: zone, timeZoneName: 'short' }).formatRange(start, end),
  })
  try {
    return format(timeZone || 'UTC')
  } catch {
    // An unknown zone name is a RangeError: the times are still right in UTC.
    return format('UTC')
  }
}

export function FeaturedSessionsSchedule({ sessionsSlug }: FeaturedSessionsScheduleProps) {
  const root = useApiRoot()
  // The admin's own language, as Payload's date fields use.
  const { i18n } = useTranslation()
  const value = useFormFields(([fields]) => fields.featuredSessions?.value)
  const ids = idsOf(value)
  const key = ids.join(',')
  const [sessions, setSessions] = useState<FeaturedSession[]>([])
  const [error, setError] = useState<null | string>(null)

  useEffect(() => {
    if (key === '') return setSessions([])
    // A later change of the field wins over an answer still on its way.
    const controller = new AbortController()
    fetch(`${root}/${sessionsSlug}?${featuredSessionsQuery(key.split(','))}`, { credentials: 'include', signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) return setError(await restErrorMessage(response))
        setError(null)
        setSessions(((await response.json()) as { docs: FeaturedSession[] }).docs)
      })
      .catch((caught: unknown) => {
        if (!controller.signal.aborted) setError(caught instanceof Error ? caught.message : String(caught))
      })
    return () => controller.abort()
  }, [key, root, sessionsSlug])

  if (ids.length === 0) return null
  // In the field's order, which is the order the article lists them in.
  const shown = ids.map((id) => sessions.find((session) => String(session.id) === id)).filter((session) => session !== undefined)

  return (
    <div aria-label="When the featured sessions take place" className="field-type" role="region" style={{ marginBottom: 24 }}>
      <p className="field-label" style={{ marginBottom: 4 }}>
        When the featured sessions take place
      </p>
      {error ? (
        <p className="field-description" role="alert">
          The sessions could not be loaded: {error}
        </p>
      ) : null}
      {shown.length > 0 ? (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              <th style={cell}>Session</th>
              <th style={cell}>Event</th>
              <th style={cell}>Date</th>
              <th style={cell}>Time (event's time zone)</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((session) => {
              const event = typeof session.event === 'object' && session.event ? session.event : null
              const { date, time } = sessionTimes(session.startsAt, session.endsAt, event?.timezone, i18n.language)
              return (
                <tr data-session={session.id} key={session.id}>
                  <th scope="row" style={cell}>
                    {session.title}
                    {session.status === 'cancelled' ? ' (cancelled)' : ''}
                  </th>
                  <td style={cell}>{event?.title ?? ''}</td>
                  <td style={{ ...cell, whiteSpace: 'nowrap' }}>{date}</td>
                  <td style={{ ...cell, whiteSpace: 'nowrap' }}>{time}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      ) : null}
    </div>
  )
}
