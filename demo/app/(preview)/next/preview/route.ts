// Turns on Next.js draft mode for a signed-in editor or admin, then redirects to the page, which
// then renders the latest draft (Payload's Preview and Live Preview buttons land here).
import config from '@payload-config'
import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { checkPreviewPath } from 'talk-notes'

export async function GET(request: Request): Promise<Response> {
  // Same-site paths only: never an open redirect.
  const check = checkPreviewPath(new URL(request.url).searchParams.get('path') ?? '', request.url)
  if (!check.valid) return Response.json({ errors: [{ field: 'path', message: check.rule }] }, { status: 400 })
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  const role = user?.collection === 'users' ? (user as { role?: string }).role : undefined
  if (role !== 'editor' && role !== 'admin') {
    return Response.json({ errors: [{ message: 'previews are for signed-in editors' }] }, { status: 403 })
  }
  ;(await draftMode()).enable()
  redirect(check.path)
}
