// The event's whole agenda as iCalendar (RFC 5545), one VEVENT per session.
import { getEventExport } from '../../../../../demo/site/cached'
import { toScheduleExport } from '../../../../../demo/site/scheduleExport'
import { renderICalendar } from '../../../../../formats/schedule'
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
