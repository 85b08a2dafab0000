// The REST cache of `npm start`: a node:http server in front of Payload's real REST handler (the
// code Next.js's /api route runs), on the test database.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Payload, SanitizedConfig } from 'payload'

import { createServer, type Server } from 'node:http'
import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createApiCache } from '../../demo/server/apiCache'
import { createPublicCaching } from '../../demo/server/publicCaching'
import { createReplayCache } from '../../demo/server/replayCache'
import { createUser, unique } from '../helpers/fixtures'
import { createApi } from '../helpers/http'
import { getTestPayload, loadTestConfig } from '../helpers/payload'

let payload: Payload
let config: SanitizedConfig
let server: Server
let base: string
const reached: string[] = []
let editorToken: string
const made: Array<number | string> = []

async function createSpeaker(data: { name: string; shortBio?: string }) {
  const speaker = await payload.create({ collection: 'speakers', data })
  made.push(speaker.id)
  return speaker
}

/** Serves `handle` first, then Payload's REST handler, counting what reaches Payload. */
async function listen(handle: (request: IncomingMessage, response: ServerResponse) => boolean): Promise<[Server, string]> {
  const instance = createServer((request, response) => {
    if (handle(request, response)) return
    reached.push(request.url ?? '')
    const headers = new Headers()
    for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string') headers.set(name, value)
    void handleEndpoints({ config, request: new Request(`http://localhost:3000${request.url}`, { headers, method: request.method }) }).then(
      async (answer) => {
        // As Next.js sends a route handler's Response: header by header, then the body.
        response.statusCode = answer.status
        for (const [name, value] of answer.headers) response.setHeader(name, value)
        response.end(Buffer.from(await answer.arrayBuffer()))
      },
    )
  })
  await new Promise<void>((resolve) => instance.listen(0, '127.0.0.1', resolve))
  const address = instance.address()
  return [instance, `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`]
}

beforeAll(async () => {
  payload = await getTestPayload()
  config = await loadTestConfig()
  // After loadTestConfig: the config module reads the test database's environment when loaded.
  const { talkNotesOptions } = await import('../../demo/payload.config')
  ;[server, base] = await listen(createApiCache(payload, createPublicCaching(payload, talkNotesOptions)))
  const editor = await createUser(payload, 'editor')
  const login = await createApi(config).post('/users/login', { email: editor.email, password: 'a-long-test-password' })
  editorToken = (login.body as { token: string }).token
})

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
  await payload.delete({ collection: 'speakers', where: { id: { in: made } } })
  await payload.destroy()
})

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${path}`, { headers })
  return { body: await response.text(), status: response.status }
}

/** How many of the requests `work` makes reach Payload. */
async function reaching(work: () => Promise<unknown>): Promise<number> {
  const before = reached.length
  await work()
  return reached.length - before
}

// NOTIFY of a write arrives after its commit; let it land before measuring.
const settle = () => new Promise((resolve) => setTimeout(resolve, 300))

describe('REST cache for visitors', () => {
  it('replays an anonymous read until public content changes, then shows the change', async () => {
    const speaker = await createSpeaker({ name: unique('Cached'), shortBio: 'First bio.' })
    await settle()
    const path = `/api/speakers/${speaker.id}?depth=1`
    const first = await get(path)
    expect(JSON.parse(first.body).shortBio).toBe('First bio.')
    expect(await reaching(async () => expect((await get(path)).body).toBe(first.body))).toBe(0)
    const list = `/api/speakers?limit=5&where[id][equals]=${speaker.id}`
    await get(list)
    expect(await reaching(() => get(list))).toBe(0)

    await payload.update({ collection: 'speakers', data: { shortBio: 'Second bio.' }, id: speaker.id })
    const after = await get(path)
    expect(JSON.parse(after.body).shortBio).toBe('Second bio.')
    await settle()
    expect(await reaching(() => get(list))).toBe(1)
  })

  it("never answers a signed-in request from the cache, nor keeps its answer for visitors", async () => {
    const speaker = await createSpeaker({ name: unique('Private'), shortBio: 'Public bio.' })
    await settle()
    const path = `/api/speakers/${speaker.id}?draft=true`
    await get(path)
    const asEditor = { Authorization: `JWT ${editorToken}` }
    expect(await reaching(() => get(path, asEditor))).toBe(1)
    expect(await reaching(() => get(path, { cookie: `payload-token=${editorToken}` }))).toBe(1)
    // What an editor was answered (it may hold pending text) is not kept for visitors.
    const fresh = `/api/speakers?depth=0&limit=1&where[id][equals]=${speaker.id}&sort=${unique('x')}`
    await get(fresh, asEditor)
    expect(await reaching(() => get(fresh))).toBe(1)
  })

  it('leaves accounts, custom endpoints, files, GraphQL and errors to Payload every time', async () => {
    const speaker = await createSpeaker({ name: unique('Other') })
    await settle()
    for (const path of [
      '/api/users/me',
      '/api/users',
      `/api/speakers/${speaker.id}/review`,
      '/api/speakers/invitation?token=abc',
      '/api/media/file/none.jpg',
      '/api/graphql?query={__typename}',
      '/api/speakers/999999999',
      '/api/audit-log',
    ]) {
      await get(path)
      expect(await reaching(() => get(path)), path).toBe(1)
    }
  })
})

describe('replay cache bounds', () => {
  it('drops the least recently used response beyond its entry budget', async () => {
    const [small, smallBase] = await listen(
      createReplayCache(payload, {
        cacheable: (status) => status === 200,
        keyOf: (request) => (request.url?.startsWith('/api/organizations?') ? request.url : null),
        maxEntries: 2,
      }),
    )
    try {
      const fetchPath = (path: string) => fetch(`${smallBase}${path}`).then((response) => response.text())
      const [a, b, c] = ['a', 'b', 'c'].map((name) => `/api/organizations?limit=1&sort=name&x=${name}`)
      await settle()
      await fetchPath(a)
      await fetchPath(b)
      expect(await reaching(() => fetchPath(a))).toBe(0) // a is now the most recent
      await fetchPath(c) // evicts b
      expect(await reaching(() => fetchPath(a))).toBe(0)
      expect(await reaching(() => fetchPath(b))).toBe(1)
    } finally {
      await new Promise<void>((resolve) => small.close(() => resolve()))
    }
  })
})
