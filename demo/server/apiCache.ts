// Visitors' reads of the public REST API, replayed by `npm start`'s HTTP server until public
// content changes: what Payload answers an anonymous GET of a public collection (a list or one
// document, any query string) is the same for every anonymous caller, and the content-change
// signal (in-process, then PostgreSQL NOTIFY on commit) tells when it stops being true. Anything
// signed in (Authorization header or the auth cookie), any other route (users, custom endpoints such
// as invitations and reviews, GraphQL, uploaded files) and any non-200 answer always reaches Payload.
import type { IncomingMessage } from 'node:http'
import type { Payload } from 'payload'

import { sanitizePluginConfig, type TalkNotesPluginConfig } from 'talk-notes'


import { createReplayCache } from './replayCache'

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export function createApiCache(payload: Payload, options: TalkNotesPluginConfig) {
  const { slugs } = sanitizePluginConfig(options, payload.config.serverURL)
  const publicCollections = [slugs.eventSeries, slugs.events, slugs.talks, slugs.speakers, slugs.organizations, slugs.articles, slugs.media]
  const api = payload.config.routes.api
  // /api/<collection> or /api/<collection>/<numeric id>, with or without a query string.
  const cachedPath = new RegExp(`^${escapeRegExp(api)}/(?:${publicCollections.map(escapeRegExp).join('|')})(?:/\\d+)?/?(?:\\?.*)?$`)
  const authCookie = `${payload.config.cookiePrefix}-token=`
  return createReplayCache(payload, {
    cacheable: (status, headers) => status === 200 && String(headers['content-type'] ?? '').startsWith('application/json'),
    keyOf(request: IncomingMessage) {
      if (request.method !== 'GET') return null
      const url = request.url ?? '/'
      if (!cachedPath.test(url)) return null
      if (request.headers.authorization !== undefined) return null
      const cookie = request.headers.cookie ?? ''
      if (cookie.includes(authCookie) || cookie.includes('__prerender_bypass')) return null
      return `${url}|${String(request.headers['accept-encoding'] ?? '')}`
    },
    maxBytes: 32 * 1024 * 1024,
    maxEntries: 2_000,
  })
}
