// The site's feeds at /feed.xml, /feed.atom and /feed.json: the plugin's serveFeed (its own cache,
// rebuilt when content changes, with ETag/304) mounted at the site root instead of under /api.
import config from '@payload-config'
import { getPayload } from 'payload'
import { type FeedFormat, serveFeed, talkNotesOptionsOf } from 'talk-notes'

export async function siteFeed(request: Request, format: FeedFormat): Promise<Response> {
  const payload = await getPayload({ config })
  return serveFeed(payload, talkNotesOptionsOf(payload), request, format, '')
}
