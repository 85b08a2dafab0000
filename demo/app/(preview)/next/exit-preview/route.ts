import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { checkPreviewPath } from 'talk-notes'

/** Leaves draft mode and goes back to the page as visitors see it. */
export async function GET(request: Request): Promise<Response> {
  const check = checkPreviewPath(new URL(request.url).searchParams.get('path') ?? '/', request.url)
  if (!check.valid) return Response.json({ errors: [{ field: 'path', message: check.rule }] }, { status: 400 })
  ;(await draftMode()).disable()
  redirect(check.path)
}
