// The notes search on a 10,000-article archive: a throw-away embedded PostgreSQL with the demo's
// migrations, articles written by SQL (bodies of ~800 words, a few very common words, a long tail),
// then the notes page's loader (ranked ids, cards, snippets) timed uncached, and EXPLAIN ANALYZE.
//   npx tsx bench/search.ts [articles=10000] [runs=50]
import type { Migration, Payload } from 'payload'

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import pg from 'pg'
import { getPayload } from 'payload'

import { loadNotesIndex } from 'talk-notes/site'

import { rankArticles, searchHeadlines } from '../src/search/searchArticles'
import { noteCardQuery } from '../src/site/cardQueries'
import { talkNotesOptionsOf } from '../src/utilities/pluginOptions'

import { ensureDatabase, startDatabase } from '../demo/db/startDatabase'
import { migrations } from '../demo/migrations'

const articles = Number(process.argv[2] ?? 10_000)
const runs = Number(process.argv[3] ?? 50)

// BENCH_DATA_DIR keeps the cluster (and its articles) for the next run.
const keptDir = process.env.BENCH_DATA_DIR
const server = await startDatabase({
  database: 'postgres',
  dataDir: keptDir ? path.resolve(keptDir) : mkdtempSync(path.join(tmpdir(), 'talk-notes-bench-pg-')),
  persistent: Boolean(keptDir),
})
const url = new URL(server.url)
url.pathname = '/talk_notes_bench'
await ensureDatabase(url.toString(), 'talk_notes_bench')
process.env.DATABASE_URL = url.toString()
process.env.PAYLOAD_SECRET = 'bench-only-secret'
const { default: config } = await import('../demo/payload.config')
const payload: Payload = await getPayload({ config })
await payload.db.migrate({ migrations: migrations as unknown as Migration[] })

const client = new pg.Client({ connectionString: url.toString() })
await client.connect()
const started = performance.now()
// Head words appear in most bodies (the cube of random() favours the start of the list), then a long
// tail of made-up words; "zeppelin" is rare on purpose (about one article in a thousand).
const existing = Number((await client.query('SELECT count(*) AS n FROM articles')).rows[0].n)
if (existing < articles) {
await client.query('DELETE FROM articles')
await client.query(`
  CREATE TEMP TABLE vocab AS
    SELECT row_number() OVER () AS n, w FROM unnest(ARRAY[
      'network','networking','latency','traffic','routing','backbone','capacity','resume','café','datacenter',
      'optical','peering','congestion','reliability','fabric','switch','protocol','throughput','edge','cache'
    ]) AS w
    UNION ALL
    SELECT 20 + g, substr(md5(g::text), 1, 4 + g % 5) FROM generate_series(1, 20000) g;
  CREATE INDEX ON vocab (n);
  ANALYZE vocab;`)
await client.query(
  `INSERT INTO articles (title, slug, excerpt, body_text, published_at, _status, embargo, updated_at, created_at)
   SELECT 'Notes ' || i || ' on ' || words.w[1 + (i * 7919) % 20020],
          'bench-' || i,
          'An excerpt about ' || words.w[1 + (i * 104729) % 20020] || ' and more.',
          (SELECT string_agg(word, ' ') FROM (SELECT words.w[1 + floor(power(random(), 3) * 20020)::int] AS word FROM generate_series(1, 800 + i * 0)) body)
            || CASE WHEN i % 1000 = 0 THEN ' zeppelin' ELSE '' END,
          now() - (i || ' minutes')::interval, 'published', 'none', now(), now()
   FROM generate_series(1, $1::int) i, (SELECT array_agg(w ORDER BY n) AS w FROM vocab) words`,
  [articles],
)
await client.query('ANALYZE articles')
}
const sizes = await client.query(`SELECT pg_size_pretty(pg_total_relation_size('articles')) AS total,
  (SELECT count(*) FROM articles WHERE search_vector @@ websearch_to_tsquery('english', 'network')) AS network,
  (SELECT count(*) FROM articles WHERE search_vector @@ websearch_to_tsquery('english', 'cafe')) AS cafe,
  (SELECT count(*) FROM articles WHERE search_vector @@ websearch_to_tsquery('english', 'zeppelin')) AS zeppelin`)
console.log(`${articles} articles written in ${Math.round(performance.now() - started)} ms`, sizes.rows[0])

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number
for (const q of ['network', 'networks', 'cafe', 'latency routing', '"optical fabric"', 'zeppelin', 'nosuchword']) {
  for (let warm = 0; warm < 3; warm += 1) await loadNotesIndex(payload, { q })
  const times: number[] = []
  let total = 0
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now()
    const data = await loadNotesIndex(payload, { page: 1 + (run % 3), q })
    times.push(performance.now() - start)
    total = data.totalDocs
  }
  times.sort((a, b) => a - b)
  console.log(`q=${JSON.stringify(q).padEnd(18)} matches ${String(total).padStart(6)}  p50 ${quantile(times, 0.5).toFixed(1)} ms  p95 ${quantile(times, 0.95).toFixed(1)} ms  max ${quantile(times, 1).toFixed(1)} ms`)
}

