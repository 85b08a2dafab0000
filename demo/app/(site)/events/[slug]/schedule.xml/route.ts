// The event's agenda in the frab/c3voc schedule.xml format (conference apps, recording pipelines): the plugin's own
// schedule export (the same answer as its endpoint /api/events/:slug/schedule.xml), at the site's URL.
import config from '@payload-config'
import { getPayload } from 'payload'
import { serveSchedule } from 'talk-notes'

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  return serveSchedule(await getPayload({ config }), request, { event: slug, format: 'xml' })
}
