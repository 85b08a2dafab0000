// One session as an .ics file ("add to calendar"), addressed by the session's slug within its event.
import { getEventExport } from '../../../../../../../site/cached'
import { toScheduleExport } from 'talk-notes/site'
import { renderSessionICalendar } from 'talk-notes/site'
import { exportResponse, notFoundResponse } from '../../../../../_lib/respond'

export async function GET(request: Request, { params }: { params: Promise<{ session: string; slug: string }> }) {
  const { session: sessionSlug, slug } = await params
  const data = await getEventExport(slug)
  const session = data?.sessions.find((candidate) => candidate.slug === sessionSlug)
  const body = data && session ? renderSessionICalendar(toScheduleExport(data), session.id) : null
  if (!data || !session || !body) return notFoundResponse(`session "${sessionSlug}" of event "${slug}"`)
  return exportResponse(request, body, {
    'Content-Disposition': `attachment; filename="${session.slug}.ics"`,
    'Content-Type': 'text/calendar; charset=utf-8',
  })
}
