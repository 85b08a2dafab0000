// The reference deployment as a cluster (demo/cluster, what `npm run cluster` starts): nginx in front
// of two app instances sharing a PostgreSQL primary with a streaming replica, Redis for Next.js's
// cache and an S3-compatible server for uploads. Each drill checks what a visitor or an editor sees
// through the balancer while a part of the cluster changes, fails or comes back.
import { randomBytes } from 'node:crypto'
import { createServer, get } from 'node:http'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Cluster, startCluster } from '../../demo/cluster'
import { demoEventSlug } from '../../demo/seed/data'
import { paragraphsToLexical } from '../../src/utilities/lexical'
import { percentile, startLoad } from './load'

let cluster: Cluster
let token: string
let eventId: number
const stamp = randomBytes(4).toString('hex')

/** A request to the balancer (or to one instance's own port); JSON bodies are sent as JSON. */
async function call(path: string, { base, body, editor = false, method = 'GET' }: { base?: string; body?: unknown; editor?: boolean; method?: string } = {}) {
  const response = await fetch(`${base ?? cluster.url}${path}`, {
    body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
    headers: {
      ...(body !== undefined && !(body instanceof FormData) ? { 'Content-Type': 'application/json' } : {}),
      ...(editor ? { Authorization: `JWT ${token}` } : {}),
    },
    method,
    signal: AbortSignal.timeout(60_000),
  })
  return { headers: response.headers, status: response.status, text: await response.text() }
}

/** A conditional GET as an HTTP cache sends it (fetch would add `Cache-Control: no-cache`, asking for a full answer). */
function revalidate(url: string, etag: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'If-None-Match': etag } }, (response) => {
      response.resume()
      resolve(response.statusCode ?? 0)
    }).on('error', reject)
  })
}

const instanceUrl = (index: number) => `http://127.0.0.1:${cluster.instances[index].port}`
const upstreamOf = (headers: Headers) => headers.get('x-upstream') ?? ''

/** The same GET through the balancer until both instances have answered it; returns every answer. */
async function fromEveryInstance(path: string) {
  const answers: Array<{ status: number; text: string; upstream: string }> = []
  const seen = new Set<string>()
  for (let tries = 0; tries < 8 && seen.size < cluster.instances.length; tries++) {
    const { headers, status, text } = await call(path)
    const upstream = upstreamOf(headers)
    seen.add(upstream)
    answers.push({ status, text, upstream })
  }
  expect(seen.size, `${path} was answered by ${[...seen].join(', ')} only`).toBe(cluster.instances.length)
  return answers
}

function database(url = cluster.primary.url) {
  return new pg.Client({ connectionString: url })
}

beforeAll(async () => {
  cluster = await startCluster({ basePort: Number(process.env.CLUSTER_TEST_PORT ?? '4600'), log: () => {} })
  const login = await call('/api/users/login', { body: { email: 'editor@example.com', password: process.env.DEMO_PASSWORD || 'demo-password' }, method: 'POST' })
  expect(login.status).toBe(200)
  token = (JSON.parse(login.text) as { token: string }).token
  const events = JSON.parse((await call(`/api/events?where[slug][equals]=${demoEventSlug}&depth=0`)).text) as { docs: Array<{ id: number }> }
  eventId = events.docs[0].id
}, 900_000)

afterAll(async () => {
  await cluster?.stop()
})

