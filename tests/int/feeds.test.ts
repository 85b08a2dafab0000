import type { Payload } from 'payload'

import { XMLParser } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { countQueries } from '../../demo/db/queryCounter'
import { paragraphsToLexical } from '../../src/utilities/lexical'
import { createApi } from '../helpers/http'
import { createEventFixture, createTalkFixtures, createUser, type Id, tokenOf, unique } from '../helpers/fixtures'
import { getTestPayload, loadTestConfig } from '../helpers/payload'

let payload: Payload
let api: ReturnType<typeof createApi>
let eventSlug: string
let eventId: Id
let talkIds: Id[]
let speakerToken: string

const paragraph = (text: string) => paragraphsToLexical([text])

async function feedTitles(path: string, token?: string): Promise<string[]> {
  const response = await api.fetchRaw(path, token ? { Authorization: `JWT ${token}` } : {})
  expect(response.status).toBe(200)
  const text = await response.text()
  if (path.includes('.json')) return (JSON.parse(text) as { items: Array<{ title: string }> }).items.map((item) => item.title)
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'entry' }).parse(text)
  const entries = (parsed.rss?.channel?.item ?? parsed.feed?.entry ?? []) as Array<{ title: string | { '#text': string } }>
  return entries.map((entry) => (typeof entry.title === 'object' ? entry.title['#text'] : String(entry.title)))
}

const allFeeds = (suffix = '') => [`/feed.xml${suffix}`, `/feed.atom${suffix}`, `/feed.json${suffix}`]

async function publishedArticle(title: string, sessions: Id[] = []) {
  return payload.create({
    collection: 'articles',
    data: { _status: 'published', body: paragraph(`Body of ${title}`), event: eventId, featuredSessions: sessions, title } as never,
  })
}

beforeAll(async () => {
  payload = await getTestPayload()
  api = createApi(await loadTestConfig())
  const { event } = await createEventFixture(payload)
  eventId = event.id
  eventSlug = event.slug as string
  talkIds = await createTalkFixtures(payload, eventId)
  const speakerProfile = await payload.create({ collection: 'speakers', data: { name: unique('Speaker') } as never })
  const speaker = await createUser(payload, 'speaker', speakerProfile.id)
  speakerToken = await tokenOf(payload, speaker)
})

afterAll(async () => {
  await payload.destroy()
})

