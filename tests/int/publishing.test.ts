import type { CollectionAfterChangeHook, Payload } from 'payload'

import { createHmac } from 'node:crypto'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runJobsOnce, startJobRunner } from '../../src/jobs/runner'
import { createEventFixture, createTalkFixtures, createUser, type Id, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let eventId: Id
let talks: Id[]

async function featuredOn(talkId: Id): Promise<Id[]> {
  const talk = await payload.findByID({ collection: 'talks', depth: 0, id: talkId, overrideAccess: false })
  return (talk.featuredArticles?.docs ?? []).map((doc) => (typeof doc === 'object' ? doc.id : doc))
}

async function auditFor(id: Id) {
  const { docs } = await payload.find({
    collection: 'audit-log',
    pagination: false,
    sort: 'createdAt',
    where: { documentId: { equals: String(id) } },
  })
  return docs.map((entry) => entry.action)
}

async function publishedVersions(id: Id) {
  const { totalDocs } = await payload.countVersions({
    collection: 'articles',
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
  })
  return totalDocs
}

/** An event running now, with a session that ends `endsInMs` from now. */
async function liveSession(endsInMs: number) {
  const series = await payload.create({ collection: 'event-series', data: { name: unique('Live series') } as never })
  const now = Date.now()
  const event = await payload.create({
    collection: 'events',
    data: {
      dates: [{ end: new Date(now + 3_600_000).toISOString(), start: new Date(now - 3_600_000).toISOString() }],
      format: 'in-person',
      registrationStatus: 'open',
      series: series.id,
      timezone: 'UTC',
      title: unique('Live event'),
    } as never,
  })
  const talk = await payload.create({
    collection: 'talks',
    data: {
      endsAt: new Date(now + endsInMs).toISOString(),
      event: event.id,
      kind: 'talk',
      startsAt: new Date(now - 600_000).toISOString(),
      title: unique('Live talk'),
    } as never,
  })
  return { event, talk }
}

beforeAll(async () => {
  payload = await getTestPayload()
  const { event } = await createEventFixture(payload)
  eventId = event.id
  talks = await createTalkFixtures(payload, eventId)
})

afterAll(async () => {
  await payload.destroy()
})

describe('featured articles on their sessions', () => {
  it('keeps the session side in step through add, move, remove, unpublish and delete', async () => {
    const editor = await createUser(payload, 'editor')
    const article = await payload.create({
      collection: 'articles',
      data: { _status: 'published', event: eventId, featuredSessions: [talks[0]], title: unique('Linked') } as never,
      overrideAccess: false,
      user: editor,
    })
    expect(await featuredOn(talks[0])).toContain(article.id)

    await payload.update({ collection: 'articles', data: { featuredSessions: [talks[0], talks[1]] } as never, id: article.id })
    expect(await featuredOn(talks[1])).toContain(article.id)

    await payload.update({ collection: 'articles', data: { featuredSessions: [talks[2]] } as never, id: article.id })
    expect(await featuredOn(talks[0])).not.toContain(article.id)
    expect(await featuredOn(talks[1])).not.toContain(article.id)
    expect(await featuredOn(talks[2])).toContain(article.id)

    await payload.update({ collection: 'articles', data: { _status: 'draft' } as never, id: article.id })
    expect(await featuredOn(talks[2])).not.toContain(article.id)

    await payload.update({ collection: 'articles', data: { _status: 'published' } as never, id: article.id })
    expect(await featuredOn(talks[2])).toContain(article.id)

    await payload.delete({ collection: 'articles', id: article.id })
    expect(await featuredOn(talks[2])).not.toContain(article.id)

    const actions = await auditFor(article.id)
    expect(actions).toEqual([
      'published',
      'featured-changed',
      'updated',
      'featured-changed',
      'updated',
      'featured-changed',
      'unpublished',
      'published',
      'deleted',
    ])
    const { docs } = await payload.find({ collection: 'audit-log', depth: 0, where: { documentId: { equals: String(article.id) } } })
    const firstPublish = docs.sort((a, b) => a.createdAt.localeCompare(b.createdAt)).find((entry) => entry.action === 'published')
    expect(firstPublish?.user).toBe(editor.id)
  })

  it('lists a session’s featured articles newest first', async () => {
    const older = await payload.create({
      collection: 'articles',
      data: { _status: 'published', event: eventId, featuredSessions: [talks[1]], publishedAt: '2030-05-02T00:00:00.000Z', title: unique('Older') } as never,
    })
    const newer = await payload.create({
      collection: 'articles',
      data: { _status: 'published', event: eventId, featuredSessions: [talks[1]], publishedAt: '2030-05-03T00:00:00.000Z', title: unique('Newer') } as never,
    })
    const ids = await featuredOn(talks[1])
    expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id))
  })

  it('leaves both sides as before when a hook throws mid-way', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: { _status: 'published', event: eventId, featuredSessions: [talks[0]], title: unique('Rollback') } as never,
    })
    const auditBefore = await auditFor(article.id)
    const hooks = payload.collections.articles.config.hooks.afterChange
    const explode: CollectionAfterChangeHook = () => {
      throw new Error('boom after linking')
    }
    hooks.push(explode)
    try {
      await expect(
        payload.update({ collection: 'articles', data: { featuredSessions: [talks[1]] } as never, id: article.id }),
      ).rejects.toThrow('boom after linking')
    } finally {
      hooks.splice(hooks.indexOf(explode), 1)
    }
    const stored = await payload.findByID({ collection: 'articles', depth: 0, id: article.id })
    expect(stored.featuredSessions).toEqual([talks[0]])
    expect(await featuredOn(talks[0])).toContain(article.id)
    expect(await featuredOn(talks[1])).not.toContain(article.id)
    expect(await auditFor(article.id)).toEqual(auditBefore)
  })

  it('stamps publishedAt on first publish and keeps it on later edits', async () => {
    const article = await payload.create({ collection: 'articles', data: { _status: 'draft', event: eventId, title: unique('Stamp') } as never, draft: true })
    expect(article.publishedAt ?? null).toBeNull()
    const published = await payload.update({ collection: 'articles', data: { _status: 'published' } as never, id: article.id })
    expect(published.publishedAt).toBeTruthy()
    const edited = await payload.update({ collection: 'articles', data: { title: unique('Stamp edited') } as never, id: article.id })
    expect(edited.publishedAt).toBe(published.publishedAt)
    expect(edited.readingTime).toBe(0)
  })
})