describe('a publish through one instance', () => {
  it('is in the feed, the page and REST on the very next request through the balancer, whichever instance answers; an unpublish removes it everywhere', async () => {
    // Every instance has the pages and the feed cached first.
    await fromEveryInstance('/feed.xml')
    await fromEveryInstance('/notes')
    const slug = `cluster-notes-${stamp}`
    const title = `Cluster notes ${stamp}`
    const created = await call('/api/articles', {
      base: instanceUrl(0),
      body: { _status: 'published', body: paragraphsToLexical(['Written through one instance.']), event: eventId, slug, title },
      editor: true,
      method: 'POST',
    })
    expect(created.status).toBe(201)
    const id = (JSON.parse(created.text) as { doc: { id: number } }).doc.id

    for (const answer of await fromEveryInstance('/feed.xml')) expect(answer.text, answer.upstream).toContain(title)
    for (const answer of await fromEveryInstance('/notes')) expect(answer.text, answer.upstream).toContain(title)
    for (const answer of await fromEveryInstance(`/notes/${slug}`)) expect(answer.status, answer.upstream).toBe(200)
    for (const answer of await fromEveryInstance(`/api/articles?where[slug][equals]=${slug}`)) {
      expect((JSON.parse(answer.text) as { totalDocs: number }).totalDocs, answer.upstream).toBe(1)
    }

    const unpublished = await call(`/api/articles/${id}`, { base: instanceUrl(0), body: { _status: 'draft' }, editor: true, method: 'PATCH' })
    expect(unpublished.status).toBe(200)
    for (const answer of await fromEveryInstance('/feed.xml')) expect(answer.text, answer.upstream).not.toContain(title)
    for (const answer of await fromEveryInstance('/notes')) expect(answer.text, answer.upstream).not.toContain(title)
    for (const answer of await fromEveryInstance(`/notes/${slug}`)) expect(answer.status, answer.upstream).toBe(404)
    for (const answer of await fromEveryInstance(`/api/articles?where[slug][equals]=${slug}`)) {
      expect((JSON.parse(answer.text) as { totalDocs: number }).totalDocs, answer.upstream).toBe(0)
    }
  })

  it('retitles a session in the event page and every schedule export at once', async () => {
    const exports = [`/events/${demoEventSlug}`, `/events/${demoEventSlug}/schedule.xml`, `/events/${demoEventSlug}/schedule.ics`, `/events/${demoEventSlug}/schedule.json`]
    for (const path of exports) await fromEveryInstance(path)
    const talks = JSON.parse((await call(`/api/talks?where[event][equals]=${eventId}&limit=1&depth=0&sort=id`, { editor: true })).text) as {
      docs: Array<{ id: number; title: string }>
    }
    const talk = talks.docs[0]
    const retitled = `${talk.title} (${stamp})`
    expect((await call(`/api/talks/${talk.id}`, { base: instanceUrl(0), body: { title: retitled }, editor: true, method: 'PATCH' })).status).toBe(200)
    // HTML and XML escape the ampersand of a title; the stamp alone is enough to find.
    for (const path of exports) for (const answer of await fromEveryInstance(path)) expect(answer.text, `${path} from ${answer.upstream}`).toContain(`(${stamp})`)
    expect((await call(`/api/talks/${talk.id}`, { base: instanceUrl(1), body: { title: talk.title }, editor: true, method: 'PATCH' })).status).toBe(200)
    for (const path of exports) for (const answer of await fromEveryInstance(path)) expect(answer.text, `${path} from ${answer.upstream}`).not.toContain(`(${stamp})`)
  })
})

describe('HTTP caches in front', () => {
  it('get the same ETag from every instance and a 304 from either while nothing changed', async () => {
    for (const path of [`/events/${demoEventSlug}`, '/feed.xml', `/events/${demoEventSlug}/schedule.ics`, `/api/events/${eventId}?depth=0`]) {
      const answers = await Promise.all(cluster.instances.map((_, index) => fetch(`${instanceUrl(index)}${path}`)))
      const etags = answers.map((answer) => answer.headers.get('etag'))
      expect(etags[0], path).toBeTruthy()
      expect(new Set(etags).size, `${path}: ${etags.join(' ')}`).toBe(1)
      for (const answer of answers) {
        expect(answer.headers.get('cache-control'), path).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/)
        expect(Date.parse(answer.headers.get('last-modified') ?? ''), path).not.toBeNaN()
      }
      for (let index = 0; index < cluster.instances.length; index++) {
        expect(await revalidate(`${instanceUrl(index)}${path}`, etags[0] as string), `${path} on ${cluster.instances[index].name}`).toBe(304)
      }
    }
  })
})

