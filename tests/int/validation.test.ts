import type { CollectionSlug, Payload } from 'payload'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createApi } from '../helpers/http'
import { createEventFixture, createUser, type Id, unique } from '../helpers/fixtures'
import { getTestPayload, loadTestConfig } from '../helpers/payload'

type ErrorBody = { errors: Array<{ data?: { errors?: Array<{ message: string; path: string }> }; message: string }> }

let payload: Payload
let api: ReturnType<typeof createApi>
let token: string
let eventId: Id
let otherEventId: Id

/** The field paths a 400 names, and the count of documents before/after to prove nothing was written. */
function fieldPaths(body: unknown): string[] {
  return ((body as ErrorBody).errors ?? []).flatMap((error) => (error.data?.errors ?? []).map((item) => item.path))
}

async function count(collection: CollectionSlug) {
  return (await payload.count({ collection })).totalDocs
}

const talk = (overrides: Record<string, unknown>) => ({
  endsAt: '2030-05-01T10:30:00.000Z',
  event: eventId,
  kind: 'talk',
  startsAt: '2030-05-01T10:00:00.000Z',
  title: unique('Talk'),
  ...overrides,
})

beforeAll(async () => {
  payload = await getTestPayload()
  api = createApi(await loadTestConfig())
  const editor = await createUser(payload, 'editor')
  const login = await payload.login({
    collection: 'users',
    data: { email: editor.email as string, password: 'a-long-test-password' },
  })
  token = login.token as string
  eventId = (await createEventFixture(payload)).event.id
  otherEventId = (await createEventFixture(payload)).event.id
})

afterAll(async () => {
  await payload.destroy()
})

