// One session as an .ics file ("add to calendar"), addressed by the session's slug within its event:
// the plugin's own export (as its endpoint /api/events/:slug/sessions/:session/calendar.ics).
import config from '@payload-config'
import { getPayload } from 'payload'
import { serveSchedule } from 'talk-notes'

export async function GET(request: Request, { params }: { params: Promise<{ session: string; slug: string }> }) {
  const { session, slug } = await params
  return serveSchedule(await getPayload({ config }), request, { event: slug, format: 'ics', session })
}
