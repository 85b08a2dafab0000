// The HTTP caching headers of `npm start`'s public answers, so that a CDN or an HTTP cache in front
// of the app (or of a cluster's balancer) can keep them: the plugin's `httpCache` Cache-Control
// (s-maxage, stale-while-revalidate; browsers revalidate every time), a strong ETag, Last-Modified
// (when public content last changed, which every instance learns with the change), and 304 for a
// matching If-None-Match. Anything signed in is `private, no-cache`. The plugin's feeds and
// schedule exports set the same headers themselves.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Payload } from 'payload'

import { contentChangedAt, etagMatches, sanitizePluginConfig, strongEtag, type TalkNotesPluginConfig } from 'talk-notes'

export const signedInHeaders = { 'Cache-Control': 'private, no-cache' }

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export function createPublicCaching(payload: Payload, options: TalkNotesPluginConfig) {
  const { httpCache, slugs } = sanitizePluginConfig(options, payload.config.serverURL)
  const publicCollections = [slugs.eventSeries, slugs.events, slugs.talks, slugs.speakers, slugs.organizations, slugs.articles, slugs.media]
  const api = payload.config.routes.api
  // /api/<collection> or /api/<collection>/<numeric id>, with or without a query string.
  const publicApiPath = new RegExp(`^${escapeRegExp(api)}/(?:${publicCollections.map(escapeRegExp).join('|')})(?:/\\d+)?/?(?:\\?.*)?$`)
  const authCookie = `${payload.config.cookiePrefix}-token=`

  const isSignedIn = (request: IncomingMessage) =>
    request.headers.authorization !== undefined || (request.headers.cookie ?? '').includes(authCookie)

  return {
    cacheControl: httpCache.cacheControl,
    isSignedIn,

    /** An anonymous GET of a public collection's REST answer: the same for every visitor. */
    isPublicApiRead(request: IncomingMessage): boolean {
      if (request.method !== 'GET' && request.method !== 'HEAD') return false
      if (!publicApiPath.test(request.url ?? '/')) return false
      if (isSignedIn(request)) return false
      return !(request.headers.cookie ?? '').includes('__prerender_bypass')
    },

    /** Headers of a public REST answer whose body is `body`; `notModified` when the request's ETag matches. */
    apiHeaders(request: IncomingMessage, body: Buffer): { headers: Record<string, string>; notModified: boolean } {
      const etag = strongEtag(body)
      const headers = { 'Cache-Control': httpCache.cacheControl, ETag: etag, 'Last-Modified': contentChangedAt(payload).toUTCString() }
      return { headers, notModified: etagMatches(request.headers['if-none-match'], etag) }
    },

    /**
     * Rewrites the Cache-Control Next.js gives a page it serves from its cache (`s-maxage=<revalidate>`,
     * stale for a year) into the site's, and adds Last-Modified; Next sets the ETag and answers 304.
     */
    rewritePageHeaders(response: ServerResponse): void {
      const setHeader = response.setHeader.bind(response)
      response.setHeader = ((name: string, value: number | readonly string[] | string) => {
        if (name.toLowerCase() === 'cache-control' && /s-maxage=\d+/.test(String(value))) {
          setHeader('Last-Modified', contentChangedAt(payload).toUTCString())
          return setHeader(name, httpCache.cacheControl)
        }
        return setHeader(name, value)
      }) as ServerResponse['setHeader']
    },
  }
}

export type PublicCaching = ReturnType<typeof createPublicCaching>

