// Strong ETags of answer bodies, and the If-None-Match test for them: the same bytes get the same tag
// from every process, so any instance of a cluster can answer a cache's revalidation with 304.
import { createHash } from 'node:crypto'

export function strongEtag(body: string | Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`
}

/** Whether an If-None-Match header names `etag` (or is `*`); weak comparison, as for GET. */
export function etagMatches(ifNoneMatch: null | string | undefined, etag: string | undefined): boolean {
  if (!ifNoneMatch || !etag) return false
  const wanted = etag.replace(/^W\//, '')
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || tag.trim().replace(/^W\//, '') === wanted)
}
