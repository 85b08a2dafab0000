// Serves /feed.xml, /feed.atom and /feed.json straight from the plugin's feed cache in the
// start script's own HTTP server, ahead of Next.js routing: the feeds are the hottest, most
// cacheable URLs of the site. Everything else goes to Next.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Payload } from 'payload'

import { type FeedFormat, sanitizePluginConfig, serveFeed, type TalkNotesPluginConfig } from '../../index'

const routes: Record<string, FeedFormat> = { '/feed.atom': 'atom', '/feed.json': 'json', '/feed.xml': 'rss' }

export function createFeedFastPath(payload: Payload, options: TalkNotesPluginConfig) {
  const sanitized = sanitizePluginConfig(options, payload.config.serverURL)
  const origin = sanitized.siteUrl

  /** Handles the request when it is a feed request; returns false to let Next have it. */
  return function handleFeed(request: IncomingMessage, response: ServerResponse): boolean {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false
    const url = request.url ?? '/'
    const queryAt = url.indexOf('?')
    const format = routes[queryAt === -1 ? url : url.slice(0, queryAt)]
    if (!format) return false
    const headers = new Headers()
    for (const name of ['if-none-match', 'if-modified-since']) {
      const value = request.headers[name]
      if (typeof value === 'string') headers.set(name, value)
    }
    serveFeed(payload, sanitized, new Request(`${origin}${url}`, { headers }), format, '')
      .then(async (answer) => {
        const body = request.method === 'HEAD' || answer.status === 304 ? '' : await answer.text()
        response.writeHead(answer.status, Object.fromEntries(answer.headers))
        response.end(body)
      })
      .catch((error: unknown) => {
        payload.logger.error({ err: error, msg: `feed ${url} failed` })
        if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain' })
        response.end('feed unavailable')
      })
    return true
  }
}
