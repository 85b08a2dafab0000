// The event's whole agenda as iCalendar (RFC 5545), one VEVENT per session: the plugin's own
// schedule export (the same answer as its endpoint /api/events/:slug/schedule.ics), at the site's URL.
import config from '@payload-config'
import { getPayload } from 'payload'
import { serveSchedule } from 'talk-notes'

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  return serveSchedule(await getPayload({ config }), request, { event: slug, format: 'ics' })
}
