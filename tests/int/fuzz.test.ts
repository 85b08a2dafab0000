// Property-based fuzzing of every public surface as a visitor would reach it (fast-check): the
// REST query grammar, GraphQL, the feeds, the pages' query strings and write bodies. Whatever the
// input, no answer is a 5xx, none takes over 2 s, and nothing carries the marker of a draft.
// FUZZ_RUNS sets the inputs per surface (default 2,000).
import type { Payload, TypedUser } from 'payload'

import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadEventPage } from '../../src/site/eventPage'
import { loadArticlePage, loadNotesIndex } from '../../src/site/notes'
import { loadSpeakerPage } from '../../src/site/speakerPage'
import { createEventFixture, createTalkFixtures, createUser, type Id, tokenOf, unique } from '../helpers/fixtures'
import { createApi } from '../helpers/http'
import { getTestPayload, loadTestConfig } from '../helpers/payload'

const RUNS = Number(process.env.FUZZ_RUNS ?? '2000')
const SLOW_MS = 2000
const DRAFT_MARKER = `draftmarker${Date.now().toString(36)}`
const publicCollections = ['articles', 'event-series', 'events', 'media', 'organizations', 'speakers', 'talks'] as const
const operators = ['equals', 'not_equals', 'in', 'not_in', 'all', 'exists', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal', 'like', 'not_like', 'contains', 'near', 'within', 'intersects']

let payload: Payload
let api: ReturnType<typeof createApi>
let editor: TypedUser
let editorToken: string
let speakerToken: string
let profileId: Id
let eventSlug: string
let draftId: Id
const created: Array<{ collection: string; id: Id }> = []
const findings: string[] = []

/** Runs one request, recording a 5xx, a hang or a leaked draft as a finding. */
async function check(label: string, run: () => Promise<{ status: number; text: string }>): Promise<boolean> {
  const started = Date.now()
  let outcome: { status: number; text: string }
  try {
    outcome = await run()
  } catch (error) {
    findings.push(`${label}: threw ${(error as Error).message}`)
    return true
  }
  const ms = Date.now() - started
  const problems = [
    outcome.status >= 500 ? `status ${outcome.status}: ${outcome.text.slice(0, 200)}` : '',
    ms > SLOW_MS ? `took ${ms} ms` : '',
    outcome.text.includes(DRAFT_MARKER) ? 'carries the draft marker' : '',
  ].filter(Boolean)
  if (problems.length) findings.push(`${label}: ${problems.join('; ')}`)
  // Every finding is kept and listed at the end, rather than stopping at the first one.
  return true
}

// Values of every shape a query string or a body can carry, with the known troublemakers weighted in.
const nasty = fc.constantFrom('', '\u0000', 'a\u0000b', '-1', '0', '1e309', 'NaN', 'null', 'true', '[]', '{}', '%', '_', '\\', "'", '"', '<script>', '2024-13-45', '2024-02-30T25:61:00Z', '9'.repeat(30), 'é', '😀', '1,2,3', '[1,2]', 'POINT(0 0)')
const scalar = fc.oneof(nasty, fc.string({ maxLength: 30 }), fc.integer().map(String), fc.double().map(String), fc.date({ noInvalidDate: true }).map((date) => date.toISOString()))

function fieldPaths(collection: string): string[] {
  const fields = payload.collections[collection as 'talks'].config.flattenedFields
  const names = fields.map((field) => field.name)
  return [...names, 'id', '_status', 'createdAt', 'event.slug', 'event.title', 'speakers.speaker', 'series.name', 'sessions.title', 'nope', 'a.b.c', 'password', 'hash']
}

const writeFields = fc.dictionary(fc.constantFrom('name', 'title', 'slug', 'excerpt', 'website', 'shortBio', 'fullBio', 'jobTitle', 'reviewAction', 'reviewComment', 'reviewState', 'draft', 'proposal', 'links', 'event', 'startsAt', 'endsAt', 'kind', '_status', 'featuredSessions', 'authors', 'body', 'publishedAt', 'speakers', 'organization', 'photo', 'summary', 'id', 'createdAt'), fc.oneof(scalar, fc.integer(), fc.array(fc.oneof(scalar, fc.integer(), fc.record({ label: scalar, url: scalar })), { maxLength: 2 }), fc.constant(null), fc.object({ maxDepth: 1 })))

const restQuery = fc
  .record({
    collection: fc.constantFrom(...publicCollections),
    depth: fc.option(scalar, { nil: undefined }),
    draft: fc.option(fc.constantFrom('true', 'false', 'x'), { nil: undefined }),
    extra: fc.option(fc.tuple(fc.constantFrom('sort', 'select[title]', 'populate[events][title]', 'joins[sessions][limit]', 'joins[sessions][sort]', 'locale', 'trash', 'pagination', 'where', 'select', 'joins'), scalar), { nil: undefined }),
    id: fc.option(scalar, { nil: undefined }),
    limit: fc.option(scalar, { nil: undefined }),
    page: fc.option(scalar, { nil: undefined }),
    wheres: fc.array(fc.tuple(fc.nat(40), fc.constantFrom(...operators), fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }))), { maxLength: 3 }),
  })
  .map((input) => {
    const paths = fieldPaths(input.collection)
    const parts: string[] = []
    const add = (key: string, value: string) => parts.push(`${key}=${encodeURIComponent(value)}`)
    input.wheres.forEach(([pathIndex, operator, value], index) => {
      const key = `where[or][${index}][${paths[pathIndex % paths.length]}][${operator}]`
      if (Array.isArray(value)) value.forEach((each, at) => add(`${key}[${at}]`, each))
      else add(key, value)
    })
    for (const key of ['depth', 'draft', 'limit', 'page'] as const) if (input[key] !== undefined) add(key, input[key] as string)
    if (input.extra) add(input.extra[0], input.extra[1])
    const path = input.id === undefined ? `/${input.collection}` : `/${input.collection}/${encodeURIComponent(input.id)}`
    return `${path}?${parts.join('&')}`
  })

