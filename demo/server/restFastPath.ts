// Serves Payload's REST API straight from `npm start`'s HTTP server: the Next.js route under
// /api/[...slug] does nothing but hand the request to Payload's `handleEndpoints`, so this calls
// the same handler without Next's routing and request wrapping in between (editors' lists,
// autosaves and relationship pickers pay for every layer). GraphQL, its playground and Next's own
// /api/og image still go through Next.js. A public change made here expires the site's pages once
// the write has committed, before the answer is sent (see revalidateSite's `outsideNext`).
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Payload } from 'payload'

import { handleEndpoints } from 'payload'

import type { PublicCaching } from './publicCaching'

import { send, toRequest } from './nodeRequest'
import { signedInHeaders } from './publicCaching'
import { outsideNext } from './revalidateSite'

/** `serverURL` is the site's public URL; `ownURL` reaches this instance itself (its revalidation route). */
/** With `caching`, public reads carry the site's cache headers (ETag, 304) and signed-in answers `private, no-cache`. */
export function createRestFastPath(payload: Payload, serverURL: string, { caching, ownURL = serverURL }: { caching?: PublicCaching; ownURL?: string } = {}) {
  const { config } = payload
  const api = config.routes.api
  const viaNext = [`${api}/graphql`, `${api}/graphql-playground`, `${api}/og`]

  /** Handles the request when it is a REST API request; returns false to let Next have it. */
  return function handleRest(request: IncomingMessage, response: ServerResponse): boolean {
    const url = request.url ?? '/'
    if (!url.startsWith(`${api}/`)) return false
    const queryAt = url.indexOf('?')
    const pathname = queryAt === -1 ? url : url.slice(0, queryAt)
    if (viaNext.some((route) => pathname === route || pathname.startsWith(`${route}/`))) return false
    outsideNext(ownURL, () => handleEndpoints({ config, request: toRequest(request, serverURL) }))
      .then(async (answer) => {
        if (!caching || (request.method !== 'GET' && request.method !== 'HEAD')) return send(answer, request, response)
        if (caching.isSignedIn(request)) return send(withHeaders(answer, signedInHeaders, false), request, response)
        if (answer.status !== 200 || !caching.isPublicApiRead(request)) return send(answer, request, response)
        const bytes = await answer.arrayBuffer()
        const { headers, notModified } = caching.apiHeaders(request, Buffer.from(bytes))
        if (notModified) return send(new Response(null, { headers, status: 304 }), request, response)
        return send(withHeaders(answer, headers, true, bytes), request, response)
      })
      .catch((error: unknown) => {
        payload.logger.error({ err: error, msg: `${request.method} ${url} failed` })
        if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'application/json' })
        response.end(JSON.stringify({ errors: [{ message: 'Something went wrong.' }] }))
      })
    return true
  }
}

/** The answer (with `body` when already read) and `headers`: over its own when `replace`, else only where it has none. */
function withHeaders(answer: Response, headers: Record<string, string>, replace: boolean, body: BodyInit | null = answer.body): Response {
  const merged = new Headers(answer.headers)
  for (const [name, value] of Object.entries(headers)) if (replace || !merged.has(name)) merged.set(name, value)
  return new Response(body, { headers: merged, status: answer.status, statusText: answer.statusText })
}