describe('the jobs queue', () => {
  it('runs on every instance and runs each job once: one webhook call per publish', async () => {
    const calls: Array<{ id: number; event: string }> = []
    const receiver = createServer((request, response) => {
      let body = ''
      request.on('data', (chunk) => (body += chunk))
      request.on('end', () => {
        const parsed = JSON.parse(body) as { event: string; data?: { id?: number }; article?: { id?: number } }
        calls.push({ event: parsed.event, id: Number(parsed.data?.id ?? parsed.article?.id) })
        response.end('ok')
      })
    })
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
    const address = receiver.address() as { port: number }
    const admin = await call('/api/users/login', { body: { email: 'admin@example.com', password: process.env.DEMO_PASSWORD || 'demo-password' }, method: 'POST' })
    const adminToken = (JSON.parse(admin.text) as { token: string }).token
    const webhook = await fetch(`${cluster.url}/api/webhooks`, {
      body: JSON.stringify({ events: ['article.published'], url: `http://127.0.0.1:${address.port}/hook` }),
      headers: { Authorization: `JWT ${adminToken}`, 'Content-Type': 'application/json' },
      method: 'POST',
    })
    expect(webhook.status).toBe(201)
    const webhookId = ((await webhook.json()) as { doc: { id: number } }).doc.id
    const published: number[] = []
    for (let index = 0; index < 4; index++) {
      const created = await call('/api/articles', {
        base: instanceUrl(index % cluster.instances.length),
        body: { _status: 'published', body: paragraphsToLexical(['Announced once.']), event: eventId, slug: `webhook-${stamp}-${index}`, title: `Webhook ${stamp} ${index}` },
        editor: true,
        method: 'POST',
      })
      expect(created.status).toBe(201)
      published.push((JSON.parse(created.text) as { doc: { id: number } }).doc.id)
    }
    // The runners pass every 10 s; wait for all four, then two more passes for any second call.
    for (let waited = 0; waited < 60_000 && calls.length < published.length; waited += 500) await new Promise((resolve) => setTimeout(resolve, 500))
    await new Promise((resolve) => setTimeout(resolve, 21_000))
    receiver.close()
    await fetch(`${cluster.url}/api/webhooks/${webhookId}`, { headers: { Authorization: `JWT ${adminToken}` }, method: 'DELETE' })
    expect(calls.map((one) => one.id).sort()).toEqual([...published].sort())
  }, 120_000)
})

describe('rate limits', () => {
  it('are counted by all instances together: failed sign-ins spread over both still run out', async () => {
    const email = `nobody-${stamp}@example.com`
    const statuses: number[] = []
    for (let attempt = 0; attempt < 6; attempt++) {
      // From one client (the balancer is a trusted proxy: its X-Forwarded-For is the client's address).
      const response = await fetch(`${instanceUrl(attempt % 2)}/api/users/login`, {
        body: JSON.stringify({ email, password: 'not-the-password' }),
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.9' },
        method: 'POST',
      })
      statuses.push(response.status)
    }
    // Five failures per client and account (rateLimits.login.perAddressAndAccount), whichever instance counted them.
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429])
  })
})

describe('uploads', () => {
  it('an image uploaded through one instance is served, with its sizes, by the other', async () => {
    const sharp = (await import('sharp')).default
    const png = await sharp({ create: { background: '#0b57d0', channels: 3, height: 600, width: 600 } }).png().toBuffer()
    const form = new FormData()
    form.append('file', new Blob([png], { type: 'image/png' }), `cluster-${stamp}.png`)
    form.append('_payload', JSON.stringify({ alt: `Cluster upload ${stamp}` }))
    const uploaded = await call('/api/media', { base: instanceUrl(0), body: form, editor: true, method: 'POST' })
    expect(uploaded.status, uploaded.text).toBe(201)
    const doc = (JSON.parse(uploaded.text) as { doc: { filename: string; sizes: Record<string, { filename: null | string }>; url: string } }).doc

    const original = await fetch(`${instanceUrl(1)}${new URL(doc.url, cluster.url).pathname}`)
    expect(original.status).toBe(200)
    expect(Buffer.from(await original.arrayBuffer()).equals(png)).toBe(true)
    const sized = Object.values(doc.sizes).filter((size) => size.filename)
    expect(sized.length).toBeGreaterThan(0)
    for (const size of sized) {
      const answer = await fetch(`${instanceUrl(1)}/api/media/file/${size.filename}`)
      expect(answer.status, size.filename ?? '').toBe(200)
      expect((await sharp(Buffer.from(await answer.arrayBuffer())).metadata()).format).toBe('png')
    }
    // Nothing of it is on either instance's disk: it is in the bucket.
    const listing = await fetch(`${cluster.s3.endpoint}/${cluster.s3.bucket}?prefix=cluster-${stamp}`)
    expect(await listing.text()).toContain(`cluster-${stamp}.png`)
  })
})