const graphqlWhereFields = ['title', 'slug', 'startsAt', 'event', 'id', '_status', 'createdAt', 'speakers__speaker', 'kind']
const whereField = (value: unknown) => graphqlWhereFields[String(value).length % graphqlWhereFields.length]

const graphqlQuery = fc
  .record({
    args: fc.array(fc.tuple(fc.constantFrom('limit', 'page', 'sort', 'draft', 'pagination', 'where'), fc.oneof(fc.integer({ max: 2000, min: -5 }), scalar, fc.boolean())), { maxLength: 3 }),
    list: fc.constantFrom('Talks', 'Articles', 'Events', 'Speakers', 'Organizations', 'EventSeries', 'Media', 'Users', 'versionsArticles'),
    nest: fc.constantFrom('id', 'id title', 'id event { title sessions { docs { id title } } }', 'id speakers { speaker { name } }', 'totalDocs', 'id sessions { docs { id } }', 'title body', 'id featuredSessions { title }'),
    single: fc.option(fc.tuple(fc.constantFrom('Talk', 'Article', 'Event', 'Speaker'), scalar), { nil: undefined }),
  })
  .map(({ args, list, nest, single }) => {
    const rendered = args
      .map(([name, value]) =>
        name === 'where'
          ? `where: { ${whereField(value)}: { ${operators[Math.abs(String(value).length) % operators.length]}: ${typeof value === 'string' ? JSON.stringify(value) : value} } }`
          : `${name}: ${typeof value === 'string' ? JSON.stringify(value) : value}`,
      )
      .join(', ')
    const listQuery = `${list}${rendered ? `(${rendered})` : ''} { docs { ${nest} } totalDocs }`
    const singleQuery = single ? ` one: ${single[0]}(id: ${JSON.stringify(single[1])}) { id }` : ''
    return `{ ${listQuery}${singleQuery} }`
  })

beforeAll(async () => {
  payload = await getTestPayload()
  api = createApi(await loadTestConfig())
  editor = await createUser(payload, 'editor')
  editorToken = await tokenOf(payload, editor)
  profileId = (await payload.create({ collection: 'speakers', data: { name: unique('Fuzzed speaker') } as never })).id
  speakerToken = await tokenOf(payload, await createUser(payload, 'speaker', profileId))
  const { event } = await createEventFixture(payload)
  eventSlug = event.slug as string
  await createTalkFixtures(payload, event.id)
  await payload.create({ collection: 'articles', data: { _status: 'published', event: event.id, title: unique('Fuzz published') } as never })
  const draft = await payload.create({
    collection: 'articles',
    data: { _status: 'draft', event: event.id, excerpt: DRAFT_MARKER, title: `${DRAFT_MARKER} title` } as never,
    draft: true,
  })
  draftId = draft.id
}, 120_000)

