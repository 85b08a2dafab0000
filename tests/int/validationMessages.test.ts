// What a client reads in a 400: the top-level message states the rule, and each error names its
// field, never a database column list like "event_id, slug".
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createEventFixture, createUser, type Id, tokenOf, unique } from '../helpers/fixtures'
import { createApi } from '../helpers/http'
import { getTestPayload, loadTestConfig } from '../helpers/payload'

type ErrorBody = { errors: Array<{ data?: { errors?: Array<{ message: string; path: string }> }; message: string }> }

let payload: Payload
let api: ReturnType<typeof createApi>
let token: string
let eventId: Id
let otherEventId: Id

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
  token = await tokenOf(payload, editor)
  eventId = (await createEventFixture(payload)).event.id
  otherEventId = (await createEventFixture(payload)).event.id
})

afterAll(async () => {
  await payload.destroy()
})

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
