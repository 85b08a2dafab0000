// A small in-memory cache of the public pages Next.js serves from its own cache, kept in front of
// Next in `npm start`'s HTTP server: a page Next answered as cacheable (x-nextjs-cache, s-maxage)
// is replayed byte for byte until public content changes. Only plain visitor requests count: no
// query string, no draft-mode cookie, no RSC/router/action headers.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Payload } from 'payload'

import { contentGeneration, onContentChange } from '../../index'

interface CachedPage {
  body: Buffer
  generation: number
  headers: Record<string, number | string | string[]>
}

const pagePath = /^\/(?:(?:events|notes|speakers)(?:\/[a-z0-9-]+)?)?\/?$/
const bypassHeaders = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-action', 'next-url', 'authorization']
/**
 * After a change, Next expires its own tags when the changing request ends, a moment after this
 * process hears of it; pages rendered in that gap may still be the old ones, so none are kept.
 */
const settleMs = 2_000

export function createPageCache(payload: Payload, { maxEntries = 500 } = {}) {
  const pages = new Map<string, CachedPage>()
  let quietAfter = 0
  onContentChange(payload, () => {
    pages.clear()
    quietAfter = Date.now() + settleMs
  })

  function keyOf(request: IncomingMessage): null | string {
    if (request.method !== 'GET') return null
    const url = request.url ?? '/'
    if (url.includes('?') || !pagePath.test(url)) return null
    if (bypassHeaders.some((name) => request.headers[name] !== undefined)) return null
    if ((request.headers.cookie ?? '').includes('__prerender_bypass')) return null
    return `${url}|${String(request.headers['accept-encoding'] ?? '')}`
  }

  /** Answers from the cache, or records what Next answers; returns false when it only watched. */
  return function handlePage(request: IncomingMessage, response: ServerResponse): boolean {
    const key = keyOf(request)
    if (!key) return false
    const generation = contentGeneration(payload)
    const cached = pages.get(key)
    if (cached && cached.generation === generation) {
      response.writeHead(200, cached.headers)
      response.end(cached.body)
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
      const cacheControl = String(headers['cache-control'] ?? '')
      const cacheable =
        response.statusCode === 200 &&
        headers['x-nextjs-cache'] !== undefined &&
        /s-maxage=\d+/.test(cacheControl) &&
        headers['set-cookie'] === undefined &&
        contentGeneration(payload) === generation &&
        Date.now() >= quietAfter
      if (cacheable) {
        if (pages.size >= maxEntries) pages.delete(pages.keys().next().value as string)
        const stored = { ...headers } as Record<string, number | string | string[]>
        delete stored.date
        stored['content-length'] = String(Buffer.concat(chunks).length)
        pages.set(key, { body: Buffer.concat(chunks), generation, headers: stored })
      }
      return (end as (...args: unknown[]) => ServerResponse)(chunk, ...rest)
    }) as ServerResponse['end']
    return false
  }
}