afterAll(async () => {
  for (const { collection, id } of created.reverse()) {
    await payload.delete({ collection: collection as 'talks', id }).catch(() => {})
  }
  await payload.delete({ collection: 'articles', id: draftId }).catch(() => {})
  await payload.delete({ collection: 'speakers', id: profileId }).catch(() => {})
  await payload?.destroy()
})

const fuzz = <T extends unknown[]>(name: string, property: fc.IAsyncPropertyWithHooks<T>) =>
  it(name, async () => {
    findings.length = 0
    await fc.assert(property, { numRuns: RUNS })
    expect(findings.slice(0, 30), `${findings.length} findings`).toEqual([])
  }, 15 * 60_000)

describe(`fuzzing (${RUNS} inputs per surface)`, () => {
  fuzz(
    'the REST query grammar, as a visitor',
    fc.asyncProperty(restQuery, (path) => check(`GET ${path}`, async () => {
      const response = await api.fetchRaw(path)
      return { status: response.status, text: await response.text() }
    })),
  )

  fuzz(
    'GraphQL, as a visitor',
    fc.asyncProperty(graphqlQuery, (query) => check(`GraphQL ${query}`, async () => {
      const { body, status } = await api.graphql(query)
      const text = JSON.stringify(body)
      // GraphQL answers 200 with errors: an internal error inside is a 5xx all the same.
      return { status: /Something went wrong|Internal Server Error/.test(text) ? 500 : status, text }
    })),
  )

  fuzz(
    'the feeds and their filters',
    fc.asyncProperty(
      fc.tuple(fc.constantFrom('xml', 'atom', 'json'), fc.constantFrom('series', 'event', 'speaker', 'page', 'q'), fc.oneof(scalar, fc.constant(eventSlug))),
      ([format, key, value]) => {
        const path = `/feed.${format}?${key}=${encodeURIComponent(value)}`
        return check(`GET ${path}`, async () => {
          const response = await api.fetchRaw(path)
          return { status: response.status, text: await response.text() }
        })
      },
    ),
  )

  fuzz(
    "the pages' query strings (notes index, article, event and speaker pages)",
    fc.asyncProperty(
      fc.record({ event: fc.option(scalar, { nil: undefined }), page: fc.option(fc.integer(), { nil: undefined }), q: fc.option(scalar, { nil: undefined }), series: fc.option(scalar, { nil: undefined }), slug: scalar, speaker: fc.option(scalar, { nil: undefined }) }),
      ({ slug, ...query }) =>
        check(`pages ${JSON.stringify({ slug, ...query })}`, async () => {
          const pages = await Promise.all([loadNotesIndex(payload, query), loadArticlePage(payload, slug), loadEventPage(payload, slug), loadSpeakerPage(payload, slug)])
          return { status: 200, text: JSON.stringify(pages) }
        }),
    ),
  )

  fuzz(
    'write bodies, as an editor and as a speaker on its own profile',
    fc.asyncProperty(
      fc.record({
        as: fc.constantFrom('editor', 'speaker'),
        collection: fc.constantFrom('organizations', 'event-series', 'speakers', 'articles', 'talks'),
        fields: writeFields,
        method: fc.constantFrom('POST', 'PATCH'),
      }),
      ({ as, collection, fields, method }) => {
        // A speaker may change its own profile only (the review workflow); an editor writes anything.
        const [verb, target, token] =
          as === 'speaker'
            ? (['PATCH', `/speakers/${profileId}`, speakerToken] as const)
            : ([method, method === 'POST' ? `/${collection}` : `/${collection}?where[id][equals]=-1`, editorToken] as const)
        return check(`${as} ${verb} ${target} ${JSON.stringify(fields).slice(0, 300)}`, async () => {
          const response = verb === 'POST' ? await api.post(target, fields, token) : await api.patch(target, fields, token)
          const doc = (response.body as { doc?: { id?: Id } }).doc
          if (verb === 'POST' && response.status < 300 && doc?.id !== undefined) created.push({ collection, id: doc.id })
          // Editors and the speaker may read drafts; the marker check is for visitors only.
          return { status: response.status, text: JSON.stringify(response.body).replaceAll(DRAFT_MARKER, '') }
        })
      },
    ),
  )
})
