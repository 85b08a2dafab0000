// Control characters (NUL above all, which PostgreSQL cannot store or compare) in writes are a 400
// naming the field; in the notes search and speaker filter they match nothing. Never a 500.
import type { CollectionSlug, Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadNotesIndex } from '../../src/site/notes'
import { createEventFixture, createUser, type Id, tokenOf, unique } from '../helpers/fixtures'
import { createApi } from '../helpers/http'
import { getTestPayload, loadTestConfig } from '../helpers/payload'

type ErrorBody = { errors?: Array<{ data?: { errors?: Array<{ message: string; path: string }> }; message: string }> }

let payload: Payload
let api: ReturnType<typeof createApi>
let token: string
let eventId: Id

function fieldErrors(body: unknown): Array<{ message: string; path: string }> {
  return ((body as ErrorBody).errors ?? []).flatMap((error) => error.data?.errors ?? [])
}

function paragraph(text: string) {
  const textNode = { detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 }
  const block = { children: [textNode], direction: 'ltr', format: '', indent: 0, type: 'paragraph', version: 1 }
  return { root: { children: [block], direction: 'ltr', format: '', indent: 0, type: 'root', version: 1 } }
}

async function count(collection: CollectionSlug): Promise<number> {
  return (await payload.count({ collection })).totalDocs
}

beforeAll(async () => {
  payload = await getTestPayload()
  api = createApi(await loadTestConfig())
  const editor = await createUser(payload, 'editor')
  token = await tokenOf(payload, editor)
  eventId = (await createEventFixture(payload)).event.id
})

afterAll(async () => {
  await payload.destroy()
})

describe('control characters in writes', () => {
  const talk = (title: string) => ({
    endsAt: '2030-05-01T10:30:00.000Z',
    event: eventId,
    kind: 'talk',
    startsAt: '2030-05-01T10:00:00.000Z',
    title,
  })

  const titles = ['A\u0000B', 'bell\u0007', 'esc\u001b[31m', 'del\u007f']
  it.each(titles)('refuses a session title %j with a 400 on title', async (title) => {
    const before = await count('talks')
    const response = await api.post('/talks', talk(title), token)
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)).toContainEqual(
      expect.objectContaining({ message: 'title must not contain control characters', path: 'title' }),
    )
    expect(await count('talks')).toBe(before)
  })

  it('refuses a NUL in a speaker link and in a bio, naming the fields', async () => {
    const response = await api.post(
      '/speakers',
      { fullBio: 'bio\u0000', links: [{ label: 'Site', url: 'https://example.com/\u0000' }], name: unique('Speaker') },
      token,
    )
    expect(response.status).toBe(400)
    const paths = fieldErrors(response.body).map((error) => error.path)
    expect(paths).toEqual(expect.arrayContaining(['fullBio', 'links.0.url']))
  })

  it('refuses a NUL in rich text with a 400 on the body', async () => {
    const response = await api.post('/articles', { body: paragraph('a\u0000b'), event: eventId, title: unique('Note') }, token)
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body).map((error) => error.path)).toContain('body')
  })

  it('keeps tabs and line breaks, and the default rules of a field', async () => {
    const created = await api.post('/speakers', { fullBio: 'line one\n\tline two\r\n', name: unique('Speaker') }, token)
    expect(created.status).toBe(201)
    const missing = await api.post('/talks', talk(''), token)
    expect(missing.status).toBe(400)
    expect(fieldErrors(missing.body).map((error) => error.path)).toContain('title')
  })
})

describe('control characters in queries', () => {
  it('answers a NUL in a REST filter with a 400 that says so', async () => {
    const response = await api.get(`/articles?where[slug][not_equals]=${encodeURIComponent('\u0000')}`)
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('NUL character')
  })

  it('answers a NUL in a GraphQL filter with a 400 error that says so, not "Something went wrong"', async () => {
    const response = await api.graphql<{ errors?: Array<{ extensions: { statusCode: number }; message: string }> }>(
      '{ Articles(where: { slug: { not_equals: "\\u0000" } }) { docs { id } totalDocs } }',
    )
    const [error] = response.body.errors ?? []
    expect(error?.extensions.statusCode).toBe(400)
    expect(error?.message).toContain('NUL character')
  })
})

describe('control characters in the notes search', () => {
  it('matches nothing for a NUL in q or in the speaker filter, without failing', async () => {
    const searched = await loadNotesIndex(payload, { q: 'a\u0000b' })
    expect(searched.articles).toEqual([])
    expect(searched.totalDocs).toBe(0)
    const filtered = await loadNotesIndex(payload, { speaker: 'ada\u0000' })
    expect(filtered.articles).toEqual([])
    expect(filtered.unknown).toContain('speaker')
  })
})
