import type { Endpoint } from 'payload'

import type { SanitizedTalkNotesPluginConfig } from '../../types.ts'

import { type FeedFormat, feedFormats, serveFeed } from './serveFeed.ts'

/** `/api/feed.xml`, `/api/feed.atom`, `/api/feed.json`: the feeds for apps without our pages. */
export function createFeedEndpoints(options: SanitizedTalkNotesPluginConfig): Endpoint[] {
  return (Object.keys(feedFormats) as FeedFormat[]).map((format) => ({
    handler: (req) => {
      const request = new Request(req.url ?? `${options.siteUrl}/api/feed.${feedFormats[format].extension}`, {
        headers: req.headers,
      })
      return serveFeed(req.payload, options, request, format, req.payload.config.routes.api)
    },
    method: 'get',
    path: `/feed.${feedFormats[format].extension}`,
  }))
}

export { answerFeed, answerFeedFromCache, type FeedAnswer, type FeedFormat, feedFormats, serveFeed } from './serveFeed.ts'
