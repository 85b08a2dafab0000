// The articles' full-text search on PostgreSQL: one ranked query gives a page of ids and the number
// of matches; the documents themselves are then read through Payload (access enforced there).
import type { CollectionSlug, Payload, Where } from 'payload'

import { talkNotesOptionsOf } from '../utilities/pluginOptions.ts'
import { foldAccents, foldAccentsKeepingLength } from './foldAccents.ts'
import { articleTables, displayFoldExpression, quoted, searchColumns } from './searchSchema.ts'
import { snippetMarkers } from './snippetHtml.ts'

type Id = number | string

interface Queryable {
  query: <Row>(text: string, values: unknown[]) => Promise<{ rows: Row[] }>
}

interface SearchAdapter {
  name?: string
  pool?: Queryable
  tableNameMap?: Map<string, string>
  versionsSuffix?: string
}

/**
 * Where full-text search is not available (another database adapter): articles whose title,
 * excerpt or body text contain `q`.
 */
export function likeSearch(payload: Payload, articlesSlug: string, q: string): Where {
  const fields = ['title', 'excerpt', 'generatedExcerpt']
  const articleFields = payload.collections[articlesSlug as CollectionSlug]?.config.flattenedFields ?? []
  if (articleFields.some((field) => field.name === 'bodyText')) fields.push('bodyText')
  return { or: fields.map((field) => ({ [field]: { like: q } })) }
}

/** Whether this app searches with PostgreSQL's full text (else the site falls back to `like`). */
export function hasFullTextSearch(payload: Payload): boolean {
  const db = payload.db as unknown as SearchAdapter
  return db.name === 'postgres' && Boolean(db.pool && db.tableNameMap)
}

function adapterOf(payload: Payload): Required<Pick<SearchAdapter, 'pool' | 'tableNameMap'>> & SearchAdapter {
  const db = payload.db as unknown as SearchAdapter
  if (!hasFullTextSearch(payload)) throw new Error('talk-notes search: full-text search needs @payloadcms/db-postgres')
  return db as Required<Pick<SearchAdapter, 'pool' | 'tableNameMap'>> & SearchAdapter
}


export interface ArticleSearch {
  /**
   * `published`: the published articles (the main table's rows, never a later draft); `latest`:
   * each article's latest version, draft or not (editors only); `any`: the main table's rows.
   */
  among: 'any' | 'latest' | 'published'
  /** Only these articles (e.g. a speaker's). */
  ids?: Id[]
  event?: Id
  limit: number
  offset?: number
  /** The visitor's words, as typed: quotes, `or` and `-word` work as in web search engines. */
  q: string
  series?: Id
}

export interface RankedArticles {
  ids: Id[]
  total: number
}

/** The table, its columns' prefix and id column for a search `among` rows. */
function source(payload: Payload, among: ArticleSearch['among']) {
  const tables = articleTables(adapterOf(payload) as never, talkNotesOptionsOf(payload).slugs.articles)
  return among === 'latest'
    ? { condition: 't."latest" = true', id: 't."parent_id"', prefix: 'version_', table: tables.versions }
    : {
        condition: among === 'published' ? `t."_status" = 'published'` : 'true',
        id: 't."id"',
        prefix: '',
        table: tables.main,
      }
}

/**
 * The matching articles, best first: ranked on title and excerpt (`ts_rank_cd` over the small
 * column: ranking the body's vectors of thousands of matches is what made a common word slow),
 * newest first among equals, so a body-only match comes after every title or excerpt match.
 */
export async function rankArticles(payload: Payload, search: ArticleSearch): Promise<RankedArticles> {
  const { pool } = adapterOf(payload)
  const { language } = talkNotesOptionsOf(payload).search
  const { condition, id, prefix, table } = source(payload, search.among)
  const values: unknown[] = [language, foldAccents(search.q)]
  const where = [condition, `t.${quoted(`${prefix}${searchColumns.all}`)} @@ query.q`]
  const add = (sql: (placeholder: string) => string, value: unknown) => {
    values.push(value)
    where.push(sql(`$${values.length}`))
  }
  if (search.series !== undefined) add((p) => `t.${quoted(`${prefix}series_id`)} = ${p}`, search.series)
  if (search.event !== undefined) add((p) => `t.${quoted(`${prefix}event_id`)} = ${p}`, search.event)
  if (search.ids) add((p) => `${id} = ANY(${p})`, search.ids)
  // The query as a materialised CTE: the planner cannot see its words, so it always takes the GIN
  // index. Seeing a word in most articles, it read the table instead, detoasting every body's
  // vector to test it: 110 ms instead of 15 on 10,000 articles.
  const from = `FROM query, ${quoted(table)} t WHERE ${where.join(' AND ')}`
  const withQuery = 'WITH query AS MATERIALIZED (SELECT websearch_to_tsquery($1::regconfig, $2) AS q)'
  values.push(search.limit, search.offset ?? 0)
  // ts_rank_cd is 0 where the title and excerpt do not match: not computing it there saves a quarter.
  const head = `t.${quoted(`${prefix}${searchColumns.head}`)}`
  const { rows } = await pool.query<{ id: Id; total: string }>(
    `${withQuery} SELECT ${id} AS id, count(*) OVER () AS total ${from}
     ORDER BY CASE WHEN ${head} @@ query.q THEN ts_rank_cd(${head}, query.q) ELSE 0 END DESC,
       t.${quoted(`${prefix}published_at`)} DESC NULLS LAST, ${id} DESC
     LIMIT $${values.length - 1} OFFSET $${values.length}`,
    values,
  )
  if (rows.length || !search.offset) return { ids: rows.map((row) => row.id), total: Number(rows[0]?.total ?? 0) }
  // A page past the end: no row carries the count.
  const count = await pool.query<{ total: string }>(`${withQuery} SELECT count(*) AS total ${from}`, values.slice(0, -2))
  return { ids: [], total: Number(count.rows[0]?.total ?? 0) }
}