describe('bad input gets a 400 naming the field, and nothing is written', () => {
  it('refuses a slot that ends before it starts', async () => {
    const before = await count('talks')
    const response = await api.post('/talks', talk({ endsAt: '2030-05-01T09:30:00.000Z' }), token)
    expect(response.status).toBe(400)
    expect(fieldPaths(response.body)).toContain('endsAt')
    expect(JSON.stringify(response.body)).toContain('endsAt must be after startsAt')
    expect(await count('talks')).toBe(before)
  })

  it('refuses a slot outside the dates of its event', async () => {
    const before = await count('talks')
    const response = await api.post(
      '/talks',
      talk({ endsAt: '2030-05-02T10:30:00.000Z', startsAt: '2030-05-02T10:00:00.000Z' }),
      token,
    )
    expect(response.status).toBe(400)
    expect(fieldPaths(response.body)).toContain('startsAt')
    expect(JSON.stringify(response.body)).toMatch(/within the dates of/)
    expect(await count('talks')).toBe(before)
  })

  it('refuses moving an existing slot outside its event, leaving it as it was', async () => {
    const created = await api.post('/talks', talk({}), token)
    expect(created.status).toBe(201)
    const id = (created.body as { doc: { id: Id } }).doc.id
    const response = await api.patch(`/talks/${id}`, { endsAt: '2030-05-01T19:00:00.000Z' }, token)
    expect(response.status).toBe(400)
    expect(fieldPaths(response.body)).toContain('endsAt')
    const stored = await payload.findByID({ collection: 'talks', id })
    expect(stored.endsAt).toBe('2030-05-01T10:30:00.000Z')
  })

  it('refuses an unknown session kind', async () => {
    const before = await count('talks')
    const response = await api.post('/talks', talk({ kind: 'hackathon' }), token)
    expect(response.status).toBe(400)
    expect(fieldPaths(response.body)).toContain('kind')
    expect(await count('talks')).toBe(before)
  })

  it('refuses a duplicate slug', async () => {
    const name = unique('Series')
    expect((await api.post('/event-series', { name }, token)).status).toBe(201)
    const before = await count('event-series')
    const response = await api.post('/event-series', { name: `${name}` }, token)
    expect(response.status).toBe(400)
    expect(fieldPaths(response.body)).toContain('slug')
    expect(await count('event-series')).toBe(before)
  })

  it('refuses a second organization that differs only in case', async () => {
    const name = unique('Acme')
    expect((await api.post('/organizations', { name }, token)).status).toBe(201)
    const response = await api.post('/organizations', { name: name.toUpperCase() }, token)
    expect(response.status).toBe(400)
    expect(fieldPaths(response.body)).toContain('slug')
  })

  it('refuses an event whose timezone is not an IANA zone', async () => {
    const before = await count('events')
    const { series } = await createEventFixture(payload)
    const response = await api.post(
      '/events',
      {
        dates: [{ end: '2030-01-01T18:00:00Z', start: '2030-01-01T09:00:00Z' }],
        series: series.id,
        timezone: 'PT',
        title: unique('Event'),
      },
      token,
    )
    expect(response.status).toBe(400)
    expect(fieldPaths(response.body)).toContain('timezone')
    expect(await count('events')).toBe(before + 1) // only the fixture's own event
  })

  it('refuses a non-image upload', async () => {
    const before = await count('media')
    const form = new FormData()
    form.append('file', new Blob(['<html><script>alert(1)</script></html>'], { type: 'image/png' }), 'photo.png')
    form.append('_payload', JSON.stringify({ alt: 'not an image' }))
    const response = await api.postForm('/media', form, token)
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(/file/i)
    expect(await count('media')).toBe(before)
  })

  it('refuses an SVG with a script, however it is named', async () => {
    const before = await count('media')
    for (const name of ['logo.svg', 'logo.png']) {
      const form = new FormData()
      const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
      form.append('file', new Blob([svg], { type: 'image/svg+xml' }), name)
      form.append('_payload', JSON.stringify({ alt: 'svg' }))
      const response = await api.postForm('/media', form, token)
      expect(response.status).toBe(400)
    }
    expect(await count('media')).toBe(before)
  })

  it('refuses an image over the size limit and a pixel bomb, naming the file', async () => {
    const before = await count('media')
    const noisy = await sharp({
      create: { background: '#000', channels: 3, height: 1600, noise: { mean: 128, sigma: 60, type: 'gaussian' }, width: 1600 },
    })
      .png({ compressionLevel: 0 })
      .toBuffer()
    expect(noisy.length).toBeGreaterThan(5_000_000)
    const bomb = await sharp({ create: { background: '#fff', channels: 3, height: 7000, width: 7000 } }).png().toBuffer()
    expect(bomb.length).toBeLessThan(5_000_000)
    for (const [data, pattern] of [
      [noisy, /larger than 5 MB/],
      [bomb, /megapixels/],
    ] as const) {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(data)], { type: 'image/png' }), 'big.png')
      form.append('_payload', JSON.stringify({ alt: 'too big' }))
      const response = await api.postForm('/media', form, token)
      expect(response.status).toBe(400)
      expect(fieldPaths(response.body)).toContain('file')
      expect(JSON.stringify(response.body)).toMatch(pattern)
    }
    expect(await count('media')).toBe(before)
  })

  it('accepts a real JPEG and makes the square avatars, card and social sizes', async () => {
    const jpeg = await sharp({ create: { background: '#3366cc', channels: 3, height: 900, width: 1600 } }).jpeg().toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'stage.jpg')
    form.append('_payload', JSON.stringify({ alt: 'The stage' }))
    const response = await api.postForm('/media', form, token)
    expect(response.status).toBe(201)
    const doc = (response.body as { doc: { mimeType: string; sizes: Record<string, { height: number; width: number }> } }).doc
    expect(doc.mimeType).toBe('image/jpeg')
    expect(doc.sizes.avatarSmall).toMatchObject({ height: 96, width: 96 })
    expect(doc.sizes.avatar).toMatchObject({ height: 256, width: 256 })
    expect(doc.sizes.avatarLarge).toMatchObject({ height: 512, width: 512 })
    expect(doc.sizes.card).toMatchObject({ height: 450, width: 800 })
    expect(doc.sizes.social).toMatchObject({ height: 630, width: 1200 })

    // Served with its type pinned and nothing allowed to run if it is opened directly.
    const file = await api.fetchRaw(`/media/file/${(response.body as { doc: { filename: string } }).doc.filename}`)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('image/jpeg')
    expect(file.headers.get('x-content-type-options')).toBe('nosniff')
    expect(file.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox")
    expect(Buffer.from(await file.arrayBuffer()).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]))
  })

  it('refuses featuring a session of another event, naming the session', async () => {
    const other = await createEventFixture(payload)
    const otherTalk = await payload.create({
      collection: 'talks',
      data: { ...talk({}), event: other.event.id } as never,
    })
    const before = await count('articles')
    const response = await api.post(
      '/articles',
      { _status: 'published', event: eventId, featuredSessions: [otherTalk.id], title: unique('Note') },
      token,
    )
    expect(response.status).toBe(400)
    expect(fieldPaths(response.body)).toContain('featuredSessions')
    expect(JSON.stringify(response.body)).toContain(otherTalk.title)
    expect(await count('articles')).toBe(before)
  })
})

