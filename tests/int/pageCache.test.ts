import type { Payload } from 'payload'

import { createServer, type Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { createPageCache } from '../../demo/server/pageCache'
import { createEventFixture, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let server: Server
let base: string
let rendered = 0
let version = 'v1'

beforeAll(async () => {
  payload = await getTestPayload()
  const handlePage = createPageCache(payload)
  // Stands in for Next.js: a cacheable page whose body says how often it was rendered.
  server = createServer((request, response) => {
    if (handlePage(request, response)) return
    rendered += 1
    response.setHeader('Cache-Control', 's-maxage=31536000')
    response.setHeader('x-nextjs-cache', 'HIT')
    response.setHeader('Content-Type', 'text/html; charset=utf-8')
    response.end(`<p>${version} render ${rendered}</p>`)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
})

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
  await payload.destroy()
})

const get = async (path: string, headers: Record<string, string> = {}) => (await fetch(`${base}${path}`, { headers })).text()

describe('page cache in front of Next.js', () => {
  it('replays a cacheable page until public content changes, then renders afresh', async () => {
    const first = await get('/events/some-event')
    expect(await get('/events/some-event')).toBe(first)
    const renders = rendered

    version = 'v2'
    const { event } = await createEventFixture(payload) // a public change: announced, cache cleared
    // Right after a change nothing is kept: Next may still be expiring its own cache.
    const during = await get('/events/some-event')
    expect(during).toContain('v2')
    expect(rendered).toBe(renders + 1)
    await get('/events/some-event')
    expect(rendered).toBe(renders + 2)

    vi.useFakeTimers({ now: Date.now() + 2_500, toFake: ['Date'] })
    try {
      const fresh = await get('/events/some-event')
      expect(await get('/events/some-event')).toBe(fresh)
      expect(rendered).toBe(renders + 3)
    } finally {
      vi.useRealTimers()
    }
    await payload.delete({ collection: 'events', id: event.id })
  })

  it('never serves draft-mode, RSC, query-string or non-page requests from the cache', async () => {
    // Let the previous test's NOTIFY (delivered after its commit) arrive first.
    await new Promise((resolve) => setTimeout(resolve, 300))
    vi.useFakeTimers({ now: Date.now() + 10_000, toFake: ['Date'] })
    try {
      await get('/notes/a-note')
      const before = rendered
      await get('/notes/a-note', { cookie: '__prerender_bypass=1' })
      await get('/notes/a-note', { rsc: '1' })
      await get(`/notes/a-note?q=${unique('x')}`)
      await get('/admin')
      await get('/api/articles')
      expect(rendered).toBe(before + 5)
      await get('/notes/a-note')
      expect(rendered).toBe(before + 5)
    } finally {
      vi.useRealTimers()
    }
  })
})
