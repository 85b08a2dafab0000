// Answers feed requests from a per-process cache that is rebuilt only when public content changes
// (see content/contentChanges), with ETag / Last-Modified and 304 for conditional GETs. The core
// (`answerFeed`) is framework-neutral: Payload endpoints and Next routes wrap it in a Response, the
// demo's HTTP server writes it straight to the socket.
import type { Payload } from 'payload'

import type { SanitizedTalkNotesPluginConfig } from '../../types.ts'

import { contentGeneration } from '../../content/contentChanges.ts'
import { renderAtom, renderJsonFeed, renderRss } from '../../formats/feed/index.ts'
import { etagMatches, strongEtag } from '../../utilities/etag.ts'
import { type FeedFilter, feedFilterKeys, FeedFilterError, loadFeed } from './loadFeed.ts'

export const feedFormats = {
  atom: { contentType: 'application/atom+xml; charset=utf-8', extension: 'atom', render: renderAtom },
  json: { contentType: 'application/feed+json; charset=utf-8', extension: 'json', render: renderJsonFeed },
  rss: { contentType: 'application/rss+xml; charset=utf-8', extension: 'xml', render: renderRss },
} as const
export type FeedFormat = keyof typeof feedFormats

interface CachedFeed {
  body: Buffer
  etag: string
  generation: number
  /** Headers of a 200 answer; a 304 sends the same less Content-Type and Content-Length. */
  headers: Record<string, string>
  lastModified: string
  notModifiedHeaders: Record<string, string>
}

export interface FeedAnswer {
  body: Buffer | null
  headers: Record<string, string>
  status: 200 | 304 | 400
}

interface FeedCache {
  building: Map<string, Promise<CachedFeed>>
  ready: Map<string, CachedFeed>
}

const caches = new WeakMap<Payload, FeedCache>()

function cacheOf(payload: Payload): FeedCache {
  let cache = caches.get(payload)
  if (!cache) {
    cache = { building: new Map(), ready: new Map() }
    caches.set(payload, cache)
  }
  return cache
}

function parseFilter(searchParams: URLSearchParams): FeedFilter {
  const filter: FeedFilter = {}
  for (const key of feedFilterKeys) {
    const value = searchParams.get(key)
    if (value === null) continue
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) throw new FeedFilterError(key, `${key}: "${value}" is not a slug`)
    filter[key] = value
  }
  return filter
}

function badFilter(error: unknown): FeedAnswer {
  if (!(error instanceof FeedFilterError)) throw error
  const body = Buffer.from(JSON.stringify({ errors: [{ field: error.field, message: error.message }] }))
  return { body, headers: { 'Content-Type': 'application/json; charset=utf-8' }, status: 400 }
}

function isNotModified(conditions: FeedConditions, feed: CachedFeed): boolean {
  if (conditions.ifNoneMatch !== undefined) {
    return etagMatches(conditions.ifNoneMatch, feed.etag)
  }
  if (conditions.ifModifiedSince === undefined) return false
  const since = Date.parse(conditions.ifModifiedSince)
  // HTTP dates have whole seconds.
  return !Number.isNaN(since) && Math.floor(Date.parse(feed.lastModified) / 1000) <= Math.floor(since / 1000)
}

function answerFrom(feed: CachedFeed, conditions: FeedConditions): FeedAnswer {
  return isNotModified(conditions, feed)
    ? { body: null, headers: feed.notModifiedHeaders, status: 304 }
    : { body: feed.body, headers: feed.headers, status: 200 }
}

export interface FeedConditions {
  ifModifiedSince?: string
  ifNoneMatch?: string
}

interface FeedRequest {
  /** Where the feeds are mounted ('' for /feed.xml, '/api' for Payload's endpoints), for self links. */
  basePath: string
  conditions: FeedConditions
  format: FeedFormat
  searchParams: URLSearchParams
}

/**
 * The answer straight from the cache when it is fresh (no promise, no I/O), else undefined: the
 * hot path of the demo's HTTP server.
 */
