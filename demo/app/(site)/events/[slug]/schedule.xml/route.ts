// The event's agenda in the frab/c3voc schedule.xml format (conference apps, recording pipelines).
import { getEventExport } from '../../../../../site/cached'
import { toScheduleExport } from 'talk-notes/site'
import { renderFrabXml } from 'talk-notes/site'
import { exportResponse, notFoundResponse } from '../../../_lib/respond'

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const data = await getEventExport(slug)
  if (!data) return notFoundResponse(`event "${slug}"`)
  return exportResponse(request, renderFrabXml(toScheduleExport(data)), { 'Content-Type': 'application/xml; charset=utf-8' })
}