describe('scheduled publishing', () => {
  it('publishes at the scheduled time exactly once with two runners', async () => {
    const article = await payload.create({ collection: 'articles', data: { _status: 'draft', event: eventId, title: unique('Scheduled') } as never, draft: true })
    await payload.jobs.queue({
      input: { doc: { relationTo: 'articles', value: String(article.id) }, type: 'publish' } as never,
      task: 'schedulePublish' as never,
      waitUntil: new Date(Date.now() + 1_000),
    })
    const stops = [startJobRunner(payload, 250), startJobRunner(payload, 250)]
    try {
      const deadline = Date.now() + 15_000
      for (;;) {
        const current = await payload.findByID({ collection: 'articles', depth: 0, id: article.id })
        if (current._status === 'published') break
        if (Date.now() > deadline) throw new Error('the scheduled publish did not run')
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
      await new Promise((resolve) => setTimeout(resolve, 1_000)) // let a second runner try
    } finally {
      for (const stop of stops) stop()
    }
    expect(await publishedVersions(article.id)).toBe(1)
    expect((await auditFor(article.id)).filter((action) => action === 'published')).toHaveLength(1)
  })

  it('picks up a job left half-done by a crashed runner', async () => {
    const article = await payload.create({ collection: 'articles', data: { _status: 'draft', event: eventId, title: unique('Crashed') } as never, draft: true })
    const job: { id: Id } = await payload.jobs.queue({
      input: { doc: { relationTo: 'articles', value: String(article.id) }, type: 'publish' } as never,
      task: 'schedulePublish' as never,
    })
    // What a runner killed mid-job leaves behind.
    await payload.update({ collection: 'payload-jobs', data: { processing: true } as never, id: job.id })
    expect(await runJobsOnce(payload)).toBe(true)
    const stored = await payload.findByID({ collection: 'articles', depth: 0, id: article.id })
    expect(stored._status).toBe('published')
  })

  it('holds an embargoed article until its session ends, then publishes it', async () => {
    const { event, talk } = await liveSession(1_500)
    const article = await payload.create({
      collection: 'articles',
      data: { _status: 'published', embargo: 'session-end', event: event.id, featuredSessions: [talk.id], title: unique('Embargoed') } as never,
    })
    expect(article._status).toBe('draft')
    expect(await auditFor(article.id)).toContain('scheduled')
    await runJobsOnce(payload)
    expect((await payload.findByID({ collection: 'articles', depth: 0, id: article.id }))._status).toBe('draft')
    await new Promise((resolve) => setTimeout(resolve, 1_700))
    await runJobsOnce(payload)
    expect((await payload.findByID({ collection: 'articles', depth: 0, id: article.id }))._status).toBe('published')
  })

  it('refuses an embargo without a featured session, naming the field', async () => {
    await expect(
      payload.create({ collection: 'articles', data: { _status: 'published', embargo: 'session-end', event: eventId, title: unique('No session') } as never }),
    ).rejects.toThrow(/embargo/)
  })
})

describe('webhooks', () => {
  let server: Server
  let url: string
  const received: Array<{ body: string; headers: IncomingHttpHeaders }> = []
  let failNext = 1

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = ''
      request.on('data', (chunk) => (body += chunk))
      request.on('end', () => {
        received.push({ body, headers: request.headers })
        response.statusCode = failNext-- > 0 ? 500 : 204
        response.end()
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/hook`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('POSTs a signed payload on publish, retries a failure with back-off and records deliveries', async () => {
    const webhook = await payload.create({ collection: 'webhooks', data: { events: ['article.published', 'article.unpublished'], url } as never })
    const title = unique('Hooked')
    const article = await payload.create({ collection: 'articles', data: { _status: 'published', event: eventId, title } as never })

    await runJobsOnce(payload)
    expect(received).toHaveLength(1)
    let [delivery] = (await payload.find({ collection: 'webhook-deliveries', where: { webhook: { equals: webhook.id } } })).docs
    expect(delivery).toMatchObject({ attempts: 1, responseStatus: 500, status: 'failed' })

    // The retry waits for its back-off; bring it forward instead of sleeping.
    const { docs: jobs } = await payload.find({ collection: 'payload-jobs', where: { completedAt: { exists: false } } })
    const retry = jobs.find((job) => (job.input as { delivery?: unknown }).delivery === delivery.id)
    expect(retry?.waitUntil && new Date(retry.waitUntil).getTime()).toBeGreaterThan(Date.now())
    await payload.update({ collection: 'payload-jobs', data: { waitUntil: new Date().toISOString() } as never, id: retry!.id })
    await runJobsOnce(payload)

    expect(received).toHaveLength(2)
    ;[delivery] = (await payload.find({ collection: 'webhook-deliveries', where: { webhook: { equals: webhook.id } } })).docs
    expect(delivery).toMatchObject({ attempts: 2, responseStatus: 204, status: 'delivered' })
    const last = received[1]
    const parsed = JSON.parse(last.body) as { article: { id: Id; title: string }; event: string }
    expect(parsed).toMatchObject({ article: { id: article.id, title }, event: 'article.published' })
    const expected = `sha256=${createHmac('sha256', webhook.secret as string).update(last.body).digest('hex')}`
    expect(last.headers['x-talk-notes-signature']).toBe(expected)

    // Unpublish sends the article's id and slug, not its content.
    await payload.update({ collection: 'articles', data: { _status: 'draft' } as never, id: article.id })
    await runJobsOnce(payload)
    const unpublished = JSON.parse(received[2].body) as { article: Record<string, unknown>; event: string }
    expect(unpublished.event).toBe('article.unpublished')
    expect(unpublished.article.title).toBeUndefined()
    await payload.delete({ collection: 'webhooks', id: webhook.id })
  })
})
