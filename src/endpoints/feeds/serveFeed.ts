// Answers a feed request from a per-process cache that is rebuilt only when public content
// changes (see content/contentChanges), with ETag / Last-Modified and 304 for conditional GETs.
import type { Payload } from 'payload'

import { createHash } from 'node:crypto'

import type { SanitizedTalkNotesPluginConfig } from '../../types'

import { contentGeneration } from '../../content/contentChanges'
import { renderAtom, renderJsonFeed, renderRss } from '../../formats/feed'
import { type FeedFilter, feedFilterKeys, FeedFilterError, loadFeed } from './loadFeed'

export const feedFormats = {
  atom: { contentType: 'application/atom+xml; charset=utf-8', extension: 'atom', render: renderAtom },
  json: { contentType: 'application/feed+json; charset=utf-8', extension: 'json', render: renderJsonFeed },
  rss: { contentType: 'application/rss+xml; charset=utf-8', extension: 'xml', render: renderRss },
} as const
export type FeedFormat = keyof typeof feedFormats

interface CachedFeed {
  body: string
  etag: string
  generation: number
  lastModified: string
}

const caches = new WeakMap<Payload, Map<string, Promise<CachedFeed>>>()

function cacheOf(payload: Payload) {
  let cache = caches.get(payload)
  if (!cache) {
    cache = new Map()
    caches.set(payload, cache)
  }
  return cache
}

function parseFilter(url: URL): FeedFilter {
  const filter: FeedFilter = {}
  for (const key of feedFilterKeys) {
    const value = url.searchParams.get(key)
    if (value === null) continue
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) throw new FeedFilterError(key, `${key}: "${value}" is not a slug`)
    filter[key] = value
  }
  return filter
}

/**
 * `basePath` is where the feeds are mounted ('' for /feed.xml, '/api' for Payload's endpoints),
 * so self links point at the URLs actually requested.
 */
export async function serveFeed(
  payload: Payload,
  options: SanitizedTalkNotesPluginConfig,
  request: Request,
  format: FeedFormat,
  basePath: string,
): Promise<Response> {
  const url = new URL(request.url)
  let filter: FeedFilter
  try {
    filter = parseFilter(url)
  } catch (error) {
    return filterErrorResponse(error)
  }
  const query = new URLSearchParams(Object.entries(filter).sort(([a], [b]) => a.localeCompare(b))).toString()
  const key = `${basePath}|${format}|${query}`
  const cache = cacheOf(payload)
  const generation = contentGeneration(payload)

  let pending = cache.get(key)
  if (pending) {
    const cached = await pending.catch(() => null)
    if (!cached || cached.generation !== generation) pending = undefined
  }
  if (!pending) {
    pending = buildFeed(payload, options, filter, format, basePath, query, generation)
    cache.set(key, pending)
    pending.catch(() => cache.delete(key))
  }

  let feed: CachedFeed
  try {
    feed = await pending
  } catch (error) {
    return filterErrorResponse(error)
  }
  const headers = {
    'Cache-Control': 'public, max-age=0, must-revalidate',
    ETag: feed.etag,
    'Last-Modified': feed.lastModified,
  }
  if (isNotModified(request, feed)) return new Response(null, { headers, status: 304 })
  return new Response(feed.body, { headers: { ...headers, 'Content-Type': feedFormats[format].contentType } })
}

async function buildFeed(
  payload: Payload,
  options: SanitizedTalkNotesPluginConfig,
  filter: FeedFilter,
  format: FeedFormat,
  basePath: string,
  query: string,
  generation: number,
): Promise<CachedFeed> {
  const suffix = query ? `?${query}` : ''
  const feedUrls = {
    atom: `${options.siteUrl}${basePath}/feed.atom${suffix}`,
    json: `${options.siteUrl}${basePath}/feed.json${suffix}`,
    rss: `${options.siteUrl}${basePath}/feed.xml${suffix}`,
  }
  const { items, meta } = await loadFeed(payload, options, filter, feedUrls)
  const body = feedFormats[format].render(meta, items)
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`
  const newest = meta.updated.getTime() > 0 ? meta.updated : new Date()
  return { body, etag, generation, lastModified: newest.toUTCString() }
}

function isNotModified(request: Request, feed: CachedFeed): boolean {
  const ifNoneMatch = request.headers.get('if-none-match')
  if (ifNoneMatch !== null) {
    return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === feed.etag || tag.trim() === '*')
  }
  const ifModifiedSince = request.headers.get('if-modified-since')
  if (ifModifiedSince === null) return false
  const since = Date.parse(ifModifiedSince)
  // HTTP dates have whole seconds.
  return !Number.isNaN(since) && Math.floor(Date.parse(feed.lastModified) / 1000) <= Math.floor(since / 1000)
}

function filterErrorResponse(error: unknown): Response {
  if (error instanceof FeedFilterError) {
    return Response.json({ errors: [{ field: error.field, message: error.message }] }, { status: 400 })
  }
  throw error
}
