// Expires the public site's cache for changes made outside a request (see revalidateSite).
import { revalidateTag } from 'next/cache'

import { isRevalidateRequest } from '../../../../server/revalidateSite'
import { siteCacheTag } from '../../../../site/cacheTag'

export function POST(request: Request): Response {
  if (!isRevalidateRequest(request)) return Response.json({ errors: [{ message: 'forbidden' }] }, { status: 403 })
  revalidateTag(siteCacheTag, { expire: 0 })
  return Response.json({ revalidated: true })
}