// What a client reads in a 400: the top-level message states the rule, and each error names its
// field, never a database column list like "event_id, slug".
describe('validation messages', () => {
  it('names the slug in words when a session slug is taken in the same event', async () => {
    const slug = unique('keynote')
    expect((await api.post('/talks', talk({ slug }), token)).status).toBe(201)
    const response = await api.post('/talks', talk({ slug }), token)
    expect(response.status).toBe(400)
    const [error] = (response.body as ErrorBody).errors
    expect(error.message).toBe(`A session with the slug "${slug}" already exists in this event`)
    expect(error.data?.errors).toEqual([{ message: error.message, path: 'slug' }])
    expect(JSON.stringify(response.body)).not.toContain('event_id')
  })

  it('names the slug when an update moves a session onto a taken slug, and allows it in another event', async () => {
    const slug = unique('panel')
    expect((await api.post('/talks', talk({ slug }), token)).status).toBe(201)
    const other = await api.post('/talks', talk({}), token)
    const id = (other.body as { doc: { id: Id } }).doc.id
    const response = await api.patch(`/talks/${id}`, { slug }, token)
    expect(response.status).toBe(400)
    expect((response.body as ErrorBody).errors[0].message).toMatch(/already exists in this event/)
    expect((await api.post('/talks', talk({ event: otherEventId, slug }), token)).status).toBe(201)
  })

  it('states the rule in the top-level message of a slot outside the event', async () => {
    const response = await api.post(
      '/talks',
      talk({ endsAt: '2030-05-02T10:30:00.000Z', startsAt: '2030-05-02T10:00:00.000Z' }),
      token,
    )
    expect(response.status).toBe(400)
    const [error] = (response.body as ErrorBody).errors
    expect(error.message).toMatch(/^the session must lie within the dates of "/)
    expect(error.data?.errors?.map((item) => item.path)).toEqual(['startsAt'])
  })
})

describe('values of a shape the database layer did not expect', () => {
  it('takes null for an array field as no rows', async () => {
    const response = await api.post('/speakers', { links: null, name: unique('Null links') }, token)
    expect(response.status).toBe(201)
    expect((response.body as { doc: { links: unknown[] } }).doc.links).toEqual([])
  })

  it('refuses a relationship that is no id, in a draft too, with a 400 naming the field', async () => {
    const before = await count('articles')
    const response = await api.post('/articles', { event: { toString: true }, featuredSessions: [{}], title: unique('Junk relation') }, token)
    expect(response.status).toBe(400)
    expect(fieldPaths(response.body).sort()).toEqual(['event', 'featuredSessions'])
    expect((response.body as ErrorBody).errors[0].message).toMatch(/event must be the id of a document/)
    expect(await count('articles')).toBe(before)
  })

  it('refuses an object where text belongs, before any hook reads it', async () => {
    const response = await api.post('/organizations', { name: { toString: true }, website: ['x'] }, token)
    expect(response.status).toBe(400)
    expect(fieldPaths(response.body).sort()).toEqual(['name', 'website'])
  })

  it('refuses a date that is no date with a 400 in words', async () => {
    const before = await count('organizations')
    const response = await api.post('/organizations', { createdAt: [-1736853515, '-1.36e-85'], name: unique('Bad date') }, token)
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).not.toMatch(/created_at|insert into/)
    expect(await count('organizations')).toBe(before)
  })
})