/** How much of the body around its first match `ts_headline` reads: it parses all it is given. */
const windowBefore = 200
const windowLength = 700

/** Where in `text` a snippet should look: around the first of the query's stems found in it. */
function windowOf(text: string, stems: string[]): { end: number; start: number } {
  const lower = foldAccentsKeepingLength(text).toLowerCase()
  let first = -1
  if (lower.length === text.length) {
    for (const stem of stems) {
      // A stem is mostly a prefix of the word (network, resum); `happi` of happy is not, hence the shorter try.
      for (const probe of stem.length > 3 ? [stem, stem.slice(0, -1)] : [stem]) {
        const at = lower.search(new RegExp(`(?<![\\p{L}\\p{N}])${probe.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u'))
        if (at >= 0 && (first < 0 || at < first)) first = at
        if (at >= 0) break
      }
    }
  }
  let start = Math.max(0, first - windowBefore)
  // Start at a word, not inside one.
  if (start > 0) start = Math.max(0, text.lastIndexOf(' ', start) + 1)
  let end = Math.min(text.length, start + windowLength)
  if (end < text.length) end = Math.max(start + 1, text.lastIndexOf(' ', end))
  return { end, start }
}

export interface Headline {
  /** `ts_headline`'s answer with markers, over the accent-folded `text`. */
  headline: string
  /** The part of the body the headline was made from, as written. */
  text: string
  /** Whether the body goes on before and after `text`. */
  cut: { after: boolean; before: boolean }
}

/**
 * Where the words matched in each article's body: PostgreSQL's `ts_headline` (with markers, over
 * the body with accents folded, length kept) for `snippetHtml` to map back onto the body as
 * written. Only a window around the first match is given to it: on a long body, `ts_headline` and
 * the fold took most of a search's time.
 */
export async function searchHeadlines(
  payload: Payload,
  search: Pick<ArticleSearch, 'among' | 'q'>,
  ids: Id[],
): Promise<Map<string, Headline>> {
  if (!ids.length) return new Map()
  const { pool } = adapterOf(payload)
  const { language } = talkNotesOptionsOf(payload).search
  const { condition, id, prefix, table } = source(payload, search.among)
  const q = foldAccents(search.q)
  // The stems of the words asked for (not of those asked to be absent: `-word`).
  const wanted = q.replace(/(^|\s)-\S+/g, ' ')
  const { rows } = await pool.query<{ id: Id; stems: null | string[]; text: null | string }>(
    `SELECT ${id} AS id, t.${quoted(`${prefix}body_text`)} AS text,
       (SELECT tsvector_to_array(to_tsvector($1::regconfig, $2))) AS stems
     FROM ${quoted(table)} t WHERE ${condition} AND ${id} = ANY($3)`,
    [language, wanted, ids],
  )
  const windows = rows.map((row) => {
    const text = row.text ?? ''
    const { end, start } = windowOf(text, row.stems ?? [])
    return { cut: { after: end < text.length, before: start > 0 }, id: row.id, text: text.slice(start, end) }
  })
  const { end, fragment, start } = snippetMarkers
  const options = `StartSel=${start}, StopSel=${end}, FragmentDelimiter=${fragment}, MaxFragments=2, MaxWords=24, MinWords=10`
  const headlines = await pool.query<{ headline: null | string; n: string }>(
    `SELECT n, ts_headline($1::regconfig, ${displayFoldExpression('body')}, websearch_to_tsquery($1::regconfig, $2), $3) AS headline
     FROM unnest($4::text[]) WITH ORDINALITY AS windows(body, n)`,
    [language, q, options, windows.map((window) => window.text)],
  )
  return new Map(
    headlines.rows.map((row) => {
      const window = windows[Number(row.n) - 1] as (typeof windows)[number]
      return [String(window.id), { cut: window.cut, headline: row.headline ?? '', text: window.text }]
    }),
  )
}