describe('an instance killed under load', () => {
  it('leaves the balancer answering from the other, loses no acknowledged write, and rejoins when restarted', async () => {
    const reads = startLoad(4, () => call(`/notes`).then(({ status }) => ({ status })))
    const writes = startLoad(2, async (index) => {
      const { status, text } = await call('/api/articles', {
        body: { body: paragraphsToLexical([`Draft ${index}.`]), event: eventId, slug: `kill-drill-${stamp}-${index}`, title: `Kill drill ${stamp} ${index}` },
        editor: true,
        method: 'POST',
      })
      return { status, value: status === 201 ? (JSON.parse(text) as { doc: { id: number } }).doc.id : undefined }
    })
    await new Promise((resolve) => setTimeout(resolve, 2_000))
    const killedAt = Date.now()
    await cluster.instances[0].service().kill()
    await new Promise((resolve) => setTimeout(resolve, 5_000))
    const readOutcomes = await reads.stop()
    const writeOutcomes = await writes.stop()

    // A request is retried on the other instance unless the killed one had begun to answer it: only
    // an answer cut off mid-way, by the kill itself, may fail; every request sent after it succeeds.
    const failedReads = readOutcomes.filter((outcome) => outcome.status !== 200)
    expect(failedReads.filter((outcome) => outcome.at - outcome.ms > killedAt), JSON.stringify(failedReads.slice(0, 5))).toHaveLength(0)
    expect(failedReads.length).toBeLessThanOrEqual(4)
    expect(readOutcomes.filter((outcome) => outcome.at - outcome.ms > killedAt + 100 && outcome.status === 200).length).toBeGreaterThan(20)
    const acknowledged = writeOutcomes.filter((outcome) => outcome.status === 201).map((outcome) => outcome.value as number)
    expect(acknowledged.length).toBeGreaterThan(5)
    // Only a write cut off inside the killed instance may fail, and it was never acknowledged.
    expect(writeOutcomes.filter((outcome) => outcome.status !== 201).length).toBeLessThanOrEqual(2)
    const client = database()
    await client.connect()
    const { rows } = await client.query<{ id: number }>('SELECT id FROM articles WHERE id = ANY($1::int[])', [acknowledged])
    await client.end()
    expect(rows.map((row) => row.id).sort()).toEqual([...acknowledged].sort())
    console.log(`kill drill: ${readOutcomes.length} reads, p99 ${percentile(readOutcomes.map((o) => o.ms), 99).toFixed(0)} ms; ${acknowledged.length} writes acknowledged and kept`)

    await cluster.instances[0].start()
    const upstreams = new Set<string>()
    for (let tries = 0; tries < 20 && upstreams.size < 2; tries++) upstreams.add(upstreamOf((await call('/notes')).headers))
    expect(upstreams.has(`127.0.0.1:${cluster.instances[0].port}`)).toBe(true)
  }, 300_000)
})

describe('the read replica stopped and started under load', () => {
  it('answers every visitor without a server error and never shows an editor a stale read', async () => {
    // Visitors' uncached REST reads (the query string differs every time), which the replica serves.
    const visitors = startLoad(3, (index) => call(`/api/talks?limit=5&depth=0&where[id][greater_than]=${index % 50}`).then(({ status }) => ({ status })))
    const draft = JSON.parse(
      (
        await call('/api/articles', {
          body: { body: paragraphsToLexical(['Replica drill.']), event: eventId, slug: `replica-drill-${stamp}`, title: `Replica drill ${stamp}` },
          editor: true,
          method: 'POST',
        })
      ).text,
    ) as { doc: { id: number } }
    const stale: string[] = []
    const editor = startLoad(1, async (index) => {
      const title = `Replica drill ${stamp} v${index}`
      const saved = await call(`/api/articles/${draft.doc.id}?draft=true`, { body: { title }, editor: true, method: 'PATCH' })
      if (saved.status !== 200) return { status: saved.status }
      const read = await call(`/api/articles/${draft.doc.id}?draft=true&depth=0`, { editor: true })
      const seen = (JSON.parse(read.text) as { title?: string }).title
      if (seen !== title) stale.push(`${seen} instead of ${title} (${upstreamOf(read.headers)})`)
      return { status: read.status }
    })
    await new Promise((resolve) => setTimeout(resolve, 2_000))
    await cluster.replica.service().stop()
    await new Promise((resolve) => setTimeout(resolve, 4_000))
    await cluster.replica.start()
    await new Promise((resolve) => setTimeout(resolve, 4_000))
    const visitorOutcomes = await visitors.stop()
    const editorOutcomes = await editor.stop()
    expect(visitorOutcomes.filter((outcome) => outcome.status >= 500 || outcome.status === 0)).toHaveLength(0)
    expect(visitorOutcomes.filter((outcome) => outcome.status !== 200)).toHaveLength(0)
    expect(editorOutcomes.filter((outcome) => outcome.status !== 200)).toHaveLength(0)
    expect(stale).toEqual([])
    expect(editorOutcomes.length).toBeGreaterThan(5)
  }, 120_000)

  it('is left out while it lags: a visitor never gets the replica’s older copy', async () => {
    const replica = database(cluster.replica.url)
    await replica.connect()
    await replica.query('SELECT pg_wal_replay_pause()')
    try {
      const slug = `lag-drill-${stamp}`
      const created = await call('/api/articles', {
        body: { _status: 'published', body: paragraphsToLexical(['Written while the replica is paused.']), event: eventId, slug, title: `Lag drill ${stamp}` },
        editor: true,
        method: 'POST',
      })
      expect(created.status).toBe(201)
      // Past the two seconds after a change in which every instance reads the primary anyway.
      await new Promise((resolve) => setTimeout(resolve, 3_500))
      const onReplica = await replica.query('SELECT id FROM articles WHERE slug = $1', [slug])
      expect(onReplica.rowCount, 'the paused replica has not replayed the write').toBe(0)
      for (let index = 0; index < 6; index++) {
        const { headers, text } = await call(`/api/articles?where[slug][equals]=${slug}&depth=0&draft=false&limit=${index + 1}`)
        expect((JSON.parse(text) as { totalDocs: number }).totalDocs, upstreamOf(headers)).toBe(1)
      }
    } finally {
      await replica.query('SELECT pg_wal_replay_resume()')
      await replica.end()
    }
  }, 60_000)

  it('is used again for visitors once it has caught up', async () => {
    const replica = database(cluster.replica.url)
    await replica.connect()
    // Transactions the replica has run: the instances' probes and these queries count too, so a
    // quiet spell is measured first and a spell of visitors' reads of the same length after it.
    const transactions = async () =>
      Number((await replica.query<{ n: string }>("SELECT coalesce(sum(xact_commit), 0)::text AS n FROM pg_stat_database WHERE datname = 'talk_notes'")).rows[0].n)
    const settle = () => new Promise((resolve) => setTimeout(resolve, 1_500)) // statistics reach the view within a second
    await new Promise((resolve) => setTimeout(resolve, 3_000)) // two probes: it is in use again
    await settle()
    const before = await transactions()
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    await settle()
    const quiet = (await transactions()) - before
    const started = Date.now()
    let sent = 0
    while (Date.now() - started < 3_000) {
      expect((await call(`/api/talks?limit=3&depth=0&where[id][greater_than]=${1000 + sent}`)).status).toBe(200)
      sent++
    }
    await settle()
    const busy = (await transactions()) - before - quiet
    await replica.end()
    expect(sent).toBeGreaterThan(10)
    expect(busy - quiet, `quiet ${quiet}, with ${sent} visitor reads ${busy}`).toBeGreaterThanOrEqual(sent / 2)
  }, 60_000)
})

