// The site's feeds at /feed.xml, /feed.atom and /feed.json: the plugin's serveFeed (its own cache,
// rebuilt when content changes, with ETag/304) mounted at the site root instead of under /api.
import config, { talkNotesOptions } from '@payload-config'
import { getPayload } from 'payload'

import { type FeedFormat, sanitizePluginConfig, serveFeed } from 'talk-notes'

export async function siteFeed(request: Request, format: FeedFormat): Promise<Response> {
  const payload = await getPayload({ config })
  // The plugin's own options, resolved the way the plugin resolves them.
  return serveFeed(payload, sanitizePluginConfig(talkNotesOptions, payload.config.serverURL), request, format, '')
}
