// The event's whole agenda as iCalendar (RFC 5545), one VEVENT per session.
import { getEventExport } from '../../../../../site/cached'
import { toScheduleExport } from 'talk-notes/site'
import { renderICalendar } from 'talk-notes/site'
import { exportResponse, notFoundResponse } from '../../../_lib/respond'

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const data = await getEventExport(slug)
  if (!data) return notFoundResponse(`event "${slug}"`)
  return exportResponse(request, renderICalendar(toScheduleExport(data)), {
    'Content-Disposition': `attachment; filename="${data.event.slug}.ics"`,
    'Content-Type': 'text/calendar; charset=utf-8',
  })
}
