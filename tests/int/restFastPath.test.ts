// The REST fast path of `npm start`: Payload's REST handler served from the node:http server
// without Next.js, on the test database. What Next.js would still get is answered by a stand-in
// that records it.
import type { Payload } from 'payload'

import { createServer, type Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createPublicCaching } from '../../demo/server/publicCaching'
import { createRestFastPath } from '../../demo/server/restFastPath'
import { revalidateSite } from '../../demo/server/revalidateSite'
import { onContentChange } from '../../src/index'
import { paragraphsToLexical } from '../../src/utilities/lexical'
import { createApi } from '../helpers/http'
import { createEventFixture, createUser, pngFile, tokenOf, unique } from '../helpers/fixtures'
import { getTestPayload, loadTestConfig } from '../helpers/payload'

let payload: Payload
let server: Server
let base: string
let token: string
let stopListening: () => void
const reachedNext: string[] = []
// What the site's revalidate route saw of the article when it was called.
const revalidations: string[] = []
let watchedArticle: null | number = null

beforeAll(async () => {
  payload = await getTestPayload()
  server = createServer((request, response) => {
    if (handleRest(request, response)) return
    reachedNext.push(`${request.method} ${request.url}`)
    if (request.url === '/next/revalidate' && watchedArticle !== null) {
      // Another connection than the write's: it sees the publish only once it has committed.
      void payload
        .find({ collection: 'articles', depth: 0, where: { id: { equals: watchedArticle } } })
        .then(({ docs }) => revalidations.push(String(docs[0]?._status)))
        .finally(() => response.end())
      return
    }
    response.statusCode = 404
    response.end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  const { talkNotesOptions } = await import('../../demo/payload.config')
  const handleRest = createRestFastPath(payload, base, { caching: createPublicCaching(payload, talkNotesOptions) })
  stopListening = onContentChange(payload, (origin) => revalidateSite(base, origin))
  token = await tokenOf(payload, await createUser(payload, 'editor'))
})

afterAll(async () => {
  stopListening?.()
  await new Promise((resolve) => server?.close(resolve))
  await payload?.destroy()
})

const auth = () => ({ Authorization: `JWT ${token}` })

describe('the REST fast path', () => {
  it('answers a signed-in list as the Next.js route does', async () => {
    const path = '/talks?limit=5&depth=1&sort=title'
    const answer = await fetch(`${base}/api${path}`, { headers: auth() })
    expect(answer.status).toBe(200)
    const inProcess = await createApi(loadTestConfig()).get(path, token)
    expect(await answer.json()).toEqual(inProcess.body)
  })

  it('passes cookies back and bodies through, JSON and multipart', async () => {
    const editor = await createUser(payload, 'editor')
    const login = await fetch(`${base}/api/users/login`, {
      body: JSON.stringify({ email: editor.email, password: 'a-long-test-password' }),
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    expect(login.status).toBe(200)
    expect(login.headers.getSetCookie().some((cookie) => cookie.startsWith('payload-token='))).toBe(true)

    const png = await pngFile('fast-path.png')
    const form = new FormData()
    form.append('_payload', JSON.stringify({ alt: 'Uploaded through the fast path' }))
    form.append('file', new Blob([png.data], { type: png.mimetype }), png.name)
    const upload = await fetch(`${base}/api/media`, { body: form, headers: auth(), method: 'POST' })
    const uploaded = (await upload.json()) as { doc: { alt: string; id: number } }
    expect(upload.status, JSON.stringify(uploaded)).toBe(201)
    expect((await payload.findByID({ collection: 'media', id: uploaded.doc.id })).alt).toBe('Uploaded through the fast path')

    const refused = await fetch(`${base}/api/talks`, {
      body: JSON.stringify({ title: 'No event' }),
      headers: { ...auth(), 'Content-Type': 'application/json' },
      method: 'POST',
    })
    expect(refused.status).toBe(400)
  })

  it('leaves GraphQL and everything outside the API to Next.js', async () => {
    reachedNext.length = 0
    await fetch(`${base}/api/graphql`, { body: '{}', headers: { 'Content-Type': 'application/json' }, method: 'POST' })
    await fetch(`${base}/notes`)
    expect(reachedNext).toEqual(['POST /api/graphql', 'GET /notes'])
  })

  it('expires the site once a publish has committed, before answering', async () => {
    const { event } = await createEventFixture(payload)
    const article = await payload.create({
      collection: 'articles',
      data: { _status: 'draft', body: paragraphsToLexical(['Fast.']), event: event.id, title: unique('Fast path note') } as never,
    })
    watchedArticle = article.id
    revalidations.length = 0
    const published = await fetch(`${base}/api/articles/${article.id}`, {
      body: JSON.stringify({ _status: 'published' }),
      headers: { ...auth(), 'Content-Type': 'application/json' },
      method: 'PATCH',
    })
    expect(published.status).toBe(200)
    // Called before the answer, and never while the write was still uncommitted. (The process
    // also hears its own NOTIFY and may call the route once more.)
    expect(revalidations.length).toBeGreaterThan(0)
    expect(new Set(revalidations)).toEqual(new Set(['published']))

    // A draft save changes nothing public: the site is not expired.
    await new Promise((resolve) => setTimeout(resolve, 300))
    revalidations.length = 0
    const drafted = await fetch(`${base}/api/articles/${article.id}?draft=true`, {
      body: JSON.stringify({ title: 'A draft title' }),
      headers: { ...auth(), 'Content-Type': 'application/json' },
      method: 'PATCH',
    })
    expect(drafted.status).toBe(200)
    expect(revalidations).toEqual([])
  })

  it('gives visitors’ reads the site’s cache headers and 304 on a matching ETag; signed-in answers are private', async () => {
    const { event } = await createEventFixture(payload)
    const path = `/api/events/${event.id}?depth=0`
    const first = await fetch(`${base}${path}`)
    expect(first.status).toBe(200)
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=30, stale-while-revalidate=300')
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^"[\w-]{27}"$/)
    const lastModified = first.headers.get('last-modified') as string
    expect(Date.parse(lastModified)).toBeGreaterThan(Date.now() - 24 * 3600 * 1000)
    expect(Date.parse(lastModified)).toBeLessThanOrEqual(Date.now() + 1000)
    const body = await first.text()

    const again = await fetch(`${base}${path}`, { headers: { 'If-None-Match': etag as string } })
    expect(again.status).toBe(304)
    expect(again.headers.get('etag')).toBe(etag)
    expect(await again.text()).toBe('')

    // A change makes another body, so another ETag: the old one no longer matches.
    await payload.update({ collection: 'events', data: { title: unique('Retitled for caching') }, id: event.id })
    const changed = await fetch(`${base}${path}`, { headers: { 'If-None-Match': etag as string } })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(etag)
    expect(await changed.text()).not.toBe(body)
    expect(Date.parse(changed.headers.get('last-modified') as string)).toBeGreaterThanOrEqual(Date.parse(lastModified))

    const signedIn = await fetch(`${base}${path}`, { headers: auth() })
    expect(signedIn.status).toBe(200)
    expect(signedIn.headers.get('cache-control')).toBe('private, no-cache')
    expect(signedIn.headers.get('etag')).toBeNull()
  })
})
