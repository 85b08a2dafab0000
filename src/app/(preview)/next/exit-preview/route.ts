import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

/** Leaves draft mode and goes back to the page as visitors see it. */
export async function GET(request: Request): Promise<Response> {
  ;(await draftMode()).disable()
  const path = new URL(request.url).searchParams.get('path') ?? '/'
  redirect(path.startsWith('/') && !path.startsWith('//') ? path : '/')
}