describe('Redis restarted', () => {
  it('keeps pages served and refills the shared cache', async () => {
    const { createClient } = await import('redis')
    await fromEveryInstance(`/events/${demoEventSlug}`)
    await cluster.redis.restart()
    // The handler's database (1: its default outside Vercel production).
    const fresh = createClient({ database: 1, url: `redis://127.0.0.1:${cluster.redis.port}` })
    fresh.on('error', () => {})
    await fresh.connect()
    expect(await fresh.dbSize()).toBe(0)
    for (const answer of await fromEveryInstance(`/events/${demoEventSlug}`)) expect(answer.status).toBe(200)
    for (const answer of await fromEveryInstance('/')) expect(answer.status).toBe(200)
    let keys = 0
    for (let tries = 0; tries < 20 && keys === 0; tries++) {
      keys = await fresh.dbSize()
      if (keys === 0) await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(keys).toBeGreaterThan(0)
    await fresh.quit()
  }, 120_000)
})

describe('the content-change signal', () => {
  it('still reaches every instance after their LISTEN connections are cut', async () => {
    await fromEveryInstance('/feed.json')
    const client = database()
    await client.connect()
    const { rowCount } = await client.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query ILIKE 'LISTEN %'")
    expect(rowCount).toBeGreaterThanOrEqual(cluster.instances.length)
    // The instances reconnect within a second or so.
    let listening = 0
    for (let tries = 0; tries < 40 && listening < cluster.instances.length; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      listening = Number((await client.query<{ n: string }>("SELECT count(*) AS n FROM pg_stat_activity WHERE query ILIKE 'LISTEN %'")).rows[0].n)
    }
    await client.end()
    expect(listening).toBeGreaterThanOrEqual(cluster.instances.length)
    const title = `After reconnect ${stamp}`
    const created = await call('/api/articles', {
      base: instanceUrl(1),
      body: { _status: 'published', body: paragraphsToLexical(['Heard again.']), event: eventId, slug: `after-reconnect-${stamp}`, title },
      editor: true,
      method: 'POST',
    })
    expect(created.status).toBe(201)
    for (const answer of await fromEveryInstance('/feed.json')) expect(answer.text, answer.upstream).toContain(title)
  }, 60_000)
})
