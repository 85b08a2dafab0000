// The event's agenda in the frab/c3voc schedule.json format.
import { getEventExport } from '../../../../../site/cached'
import { toScheduleExport } from 'talk-notes/site'
import { renderFrabJson } from 'talk-notes/site'
import { exportResponse, notFoundResponse } from '../../../_lib/respond'

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const data = await getEventExport(slug)
  if (!data) return notFoundResponse(`event "${slug}"`)
  return exportResponse(request, renderFrabJson(toScheduleExport(data)), { 'Content-Type': 'application/json; charset=utf-8' })
}
