import type { Endpoint, PayloadRequest } from 'payload'

import { type ScheduleFormat, scheduleFormats, serveSchedule } from './serveSchedule.ts'

function requestOf(req: PayloadRequest): Request {
  return new Request(req.url ?? 'http://localhost/', { headers: req.headers, method: req.method })
}

/**
 * On the events collection: `GET /api/{events}/:slug/schedule.ics|.xml|.json` (the whole agenda)
 * and `GET /api/{events}/:slug/sessions/:session/calendar.ics` (one session), for schedule apps,
 * calendars and hosts without pages of their own.
 */
export function createScheduleEndpoints(): Endpoint[] {
  const agendas = (Object.keys(scheduleFormats) as ScheduleFormat[]).map(
    (format): Endpoint => ({
      handler: (req) =>
        serveSchedule(req.payload, requestOf(req), { event: String(req.routeParams?.slug ?? ''), format }),
      method: 'get',
      path: `/:slug/schedule.${format}`,
    }),
  )
  const session: Endpoint = {
    handler: (req) =>
      serveSchedule(req.payload, requestOf(req), {
        event: String(req.routeParams?.slug ?? ''),
        format: 'ics',
        session: String(req.routeParams?.session ?? ''),
      }),
    method: 'get',
    path: '/:slug/sessions/:session/calendar.ics',
  }
  return [...agendas, session]
}

export { loadScheduleExport, type ScheduleFormat, scheduleFormats, type ScheduleRequest, serveSchedule } from './serveSchedule.ts'