describe('publishing to the feeds', () => {
  it('shows a published article in all three feeds and the event filter on the next request', async () => {
    const title = unique('Published note')
    await publishedArticle(title)
    for (const path of [...allFeeds(), ...allFeeds(`?event=${eventSlug}`)]) {
      expect(await feedTitles(path)).toContain(title)
    }
  })

  it('never shows drafts, scheduled or unpublished articles to visitors or speakers, anywhere', async () => {
    const draftTitle = unique('Draft note')
    await payload.create({ collection: 'articles', data: { _status: 'draft', event: eventId, title: draftTitle } as never, draft: true })

    const embargoedTitle = unique('Embargoed note')
    const embargoed = await payload.create({
      collection: 'articles',
      data: { _status: 'published', embargo: 'session-end', event: eventId, featuredSessions: [talkIds[0]], title: embargoedTitle } as never,
    })
    expect(embargoed._status).toBe('draft')

    const unpublishedTitle = unique('Unpublished note')
    const unpublished = await publishedArticle(unpublishedTitle, [talkIds[1]])
    await payload.update({ collection: 'articles', data: { _status: 'draft' } as never, id: unpublished.id })

    const hidden = [draftTitle, embargoedTitle, unpublishedTitle]
    for (const token of [undefined, speakerToken]) {
      for (const path of [...allFeeds(), ...allFeeds(`?event=${eventSlug}`)]) {
        const titles = await feedTitles(path, token)
        for (const title of hidden) expect(titles).not.toContain(title)
      }
      const rest = await api.get<{ docs: Array<{ title: string }> }>('/articles?limit=200&draft=true', token)
      for (const title of hidden) expect(rest.body.docs.map((doc) => doc.title)).not.toContain(title)
      const graphql = await api.graphql<{ data: { Articles: { docs: Array<{ title: string }> } } }>(
        '{ Articles(limit: 200, draft: true) { docs { title } } }',
        token,
      )
      for (const title of hidden) expect(graphql.body.data.Articles.docs.map((doc) => doc.title)).not.toContain(title)
      for (const talkId of talkIds.slice(0, 2)) {
        const talk = await api.get<{ featuredArticles: { docs: Array<{ title: string }> } }>(`/talks/${talkId}?depth=1`, token)
        const featured = talk.body.featuredArticles.docs.map((doc) => doc.title)
        for (const title of hidden) expect(featured).not.toContain(title)
      }
    }
  })

  it('removes an unpublished and a deleted article from the feeds at once', async () => {
    const title = unique('Short-lived note')
    const article = await publishedArticle(title)
    expect(await feedTitles('/feed.json')).toContain(title)
    await payload.update({ collection: 'articles', data: { _status: 'draft' } as never, id: article.id })
    expect(await feedTitles('/feed.json')).not.toContain(title)
    await payload.update({ collection: 'articles', data: { _status: 'published' } as never, id: article.id })
    expect(await feedTitles('/feed.atom')).toContain(title)
    await payload.delete({ collection: 'articles', id: article.id })
    expect(await feedTitles('/feed.atom')).not.toContain(title)
  })

  it('keeps the item id when the slug changes', async () => {
    const title = unique('Renamed note')
    const article = await publishedArticle(title)
    const idOf = async () => {
      const feed = JSON.parse(await (await api.fetchRaw('/feed.json')).text()) as { items: Array<{ id: string; title: string; url: string }> }
      return feed.items.find((item) => item.title === title)
    }
    const before = await idOf()
    await payload.update({ collection: 'articles', data: { slug: unique('new-slug').toLowerCase() } as never, id: article.id })
    const after = await idOf()
    expect(after?.id).toBe(before?.id)
    expect(after?.url).not.toBe(before?.url)
  })

  it('answers conditional requests with 304 and the same ETag until a publish changes the feed', async () => {
    const first = await api.fetchRaw('/feed.xml')
    const etag = first.headers.get('etag') as string
    const lastModified = first.headers.get('last-modified') as string
    expect(etag).toMatch(/^".+"$/)
    expect(lastModified).toBeTruthy()
    const again = await api.fetchRaw('/feed.xml', { 'If-None-Match': etag })
    expect(again.status).toBe(304)
    expect(again.headers.get('etag')).toBe(etag)
    expect((await api.fetchRaw('/feed.xml', { 'If-Modified-Since': lastModified })).status).toBe(304)
    // A draft save is not public: still 304.
    await payload.create({ collection: 'articles', data: { _status: 'draft', event: eventId, title: unique('Quiet draft') } as never, draft: true })
    expect((await api.fetchRaw('/feed.xml', { 'If-None-Match': etag })).status).toBe(304)
    await publishedArticle(unique('Loud note'))
    const changed = await api.fetchRaw('/feed.xml', { 'If-None-Match': etag })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(etag)
  })

  it('refuses an unknown filter slug with a 400 naming the parameter', async () => {
    const response = await api.fetchRaw('/feed.xml?series=no-such-series')
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('series')
    expect((await api.fetchRaw('/feed.json?speaker=Not%20A%20Slug')).status).toBe(400)
  })

  it('filters by speaker: notes on their sessions', async () => {
    const profile = await payload.create({ collection: 'speakers', data: { name: unique('Filter Speaker') } as never })
    await payload.update({ collection: 'talks', data: { speakers: [{ role: 'speaker', speaker: profile.id }] } as never, id: talkIds[2] })
    const title = unique('Note on speaker')
    await publishedArticle(title, [talkIds[2]])
    expect(await feedTitles(`/feed.json?speaker=${profile.slug}`)).toEqual([title])
  })

  it('rebuilds a feed with the same number of SQL statements for 10 and for 110 articles', async () => {
    // An event of its own, so both measurements see articles of one shape: only the number changes.
    const { event } = await createEventFixture(payload)
    const talk = await payload.create({
      collection: 'talks',
      data: { endsAt: '2030-05-01T10:30:00.000Z', event: event.id, kind: 'talk', startsAt: '2030-05-01T10:00:00.000Z', title: unique('Measured talk') } as never,
    })
    const author = await payload.create({ collection: 'speakers', data: { name: unique('Measured author') } as never })
    // Ten writes at a time: more concurrent transactions than the pool allows would wait their turn
    // and, past connectionTimeoutMillis, be refused as "busy" (hardenDatabaseAdapter).
    const publish = async (count: number) => {
      for (let done = 0; done < count; done += 10) {
        await Promise.all(
          Array.from({ length: Math.min(10, count - done) }, () =>
            payload.create({
              collection: 'articles',
              data: { _status: 'published', authors: [author.id], body: paragraph('Measured'), event: event.id, featuredSessions: [talk.id], title: unique('Measured') } as never,
            }),
          ),
        )
      }
    }
    const measure = async () => {
      const { queries, result } = await countQueries(() => api.fetchRaw(`/feed.json?event=${event.slug}`))
      expect(result.status).toBe(200)
      return queries.length
    }
    await publish(10)
    const few = await measure()
    await publish(100)
    const many = await measure()
    expect(few).toBeGreaterThan(0)
    expect(many).toBe(few)
  })

})
