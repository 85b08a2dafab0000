// An event's agenda as the schedule formats (iCalendar for the event and for one session, frab XML
// and JSON), read as a visitor and kept per process until public content changes. Answers carry a
// strong ETag from their bytes, so schedule apps that poll get 304 while nothing changed.
import type { Payload } from 'payload'

import type { ScheduleExport } from '../../formats/schedule/types.ts'

import { contentGeneration } from '../../content/contentChanges.ts'
import { renderFrabJson, renderFrabXml } from '../../formats/schedule/frab.ts'
import { renderICalendar, renderSelectionICalendar, renderSessionICalendar } from '../../formats/schedule/ical.ts'
import { slugPattern } from '../../utilities/slugify.ts'
import { loadEventPage } from '../../site/eventPage.ts'
import { toScheduleExport } from '../../site/scheduleExport.ts'
import { etagMatches, strongEtag } from '../../utilities/etag.ts'
import { talkNotesOptionsOf } from '../../utilities/pluginOptions.ts'

export const scheduleFormats = {
  ics: { contentType: 'text/calendar; charset=utf-8', download: true, render: renderICalendar },
  json: { contentType: 'application/json; charset=utf-8', download: false, render: renderFrabJson },
  xml: { contentType: 'application/xml; charset=utf-8', download: false, render: renderFrabXml },
} as const

export type ScheduleFormat = keyof typeof scheduleFormats

export interface ScheduleRequest {
  /** The event's slug. */
  event: string
  format: ScheduleFormat
  /** One session's slug: that session alone, as iCalendar (the "add to calendar" file). */
  session?: string
}

/** How many sessions one personal agenda URL may name. */
export const maxSelectedSessions = 300

/**
 * A personal agenda's `?sessions=slug,slug` (the sessions a visitor starred), or null when the URL
 * names none; a list that is no list of session slugs is an error a person can read.
 */
export function selectedSessions(url: string): { error: string } | { slugs: string[] } | null {
  const raw = new URL(url, 'http://localhost').searchParams.get('sessions')
  if (raw === null) return null
  const slugs = raw.split(',').map((slug) => slug.trim()).filter(Boolean)
  if (slugs.length === 0) return { error: 'sessions: give the slugs of one or more sessions, separated by commas.' }
  if (slugs.length > maxSelectedSessions) return { error: `sessions: at most ${maxSelectedSessions} sessions in one agenda.` }
  const bad = slugs.find((slug) => slug.length > 200 || !slugPattern.test(slug))
  if (bad !== undefined) return { error: `sessions: "${bad.slice(0, 60)}" is not a session slug (lower-case letters, digits and hyphens).` }
  return { slugs }
}

const memoLimit = 200
const memos = new WeakMap<Payload, Map<string, { generation: number; value: Promise<null | ScheduleExport> }>>()

/** The event's schedule as a visitor sees it; null when there is no such public event. */
export function loadScheduleExport(payload: Payload, eventSlug: string): Promise<null | ScheduleExport> {
  let entries = memos.get(payload)
  if (!entries) memos.set(payload, (entries = new Map()))
  const generation = contentGeneration(payload)
  const hit = entries.get(eventSlug)
  if (hit && hit.generation === generation) return hit.value
  const value = loadEventPage(payload, eventSlug).then((data) => (data ? toScheduleExport(data) : null))
  if (entries.size >= memoLimit) entries.delete(entries.keys().next().value as string)
  entries.set(eventSlug, { generation, value })
  // A load that overlapped a change, or failed, is not kept.
  value.then(
    () => {
      if (contentGeneration(payload) !== generation) entries.delete(eventSlug)
    },
    () => entries.delete(eventSlug),
  )
  return value
}

function notFound(what: string): Response {
  return new Response(`${what} not found\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' }, status: 404 })
}

/** Answers `request` (its If-None-Match) with the schedule `wanted` describes. */
export async function serveSchedule(payload: Payload, request: Request, wanted: ScheduleRequest): Promise<Response> {
  const format = scheduleFormats[wanted.format]
  const schedule = await loadScheduleExport(payload, wanted.event)
  if (!schedule) return notFound(`event "${wanted.event}"`)
  let body: null | string
  let filename = `${schedule.event.slug}.${wanted.format}`
  if (wanted.session !== undefined) {
    const session = schedule.sessions.find((candidate) => candidate.slug === wanted.session)
    body = session && wanted.format === 'ics' ? renderSessionICalendar(schedule, session.id) : null
    if (!session || !body) return notFound(`session "${wanted.session}" of event "${wanted.event}"`)
    filename = `${session.slug}.ics`
  } else {
    const selection = wanted.format === 'ics' ? selectedSessions(request.url) : null
    if (selection && 'error' in selection) {
      return new Response(`${selection.error}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' }, status: 400 })
    }
    body = selection ? renderSelectionICalendar(schedule, selection.slugs) : format.render(schedule)
    if (selection) filename = `${schedule.event.slug}-my-agenda.ics`
  }

  const etag = strongEtag(body)
  // Last-Modified: the newest change of the event or its sessions (the export's version).
  const { cacheControl } = talkNotesOptionsOf(payload).httpCache
  const common = { 'Cache-Control': cacheControl, ETag: etag, 'Last-Modified': new Date(schedule.version).toUTCString() }
  const ifNoneMatch = request.headers.get('if-none-match')
  if (etagMatches(ifNoneMatch, etag)) {
    return new Response(null, { headers: common, status: 304 })
  }
  return new Response(request.method === 'HEAD' ? null : body, {
    headers: {
      ...common,
      ...(format.download ? { 'Content-Disposition': `attachment; filename="${filename}"` } : {}),
      'Content-Type': format.contentType,
    },
  })
}
