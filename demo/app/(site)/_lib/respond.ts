// Responses of the export routes: strong ETag from the bytes, 304 for a matching If-None-Match.
import { createHash } from 'node:crypto'

export function exportResponse(request: Request, body: string, headers: Record<string, string>): Response {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`
  const common = { 'Cache-Control': 'public, max-age=0, must-revalidate', ETag: etag }
  const ifNoneMatch = request.headers.get('if-none-match')
  if (ifNoneMatch?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag || tag.trim() === '*')) {
    return new Response(null, { headers: common, status: 304 })
  }
  return new Response(body, { headers: { ...common, ...headers } })
}

export function notFoundResponse(what: string): Response {
  return new Response(`${what} not found\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' }, status: 404 })
}
