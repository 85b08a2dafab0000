// The public pages Next.js serves from its own cache, replayed by `npm start`'s HTTP server until
// public content changes: a page Next answered as cacheable (x-nextjs-cache, s-maxage). Only plain
// visitor requests count: no query string, no draft-mode cookie, no RSC/router/action headers.
import type { IncomingMessage } from 'node:http'
import type { Payload } from 'payload'

import { createReplayCache } from './replayCache'

const pagePath = /^\/(?:(?:events|notes|speakers)(?:\/[a-z0-9-]+)?)?\/?$/
const bypassHeaders = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-action', 'next-url', 'authorization']

export function createPageCache(payload: Payload, { maxEntries = 500 } = {}) {
  return createReplayCache(payload, {
    cacheable: (status, headers) =>
      status === 200 && headers['x-nextjs-cache'] !== undefined && /s-maxage=\d+/.test(String(headers['cache-control'] ?? '')),
    keyOf(request: IncomingMessage) {
      if (request.method !== 'GET') return null
      const url = request.url ?? '/'
      if (url.includes('?') || !pagePath.test(url)) return null
      if (bypassHeaders.some((name) => request.headers[name] !== undefined)) return null
      if ((request.headers.cookie ?? '').includes('__prerender_bypass')) return null
      return `${url}|${String(request.headers['accept-encoding'] ?? '')}`
    },
    maxEntries,
    // After a change, Next expires its own tags when the changing request ends, a moment after this
    // process hears of it; pages rendered in that gap may still be the old ones, so none are kept.
    settleMs: 2_000,
  })
}
