// The articles' full-text search on PostgreSQL: one ranked query gives a page of ids and the number
// of matches; the documents themselves are then read through Payload (access enforced there).
import type { Payload } from 'payload'

import { talkNotesOptionsOf } from '../utilities/pluginOptions.ts'
import { foldAccents } from './foldAccents.ts'
import { articleTables, displayFoldExpression, searchColumns } from './searchSchema.ts'
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

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`

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
  const from = `FROM ${quoted(table)} t, (SELECT websearch_to_tsquery($1::regconfig, $2) AS q) query WHERE ${where.join(' AND ')}`
  values.push(search.limit, search.offset ?? 0)
  const { rows } = await pool.query<{ id: Id; total: string }>(
    `SELECT ${id} AS id, count(*) OVER () AS total ${from}
     ORDER BY ts_rank_cd(t.${quoted(`${prefix}${searchColumns.head}`)}, query.q) DESC,
       t.${quoted(`${prefix}published_at`)} DESC NULLS LAST, ${id} DESC
     LIMIT $${values.length - 1} OFFSET $${values.length}`,
    values,
  )
  if (rows.length || !search.offset) return { ids: rows.map((row) => row.id), total: Number(rows[0]?.total ?? 0) }
  // A page past the end: no row carries the count.
  const count = await pool.query<{ total: string }>(`SELECT count(*) AS total ${from}`, values.slice(0, -2))
  return { ids: [], total: Number(count.rows[0]?.total ?? 0) }
}

/**
 * Where the words matched in each article's body: PostgreSQL's `ts_headline` over the body with
 * accents folded (length kept), with markers, for `snippetHtml` to map back onto the body as written.
 */
export async function searchHeadlines(
  payload: Payload,
  search: Pick<ArticleSearch, 'among' | 'q'>,
  ids: Id[],
): Promise<Map<string, { headline: string; text: string }>> {
  if (!ids.length) return new Map()
  const { pool } = adapterOf(payload)
  const { language } = talkNotesOptionsOf(payload).search
  const { condition, id, prefix, table } = source(payload, search.among)
  const body = `t.${quoted(`${prefix}body_text`)}`
  const { end, fragment, start } = snippetMarkers
  const options = `StartSel=${start}, StopSel=${end}, FragmentDelimiter=${fragment}, MaxFragments=2, MaxWords=24, MinWords=10`
  const { rows } = await pool.query<{ headline: null | string; id: Id; text: null | string }>(
    `SELECT ${id} AS id, ${body} AS text,
       ts_headline($1::regconfig, ${displayFoldExpression(`coalesce(${body}, '')`)}, websearch_to_tsquery($1::regconfig, $2), $3) AS headline
     FROM ${quoted(table)} t WHERE ${condition} AND ${id} = ANY($4)`,
    [language, foldAccents(search.q), options, ids],
  )
  return new Map(rows.map((row) => [String(row.id), { headline: row.headline ?? '', text: row.text ?? '' }]))
}
