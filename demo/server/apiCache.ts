// Visitors' reads of the public REST API, replayed by `npm start`'s HTTP server until public
// content changes: what Payload answers an anonymous GET of a public collection (a list or one
// document, any query string) is the same for every anonymous caller, and the content-change
// signal (in-process, then PostgreSQL NOTIFY on commit) tells when it stops being true. Anything
// signed in (Authorization header or the auth cookie), any other route (users, custom endpoints such
// as invitations and reviews, GraphQL, uploaded files) and any non-200 answer always reaches Payload.
import type { IncomingMessage } from 'node:http'
import type { Payload } from 'payload'

import type { PublicCaching } from './publicCaching'

import { createReplayCache } from './replayCache'

export function createApiCache(payload: Payload, caching: PublicCaching) {
  return createReplayCache(payload, {
    cacheable: (status, headers) => status === 200 && String(headers['content-type'] ?? '').startsWith('application/json'),
    keyOf(request: IncomingMessage) {
      if (request.method !== 'GET' || !caching.isPublicApiRead(request)) return null
      return `${request.url ?? '/'}|${String(request.headers['accept-encoding'] ?? '')}`
    },
    maxBytes: 32 * 1024 * 1024,
    maxEntries: 2_000,
  })
}
