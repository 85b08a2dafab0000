// Serves /feed.xml, /feed.atom and /feed.json straight from the plugin's feed cache in the
// start script's own HTTP server, ahead of Next.js routing: the feeds are the hottest, most
// cacheable URLs of the site. A fresh cached feed is written without a single await.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Payload } from 'payload'

import {
  answerFeed,
  answerFeedFromCache,
  type FeedAnswer,
  type FeedFormat,
  sanitizePluginConfig,
  type TalkNotesPluginConfig,
} from 'talk-notes'

const routes: Record<string, FeedFormat> = { '/feed.atom': 'atom', '/feed.json': 'json', '/feed.xml': 'rss' }

function send(request: IncomingMessage, response: ServerResponse, answer: FeedAnswer) {
  response.writeHead(answer.status, answer.headers)
  response.end(request.method === 'HEAD' ? undefined : (answer.body ?? undefined))
}

export function createFeedFastPath(payload: Payload, options: TalkNotesPluginConfig) {
  const sanitized = sanitizePluginConfig(options, payload.config.serverURL)

  /** Handles the request when it is a feed request; returns false to let Next have it. */
  return function handleFeed(request: IncomingMessage, response: ServerResponse): boolean {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false
    const url = request.url ?? '/'
    const queryAt = url.indexOf('?')
    const format = routes[queryAt === -1 ? url : url.slice(0, queryAt)]
    if (!format) return false
    const header = (name: string) => {
      const value = request.headers[name]
      return typeof value === 'string' ? value : undefined
    }
    const feedRequest = {
      basePath: '',
      conditions: { ifModifiedSince: header('if-modified-since'), ifNoneMatch: header('if-none-match') },
      format,
      searchParams: new URLSearchParams(queryAt === -1 ? '' : url.slice(queryAt + 1)),
    }
    const cached = answerFeedFromCache(payload, feedRequest)
    if (cached) {
      send(request, response, cached)
      return true
    }
    answerFeed(payload, sanitized, feedRequest)
      .then((answer) => send(request, response, answer))
      .catch((error: unknown) => {
        payload.logger.error({ err: error, msg: `feed ${url} failed` })
        if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain' })
        response.end('feed unavailable')
      })
    return true
  }
}
