import { siteFeed } from '../_lib/feed'

// Conditional requests and the feed cache are handled per request by serveFeed.
export const dynamic = 'force-dynamic'

export function GET(request: Request) {
  return siteFeed(request, 'rss')
}
