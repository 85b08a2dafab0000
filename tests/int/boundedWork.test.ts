// One REST or GraphQL request asks for a bounded amount of work: page sizes, depth and joins are
// clamped, bad values are a 400 naming the parameter, and costly GraphQL is refused before it runs.
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createEventFixture, type Id } from '../helpers/fixtures'
import { createApi } from '../helpers/http'
import { getTestPayload, loadTestConfig } from '../helpers/payload'

let payload: Payload
let api: ReturnType<typeof createApi>
let eventId: Id
const SESSIONS = 105 // more than the largest page (apiLimits.maxLimit, 100)

interface ListBody {
  docs: unknown[]
  limit?: number
}

beforeAll(async () => {
  payload = await getTestPayload()
  api = createApi(await loadTestConfig())
  const { event } = await createEventFixture(payload)
  eventId = event.id
  const start = Date.parse('2030-05-01T09:00:00.000Z')
  for (let index = 0; index < SESSIONS; index += 1) {
    await payload.create({
      collection: 'talks',
      data: {
        endsAt: new Date(start + (index + 1) * 5 * 60_000).toISOString(),
        event: eventId,
        kind: 'talk',
        startsAt: new Date(start + index * 5 * 60_000).toISOString(),
        title: `Bounded ${index}`,
      } as never,
    })
  }
})

afterAll(async () => {
  await payload.delete({ collection: 'talks', where: { event: { equals: eventId } } })
  await payload.delete({ collection: 'events', id: eventId })
  await payload.destroy()
})

const ofEvent = `where[event][equals]=`

describe('REST bounds', () => {
  it.each(['limit=0', 'limit=1000000', 'pagination=false', 'limit=0&pagination=false'])(
    'answers at most one page of 100 for %s',
    async (query) => {
      const { body, status } = await api.get<ListBody>(`/talks?${ofEvent}${eventId}&${query}&depth=0`)
      expect(status).toBe(200)
      expect(body.docs).toHaveLength(100)
    },
  )

  it('keeps an ordinary page size as asked', async () => {
    const { body } = await api.get<ListBody>(`/talks?${ofEvent}${eventId}&limit=7&depth=0`)
    expect(body.docs).toHaveLength(7)
  })

  it.each([
    ['limit=-1', 'limit'],
    ['limit=abc', 'limit'],
    ['page=-1', 'page'],
    ['page=0', 'page'],
    ['page=1.5', 'page'],
    ['depth=-1', 'depth'],
    ['depth=x', 'depth'],
  ])('refuses %s with a 400 naming the parameter', async (query, field) => {
    const { body, status } = await api.get<{ errors: Array<{ data?: { errors?: Array<{ path: string }> }; message: string }> }>(
      `/talks?${query}`,
    )
    expect(status).toBe(400)
    expect(body.errors[0].message).toContain(field)
    expect(body.errors[0].data?.errors?.[0]?.path).toBe(field)
  })

  it.each([
    ['where[title][like][0]=a&where[title][like][1]=b', 'where[title][like]'],
    ['where[endsAt][like][0]=1&where[endsAt][like][1]=x', 'where[endsAt][like]'],
    ['where[title]=x', 'where[title]'],
    ['where[title][near]=1', 'where[title][near]'],
    ['where[or][0][startsAt][intersects]=1', 'where[or][0][startsAt][intersects]'],
    ['where[title][all]=x', 'where[title][all]'],
    ['where[createdAt][contains]=x', 'where[createdAt][contains]'],
  ])('refuses the malformed condition %s with a 400 naming it', async (query, field) => {
    const { body, status } = await api.get<{ errors: Array<{ data?: { errors?: Array<{ path: string }> }; message: string }> }>(`/talks?${query}`)
    expect(status).toBe(400)
    expect(body.errors[0].data?.errors?.[0]?.path).toBe(field)
  })

  it('clamps a join asked for without a limit', async () => {
    const { body, status } = await api.get<{ sessions: { docs: unknown[] } }>(
      `/events/${eventId}?depth=0&joins[sessions][limit]=0`,
    )
    expect(status).toBe(200)
    expect(body.sessions.docs).toHaveLength(100)
  })
})

describe('GraphQL bounds', () => {
  const nested = (levels: number): string => {
    let selection = 'id'
    for (let level = 0; level < levels; level += 1) selection = `id event { title sessions { docs { ${selection} } } }`
    return `{ Talks(limit: 0) { docs { ${selection} } } }`
  }

  it('refuses joins nested inside lists before running them', async () => {
    // Two levels stay within the depth limit: the cost is what refuses them.
    const started = Date.now()
    const { body } = await api.graphql<{ data?: unknown; errors: Array<{ message: string }> }>(nested(2))
    expect(body.data).toBeUndefined()
    expect(body.errors[0].message).toMatch(/exceeds the maximum complexity of 10000/)
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('refuses ten levels and a hundred aliases', async () => {
    const deep = await api.graphql<{ errors: Array<{ message: string }> }>(nested(10))
    expect(deep.body.errors[0].message).toMatch(/^Query depth limit of 10 exceeded/)
    const aliases = Array.from({ length: 100 }, (_, index) => `a${index}: Talks { totalDocs }`).join(' ')
    const aliased = await api.graphql<{ data?: unknown; errors: Array<{ message: string }> }>(`{ ${aliases} }`)
    expect(aliased.body.data).toBeUndefined()
    expect(aliased.body.errors.some((error) => /alias/i.test(error.message))).toBe(true)
  })

  it('answers a list with limit 0 and a join without a limit with at most a page of 100', async () => {
    const { body } = await api.graphql<{ data: { Talks: { docs: unknown[] } } }>(
      `{ Talks(limit: 0, where: { event: { equals: ${eventId} } }) { docs { id } } }`,
    )
    expect(body.data.Talks.docs).toHaveLength(100)
    const joined = await api.graphql<{ data: { Event: { sessions: { docs: unknown[] } } } }>(
      `{ Event(id: ${eventId}) { sessions { docs { id } } } }`,
    )
    expect(joined.body.data.Event.sessions.docs).toHaveLength(100)
  })

  it('still answers what a site asks for: a page of sessions with their event and speakers', async () => {
    const { body } = await api.graphql<{ data: { Talks: { docs: Array<{ event: { title: string } }> } }; errors?: unknown }>(
      `{ Talks(limit: 100, where: { event: { equals: ${eventId} } }) { docs { title startsAt event { title } speakers { role speaker { name organization { name } } } } } }`,
    )
    expect(body.errors).toBeUndefined()
    expect(body.data.Talks.docs).toHaveLength(100)
  })

  it('names the argument of a negative page instead of an internal error', async () => {
    const { body } = await api.graphql<{ errors: Array<{ message: string }> }>(`{ Talks(page: -1) { docs { id } } }`)
    expect(body.errors[0].message).toMatch(/page/)
    expect(body.errors[0].message).not.toMatch(/Something went wrong/)
  })
})
