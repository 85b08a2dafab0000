// A burst of writes never wedges the pool: 200 concurrent PATCHes by a speaker (own profile) and
// 200 concurrent autosaves by an editor each end with 200 or 503 (+ Retry-After) within 10 s,
// and a read answers right after, with no transaction left open.
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createUser, type Id, tokenOf, unique } from '../helpers/fixtures'
import { type ApiResponse, createApi } from '../helpers/http'
import { getTestPayload, loadTestConfig } from '../helpers/payload'

const BURST = 200
const ANSWER_WITHIN_MS = 10_000

let payload: Payload
let api: ReturnType<typeof createApi>
let speakerToken: string
let editorToken: string
let profileId: Id
let articleId: Id

type Outcome ={ ms: number; retryAfter: null | string; status: number } | { hung: true }

async function timed(request: () => Promise<ApiResponse<unknown>>): Promise<Outcome> {
  const started = Date.now()
  const hang = new Promise<Outcome>((resolve) => setTimeout(() => resolve({ hung: true }), ANSWER_WITHIN_MS + 5_000))
  const answer = request().then((response) => ({
    ms: Date.now() - started,
    retryAfter: response.headers.get('retry-after'),
    status: response.status,
  }))
  return Promise.race([answer, hang])
}

async function openTransactions(): Promise<number> {
  const { rows } = await (payload.db as unknown as { pool: { query: (sql: string) => Promise<{ rows: Array<{ count: string }> }> } }).pool.query(
    "select count(*) from pg_stat_activity where datname = current_database() and state like 'idle in transaction%'",
  )
  return Number(rows[0].count)
}

async function expectBurstSurvived(outcomes: Outcome[]) {
  const hung = outcomes.filter((outcome) => 'hung' in outcome)
  expect(hung, 'requests that never answered').toHaveLength(0)
  const answered = outcomes as Array<Exclude<Outcome, { hung: true }>>
  const statuses = new Set(answered.map((outcome) => outcome.status))
  expect([...statuses].every((status) => status === 200 || status === 503), `statuses ${[...statuses]}`).toBe(true)
  // A wedged pool that only times out still answers, but almost all 503 (2 of 200 when measured);
  // a working one got 46 alone on the machine and 19 with two builds beside it, hence 5%.
  expect(answered.filter((outcome) => outcome.status === 200).length).toBeGreaterThanOrEqual(BURST / 20)
  expect(Math.max(...answered.map((outcome) => outcome.ms))).toBeLessThan(ANSWER_WITHIN_MS)
  for (const outcome of answered.filter((each) => each.status === 503)) expect(Number(outcome.retryAfter)).toBeGreaterThan(0)

  // An uncached read right after answers at once, and nothing is left holding a transaction.
  const started = Date.now()
  const read = await api.get('/talks?limit=1&depth=0')
  expect(read.status).toBe(200)
  expect(Date.now() - started).toBeLessThan(2000)
  expect(await openTransactions()).toBe(0)
  console.log(
    `burst: ${answered.filter((o) => o.status === 200).length} × 200, ${answered.filter((o) => o.status === 503).length} × 503, ` +
      `slowest ${Math.max(...answered.map((o) => o.ms))} ms`,
  )
}

beforeAll(async () => {
  payload = await getTestPayload()
  api = createApi(await loadTestConfig())
  const profile = await payload.create({ collection: 'speakers', data: { name: unique('Burst speaker'), shortBio: 'Short.' } as never })
  profileId = profile.id
  const speaker = await createUser(payload, 'speaker', profileId)
  const editor = await createUser(payload, 'editor')
  speakerToken = await tokenOf(payload, speaker)
  editorToken = await tokenOf(payload, editor)
  const article = await payload.create({ collection: 'articles', data: { title: unique('Burst article') } as never, draft: true })
  articleId = article.id
})

afterAll(async () => {
  await payload.delete({ collection: 'articles', id: articleId })
  await payload.delete({ collection: 'speakers', id: profileId })
  await payload.destroy()
})

describe('a burst of writes', () => {
  it('answers 200 concurrent PATCHes of a speaker to its own profile with 200 or 503 within 10 s', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: BURST }, (_, index) =>
        timed(() => api.patch(`/speakers/${profileId}`, { shortBio: `Burst bio ${index}.` }, speakerToken)),
      ),
    )
    await expectBurstSurvived(outcomes)
  })

  it('answers 200 concurrent autosaves of an editor with 200 or 503 within 10 s', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: BURST }, (_, index) =>
        timed(() => api.patch(`/articles/${articleId}?autosave=true&draft=true`, { title: `Autosaved ${index}` }, editorToken)),
      ),
    )
    await expectBurstSurvived(outcomes)
  })
})
