// SQL statements per editor request: constant in the page size and in how much a document links
// to, so a list of 20 costs what a list of 5 does and a save of a note with many sessions what one
// with a single session does.
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { countQueries } from '../../demo/db/queryCounter'
import { paragraphsToLexical } from '../../src/utilities/lexical'
import { createApi } from '../helpers/http'
import { createEventFixture, createTalkFixtures, createUser, type Id, tokenOf, unique } from '../helpers/fixtures'
import { getTestPayload, loadTestConfig } from '../helpers/payload'

let payload: Payload
let api: ReturnType<typeof createApi>
let token: string
let eventId: Id
let talkIds: Id[]
let speakerIds: Id[]

const hours = Array.from({ length: 8 }, (_, index) => 10 + index)

async function createArticle(sessions: Id[], authors: Id[], status: 'draft' | 'published') {
  return payload.create({
    collection: 'articles',
    data: {
      _status: status,
      authors,
      body: paragraphsToLexical(['A note about the session.']),
      event: eventId,
      featuredSessions: sessions,
      title: unique('Counted note'),
    } as never,
  })
}

async function sent(work: () => Promise<{ status: number }>) {
  const { queries, result } = await countQueries(work)
  expect(result.status).toBe(200)
  return queries
}

const statements = async (work: () => Promise<{ status: number }>) => (await sent(work)).length

beforeAll(async () => {
  payload = await getTestPayload()
  api = createApi(loadTestConfig())
  const { event } = await createEventFixture(payload)
  eventId = event.id
  talkIds = await createTalkFixtures(payload, eventId, hours)
  speakerIds = []
  for (let index = 0; index < 8; index += 1) {
    const speaker = await payload.create({ collection: 'speakers', data: { name: unique('Counted speaker') } as never })
    speakerIds.push(speaker.id)
  }
  // Every session has a speaker and a featured note, so a list that joined per row would show it.
  for (const [index, talk] of talkIds.entries()) {
    await payload.update({ collection: 'talks', data: { speakers: [speakerIds[index % speakerIds.length]] } as never, id: talk })
    await createArticle([talk], [speakerIds[0]], 'published')
  }
  token = await tokenOf(payload, await createUser(payload, 'editor'))
}, 120_000)

afterAll(async () => {
  await payload?.destroy()
})

describe('SQL statements per signed-in request', () => {
  it('a list of talks costs the same for 2 as for 8', async () => {
    const list = (limit: number) => () =>
      api.get(`/talks?limit=${limit}&depth=1&where[event][equals]=${eventId}`, token)
    const few = await statements(list(2))
    const many = await statements(list(8))
    expect(few).toBeGreaterThan(0)
    expect(many).toBe(few)
  })

  it('a list of speakers or of articles costs the same for 2 as for 8', async () => {
    // This file's documents only: other files' (with photos or hero images) add a population.
    const ours = { articles: `where[event][equals]=${eventId}`, speakers: 'where[name][like]=Counted speaker' }
    for (const [collection, where] of Object.entries(ours)) {
      const list = (limit: number) => () => api.get(`/${collection}?limit=${limit}&depth=1&${where}`, token)
      const few = await statements(list(2))
      expect(await statements(list(8)), collection).toBe(few)
    }
  })

  it('an article at depth 2 costs the same with 1 author and session as with 5', async () => {
    const small = await createArticle([talkIds[0]], [speakerIds[0]], 'published')
    const large = await createArticle(talkIds.slice(0, 5), speakerIds, 'published')
    const read = (id: Id) => () => api.get(`/articles/${id}?depth=2`, token)
    const few = await statements(read(small.id))
    expect(await statements(read(large.id))).toBe(few)
  })
})

describe('SQL statements per write', () => {
  const autosave = (id: Id, sessions: Id[], text: string) => () =>
    api.patch(`/articles/${id}?draft=true&autosave=true&depth=0`, { body: paragraphsToLexical([text]), event: eventId, featuredSessions: sessions, title: 'Autosaved' }, token)

  it('an autosave costs the same with 1 session as with 5', async () => {
    const small = await createArticle([talkIds[1]], [speakerIds[0]], 'published')
    const large = await createArticle(talkIds.slice(1, 6), speakerIds, 'published')
    // The first autosave makes the autosave version; later ones update it.
    await autosave(small.id, [talkIds[1]], 'first')()
    await autosave(large.id, talkIds.slice(1, 6), 'first')()
    const few = await sent(autosave(small.id, [talkIds[1]], 'second'))
    const many = await statements(autosave(large.id, talkIds.slice(1, 6), 'second'))
    expect(many).toBe(few.length)
    // Sessions kept as they were are not looked up again, and a draft save leaves the published
    // article alone, so neither is read.
    expect(few.filter((query) => /from "(talks|articles)"/.test(query))).toEqual([])
  })

  it('a publish costs the same with 1 session as with 5', async () => {
    const small = await createArticle([talkIds[2]], [speakerIds[0]], 'draft')
    const large = await createArticle(talkIds.slice(2, 7), speakerIds, 'draft')
    const publish = (id: Id, sessions: Id[]) => () =>
      api.patch(`/articles/${id}?depth=0`, { _status: 'published', featuredSessions: sessions }, token)
    const few = await statements(publish(small.id, [talkIds[2]]))
    const many = await statements(publish(large.id, talkIds.slice(2, 7)))
    expect(many).toBe(few)
  })
})

describe('SQL statements per speaker proposal', () => {
  it('a proposal costs the same with 1 link as with 5', async () => {
    const propose = async (links: number) => {
      const profile = await payload.create({ collection: 'speakers', data: { name: unique('Proposing speaker'), shortBio: 'Published bio.' } as never })
      const speakerToken = await tokenOf(payload, await createUser(payload, 'speaker', profile.id))
      const data = {
        links: Array.from({ length: links }, (_, index) => ({ label: `Site ${index}`, url: `https://example.com/${index}` })),
        shortBio: 'A bio the speaker wrote.',
      }
      const queries = await sent(() => api.patch(`/speakers/${profile.id}`, data, speakerToken))
      // Visitors still see the published bio: the public caches are not told to rebuild.
      expect(queries.filter((query) => query.startsWith('NOTIFY'))).toEqual([])
      return queries.length
    }
    const few = await propose(1)
    expect(await propose(5)).toBe(few)
  })
})