export function answerFeedFromCache(payload: Payload, request: FeedRequest): FeedAnswer | undefined {
  let filter: FeedFilter
  try {
    filter = parseFilter(request.searchParams)
  } catch (error) {
    return badFilter(error)
  }
  const feed = cacheOf(payload).ready.get(cacheKey(request, filter))
  if (!feed || feed.generation !== contentGeneration(payload)) return undefined
  return answerFrom(feed, request.conditions)
}

export async function answerFeed(
  payload: Payload,
  options: SanitizedTalkNotesPluginConfig,
  request: FeedRequest,
): Promise<FeedAnswer> {
  let filter: FeedFilter
  try {
    filter = parseFilter(request.searchParams)
  } catch (error) {
    return badFilter(error)
  }
  const key = cacheKey(request, filter)
  const cache = cacheOf(payload)
  const generation = contentGeneration(payload)
  const ready = cache.ready.get(key)
  if (ready && ready.generation === generation) return answerFrom(ready, request.conditions)

  let building = cache.building.get(key)
  if (!building) {
    building = buildFeed(payload, options, filter, request, generation)
    cache.building.set(key, building)
    building
      .then((feed) => {
        // A change announced while building leaves this copy stale: keep it only if still current.
        if (feed.generation === contentGeneration(payload)) cache.ready.set(key, feed)
      })
      .catch(() => {})
      .finally(() => cache.building.delete(key))
  }
  try {
    return answerFrom(await building, request.conditions)
  } catch (error) {
    return badFilter(error)
  }
}

function cacheKey(request: FeedRequest, filter: FeedFilter): string {
  const query = feedFilterKeys.flatMap((key) => (filter[key] ? [`${key}=${filter[key]}`] : [])).join('&')
  return `${request.basePath}|${request.format}|${query}`
}

async function buildFeed(
  payload: Payload,
  options: SanitizedTalkNotesPluginConfig,
  filter: FeedFilter,
  request: FeedRequest,
  generation: number,
): Promise<CachedFeed> {
  const query = feedFilterKeys.flatMap((key) => (filter[key] ? [`${key}=${filter[key]}`] : [])).join('&')
  const suffix = query ? `?${query}` : ''
  const base = `${options.siteUrl}${request.basePath}`
  const feedUrls = { atom: `${base}/feed.atom${suffix}`, json: `${base}/feed.json${suffix}`, rss: `${base}/feed.xml${suffix}` }
  const { items, meta } = await loadFeed(payload, options, filter, feedUrls)
  const body = Buffer.from(feedFormats[request.format].render(meta, items))
  const etag = strongEtag(body)
  const lastModified = (meta.updated.getTime() > 0 ? meta.updated : new Date()).toUTCString()
  const notModifiedHeaders = {
    'Cache-Control': options.httpCache.cacheControl,
    ETag: etag,
    'Last-Modified': lastModified,
    'X-Content-Type-Options': 'nosniff',
  }
  return {
    body,
    etag,
    generation,
    headers: {
      ...notModifiedHeaders,
      'Content-Length': String(body.length),
      'Content-Type': feedFormats[request.format].contentType,
    },
    lastModified,
    notModifiedHeaders,
  }
}

/** The feed as a WHATWG Response, for Payload endpoints and Next.js route handlers. */
export async function serveFeed(
  payload: Payload,
  options: SanitizedTalkNotesPluginConfig,
  request: Request,
  format: FeedFormat,
  basePath: string,
): Promise<Response> {
  const answer = await answerFeed(payload, options, {
    basePath,
    conditions: {
      ifModifiedSince: request.headers.get('if-modified-since') ?? undefined,
      ifNoneMatch: request.headers.get('if-none-match') ?? undefined,
    },
    format,
    searchParams: new URL(request.url).searchParams,
  })
  return new Response(answer.body ? new Uint8Array(answer.body) : null, { headers: answer.headers, status: answer.status })
}
