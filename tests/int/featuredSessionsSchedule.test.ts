// The query the article's featured-sessions schedule sends, answered by the real REST API for a
// signed-in editor: each session with the event's title and time zone the times are shown in.
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type FeaturedSession, featuredSessionsQuery } from '../../src/admin/featuredSessionsQuery'
import { createEventFixture, createTalkFixtures, createUser, type Id, tokenOf } from '../helpers/fixtures'
import { createApi } from '../helpers/http'
import { getTestPayload, loadTestConfig } from '../helpers/payload'

let payload: Payload
let api: ReturnType<typeof createApi>
const made: Array<{ collection: 'event-series' | 'events' | 'talks' | 'users'; id: Id }> = []

beforeAll(async () => {
  payload = await getTestPayload()
  api = createApi(await loadTestConfig())
})

afterAll(async () => {
  for (const { collection, id } of made.reverse()) await payload.delete({ collection, id })
  await payload.destroy()
})

describe("the article's featured-sessions schedule", () => {
  it("gets each session's times with its event's title and time zone, as the editor", async () => {
    const { event, series } = await createEventFixture(payload)
    const talks = await createTalkFixtures(payload, event.id, [10, 11])
    const editor = await createUser(payload, 'editor')
    made.push({ collection: 'event-series', id: series.id }, { collection: 'events', id: event.id })
    made.push(...talks.map((id) => ({ collection: 'talks' as const, id })), { collection: 'users', id: editor.id as Id })

    const answer = await api.get<{ docs: FeaturedSession[] }>(`/talks?${featuredSessionsQuery(talks.map(String))}`, await tokenOf(payload, editor))
    expect(answer.status).toBe(200)
    expect(answer.body.docs.map((doc) => doc.id).sort()).toEqual([...talks].sort())
    for (const doc of answer.body.docs) {
      expect(doc.event).toMatchObject({ timezone: 'Europe/Berlin', title: event.title })
      expect(doc).toMatchObject({ endsAt: expect.any(String), startsAt: expect.any(String), status: 'scheduled', title: expect.any(String) })
    }
  })
})
