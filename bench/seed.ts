// `npm run bench:seed`: the benchmarks' scale data on the running demo's database, through the Local
// API with the plugin's hooks (derived fields, audit, checks): 5 series, 50 events, 40 organizations,
// 1,500 speakers, 2,000 sessions, 10,000 articles (nine in ten published), slugs prefixed `bench-`,
// and the account bench-editor@example.com (editor). Idempotent: makes only what is missing.
//   npm run bench:seed [-- --remove]     (DATA_DIR of the running demo, or DATABASE_URL)
import type { CollectionSlug, Payload } from 'payload'

import { parseArgs } from 'node:util'

import { useDemoDatabase } from './environment'
import {
  articleData,
  benchCounts,
  benchEditor,
  benchPrefix,
  eventData,
  organizationData,
  seriesData,
  slugOf,
  speakerData,
  talkData,
} from './seedData'

type Id = number | string

const { values } = parseArgs({ options: { remove: { default: false, type: 'boolean' } } })
useDemoDatabase()
process.env.DATABASE_POOL_MAX ??= '12'
const concurrency = Number(process.env.BENCH_SEED_CONCURRENCY ?? '8')

// Imported after the environment is set (the demo config reads DATABASE_URL when loaded), the config
// first: a dynamic import of it after Payload was loaded left the process with nothing to wait for
// at times (exit 13, unsettled top-level await).
const { default: config } = await import('../demo/payload.config')
const { getPayload } = await import('payload')
const { paragraphsToLexical } = await import('talk-notes')
const payload = await getPayload({ config })
payload.db.pool?.on('error', (error) => console.error(`bench seed: pool error ${error.message}`))

/** slug -> id of the bench documents of a collection that exist. */
async function existing(collection: CollectionSlug): Promise<Map<string, Id>> {
  const { docs } = await payload.find({
    collection,
    depth: 0,
    draft: true,
    limit: 0,
    pagination: false,
    select: { slug: true },
    where: { slug: { like: benchPrefix } },
  })
  const found = new Map<string, Id>()
  for (const doc of docs as Array<{ id: Id; slug?: null | string }>) {
    if (doc.slug?.startsWith(benchPrefix)) found.set(doc.slug, doc.id)
  }
  return found
}

/** Makes the missing ones of `count` documents, `concurrency` at a time; returns their ids in index order. */
async function ensureAll(
  collection: CollectionSlug,
  count: number,
  slug: (i: number) => string,
  make: (i: number) => Promise<Id>,
): Promise<Id[]> {
  const started = Date.now()
  const found = await existing(collection)
  const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !found.has(slug(i)))
  let next = 0
  const worker = async () => {
    while (next < missing.length) {
      const i = missing[next++] as number
      found.set(slug(i), await make(i))
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, missing.length) }, worker))
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  console.log(`bench seed: ${collection}: ${count} (${missing.length} created, ${seconds} s)`)
  return Array.from({ length: count }, (_, i) => found.get(slug(i)) as Id)
}

async function create(collection: CollectionSlug, data: Record<string, unknown>, draft = false): Promise<Id> {
  // The data is checked by the collection's schema at runtime; its static type is the collection's.
  const doc = await payload.create({ collection, data: data as never, depth: 0, draft })
  return doc.id
}

async function seed(): Promise<void> {
  const series = await ensureAll('event-series', benchCounts.series, slugOf.series, (i) => create('event-series', seriesData(i)))
  const events = await ensureAll('events', benchCounts.events, slugOf.event, (i) =>
    create('events', eventData(i, series[i % series.length] as Id)),
  )
  const organizations = await ensureAll('organizations', benchCounts.organizations, slugOf.organization, (i) =>
    create('organizations', organizationData(i)),
  )
  const speakers = await ensureAll('speakers', benchCounts.speakers, slugOf.speaker, (i) =>
    create('speakers', speakerData(i, organizations[i % organizations.length] as Id)),
  )
  const talks = await ensureAll('talks', benchCounts.talks, slugOf.talk, (i) => create('talks', talkData(i, events, speakers)))
  // Talk i is in event i % 50 (talkData): the sessions of each event, in order.
  const talksByEvent = events.map((_, e) => talks.filter((_, i) => i % benchCounts.events === e))
  await ensureAll('articles', benchCounts.articles, slugOf.article, (i) => {
    const { body, ...article } = articleData(i, events, talksByEvent, speakers)
    return create('articles', { ...article, body: paragraphsToLexical(body) }, article._status === 'draft')
  })

  const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: benchEditor.email } } })
  if (!totalDocs) await create('users', { ...benchEditor, role: 'editor' })
  console.log(`bench seed: user ${benchEditor.email} (${totalDocs ? 'exists' : 'created'}), password "${benchEditor.password}"`)
}

async function remove(): Promise<void> {
  // Referencing documents first: articles feature sessions, sessions list speakers, and so on.
  for (const collection of ['articles', 'talks', 'speakers', 'organizations', 'events', 'event-series'] as const) {
    const ids = [...(await existing(collection)).values()]
    for (let at = 0; at < ids.length; at += 200) {
      await payload.delete({ collection, depth: 0, where: { id: { in: ids.slice(at, at + 200) } } })
    }
    console.log(`bench seed: ${collection}: ${ids.length} removed`)
  }
  const { docs } = await payload.delete({ collection: 'users', depth: 0, where: { email: { equals: benchEditor.email } } })
  console.log(`bench seed: user ${benchEditor.email}: ${docs.length} removed`)
}

async function run(work: () => Promise<void>, instance: Payload): Promise<number> {
  try {
    await work()
    return 0
  } catch (error) {
    console.error('bench seed failed:', error)
    return 1
  } finally {
    await instance.destroy()
  }
}

process.exit(await run(values.remove ? remove : seed, payload))
