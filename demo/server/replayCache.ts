// An in-memory cache of whole HTTP responses for `npm start`'s server, kept until public content
// changes (see src/content/contentChanges.ts): the response to a request the rules accept is
// recorded as it goes out, then replayed byte for byte. Bounded by entries and by bytes, least
// recently used first out. Used for the public pages (pageCache) and the public REST API (apiCache).
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import type { Payload } from 'payload'

import { contentGeneration, etagMatches, onContentChange } from 'talk-notes'

export interface ReplayRules {
  /** Whether this finished response may be replayed to every request with the same key. */
  cacheable: (status: number, headers: OutgoingHttpHeaders) => boolean
  /** The cache key of a request, or null when it must always reach the app. */
  keyOf: (request: IncomingMessage) => null | string
  maxBytes?: number
  maxEntries?: number
  /** Keep nothing for this long after a change (while a cache behind this one expires its own). */
  settleMs?: number
}

interface Entry {
  body: Buffer
  generation: number
  headers: Record<string, number | string | string[]>
}

export function createReplayCache(payload: Payload, rules: ReplayRules) {
  const { maxBytes = 64 * 1024 * 1024, maxEntries = 500, settleMs = 0 } = rules
  const entries = new Map<string, Entry>()
  let bytes = 0
  let quietAfter = 0
  onContentChange(payload, () => {
    entries.clear()
    bytes = 0
    quietAfter = Date.now() + settleMs
  })

  const remove = (key: string) => {
    const entry = entries.get(key)
    if (!entry) return
    bytes -= entry.body.length
    entries.delete(key)
  }
  const store = (key: string, entry: Entry) => {
    // One response may take at most an eighth of the budget, so a few large ones cannot flush the rest.
    if (entry.body.length > maxBytes / 8) return
    remove(key)
    entries.set(key, entry)
    bytes += entry.body.length
    while (entries.size > maxEntries || bytes > maxBytes) remove(entries.keys().next().value as string)
  }

  /** Answers from the cache, or records what the app answers; returns false when it only watched. */
  return function handle(request: IncomingMessage, response: ServerResponse): boolean {
    const key = rules.keyOf(request)
    if (!key) return false
    const generation = contentGeneration(payload)
    const cached = entries.get(key)
    if (cached && cached.generation === generation) {
      // Most recently used goes last.
      entries.delete(key)
      entries.set(key, cached)
      if (etagMatches(request.headers['if-none-match'], cached.headers.etag as string | undefined)) {
        const { 'content-length': _length, 'content-type': _type, ...validators } = cached.headers
        response.writeHead(304, { ...validators, 'x-talk-notes-cache': 'hit' })
        response.end()
        return true
      }
      response.writeHead(200, { ...cached.headers, 'x-talk-notes-cache': 'hit' })
      response.end(request.method === 'HEAD' ? undefined : cached.body)
      return true
    }
    if (Date.now() < quietAfter) return false

    const chunks: Buffer[] = []
    const write = response.write.bind(response)
    const end = response.end.bind(response)
    const collect = (chunk: unknown, encoding?: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function') return
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'))
    }
    response.write = ((chunk: unknown, ...rest: unknown[]) => {
      collect(chunk, rest[0])
      return (write as (...args: unknown[]) => boolean)(chunk, ...rest)
    }) as ServerResponse['write']
    response.end = ((chunk?: unknown, ...rest: unknown[]) => {
      collect(chunk, rest[0])
      const headers = response.getHeaders()
      const keep =
        rules.cacheable(response.statusCode, headers) &&
        headers['set-cookie'] === undefined &&
        contentGeneration(payload) === generation &&
        Date.now() >= quietAfter
      if (keep) {
        const body = Buffer.concat(chunks)
        const stored = { ...headers } as Record<string, number | string | string[]>
        delete stored.date
        stored['content-length'] = String(body.length)
        store(key, { body, generation, headers: stored })
      }
      return (end as (...args: unknown[]) => ServerResponse)(chunk, ...rest)
    }) as ServerResponse['end']
    return false
  }
}