if (process.env.BREAKDOWN) {
  const q = process.env.BREAKDOWN
  const time = async (name: string, run: () => Promise<unknown>) => {
    const times: number[] = []
    for (let index = 0; index < 20; index += 1) {
      const start = performance.now()
      await run()
      times.push(performance.now() - start)
    }
    times.sort((a, b) => a - b)
    console.log(`${name.padEnd(12)} p50 ${quantile(times, 0.5).toFixed(1)} ms`)
  }
  const { ids } = await rankArticles(payload, { among: 'published', limit: 10, q })
  await time('rank', () => rankArticles(payload, { among: 'published', limit: 10, q }))
  await time('headlines', () => searchHeadlines(payload, { among: 'published', q }, ids))
  await time('cards', () => payload.find({ ...noteCardQuery(talkNotesOptionsOf(payload)), limit: 10, where: { id: { in: ids } } }))
  await time('no search', () => loadNotesIndex(payload, {}))
  const variants: Record<string, string> = {
    fragments: `ts_headline('english', body_text, query.q, 'MaxFragments=2, MaxWords=24, MinWords=10')`,
    single: `ts_headline('english', body_text, query.q, 'MaxWords=24, MinWords=10')`,
    window: `ts_headline('english', substring(body_text from greatest(1, strpos(lower(body_text), (SELECT (tsvector_to_array(to_tsvector('english', $1)))[1])) - 200) for 600), query.q, 'MaxFragments=2, MaxWords=24, MinWords=10')`,
    parseOnly: `length(to_tsvector('english', body_text)::text)::text`,
  }
  for (const [name, expression] of Object.entries(variants)) {
    await time(name, () => client.query(`SELECT ${expression} FROM articles, (SELECT websearch_to_tsquery('english', $1) AS q) query WHERE id = ANY($2)`, [q, ids]))
  }
}

if (process.env.EXPLAIN) {
  // The ranked query as rankArticles sends it, through the same pool (prepared, with parameters).
  const pool = (payload.db as unknown as { pool: pg.Pool }).pool
  for (const offset of [0, 10, 20]) {
    const plan = await pool.query(`EXPLAIN (ANALYZE, BUFFERS)
      WITH query AS MATERIALIZED (SELECT websearch_to_tsquery($1::regconfig, $2) AS q)
      SELECT t.id, count(*) OVER () FROM query, articles t
      WHERE t._status = 'published' AND t.search_vector @@ query.q
      ORDER BY ts_rank_cd(t.search_head_vector, query.q) DESC, t.published_at DESC NULLS LAST, t.id DESC LIMIT $3 OFFSET $4`, ['english', process.env.EXPLAIN, 10, offset])
    const lines = plan.rows.map((row) => row['QUERY PLAN'] as string)
    console.log(`offset ${offset}:`, lines.filter((line) => /Scan|Execution|Buffers/.test(line)).map((line) => line.trim()).join(' | '))
  }
  if (process.env.VARIANTS) {
    const head = 'WITH query AS MATERIALIZED (SELECT websearch_to_tsquery($1::regconfig, $2) AS q)'
    const variants: Record<string, string> = {
      current: `SELECT t.id, count(*) OVER () FROM query, articles t WHERE t._status = 'published' AND t.search_vector @@ query.q ORDER BY ts_rank_cd(t.search_head_vector, query.q) DESC, t.published_at DESC NULLS LAST, t.id DESC LIMIT 10`,
      caseRank: `SELECT t.id, count(*) OVER () FROM query, articles t WHERE t._status = 'published' AND t.search_vector @@ query.q ORDER BY CASE WHEN t.search_head_vector @@ query.q THEN ts_rank_cd(t.search_head_vector, query.q) ELSE 0 END DESC, t.published_at DESC NULLS LAST, t.id DESC LIMIT 10`,
      noCount: `SELECT t.id FROM query, articles t WHERE t._status = 'published' AND t.search_vector @@ query.q ORDER BY ts_rank_cd(t.search_head_vector, query.q) DESC, t.published_at DESC NULLS LAST, t.id DESC LIMIT 10`,
      noRank: `SELECT t.id, count(*) OVER () FROM query, articles t WHERE t._status = 'published' AND t.search_vector @@ query.q ORDER BY t.published_at DESC NULLS LAST, t.id DESC LIMIT 10`,
    }
    for (const [name, sql] of Object.entries(variants)) {
      const times: number[] = []
      for (let run = 0; run < 30; run += 1) {
        const start = performance.now()
        await pool.query(`${head} ${sql}`, ['english', process.env.EXPLAIN])
        times.push(performance.now() - start)
      }
      times.sort((a, b) => a - b)
      console.log(`${name.padEnd(10)} p50 ${quantile(times, 0.5).toFixed(1)} ms p95 ${quantile(times, 0.95).toFixed(1)} ms`)
    }
  }
}

await client.end()
await payload.destroy()
await server.stop()
process.exit(0)
