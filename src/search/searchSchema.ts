// The articles' full-text search columns, added to the Drizzle schema of @payloadcms/db-postgres
// (its afterSchemaInit hook), so that `payload migrate:create` writes them and finds no drift after.
import type { Config, DatabaseAdapter } from 'payload'

import { displayFoldSql, searchFoldSql } from './foldAccents.ts'

/** PostgreSQL's built-in text search configurations (`pg_ts_config`, since PostgreSQL 12). */
export const searchLanguages = [
  'arabic', 'danish', 'dutch', 'english', 'finnish', 'french', 'german', 'greek', 'hungarian', 'indonesian',
  'irish', 'italian', 'lithuanian', 'nepali', 'norwegian', 'portuguese', 'romanian', 'russian', 'simple',
  'spanish', 'swedish', 'tamil', 'turkish',
] as const
export type SearchLanguage = (typeof searchLanguages)[number]

/** Column names (SQL and Drizzle key alike) on the articles table; with `version_` on its versions table. */
export const searchColumns = {
  /** Title (weight A), excerpt (B) and body text (C): what a search matches, GIN-indexed. */
  all: 'search_vector',
  /** Title (A) and excerpt (B) only: small enough to rank thousands of matches quickly. */
  head: 'search_head_vector',
} as const

/** Payload's table-name key of a collection slug (its to-snake-case). */
const snakeCase = (slug: string) =>
  slug
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z\d]+/g, '_')
    .toLowerCase()

interface TableNames {
  relationshipsSuffix?: string
  tableNameMap: Map<string, string>
  versionsSuffix?: string
}

/** The articles table and its versions table, as the adapter named them (a collection's dbName wins). */
export function articleTables(adapter: TableNames, articlesSlug: string): { main: string; versions: string } {
  const key = snakeCase(articlesSlug)
  const main = adapter.tableNameMap.get(key)
  const versions = adapter.tableNameMap.get(`_${key}${adapter.versionsSuffix ?? '_v'}`)
  if (!main || !versions) throw new Error(`talk-notes search: no table for collection "${articlesSlug}"`)
  return { main, versions }
}

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`
/**
 * A string constant in ASCII (`U&'!00e9' UESCAPE '!'`): migration files show no combining marks,
 * and hold no backslash (they are JavaScript template literals).
 */
const unicodeLiteral = (text: string) =>
  `U&'${Array.from(text, (char) => (/[ -~]/.test(char) && !"'!\\`$".includes(char) ? char : `!${char.charCodeAt(0).toString(16).padStart(4, '0')}`)).join('')}' UESCAPE '!'`
/** An SQL identifier, double-quoted. */
export const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`

/** `text` folded for search, in SQL. */
export const foldSql = (expression: string) =>
  `translate(${expression}, ${unicodeLiteral(searchFoldSql.from)}, ${literal(searchFoldSql.to)})`
/** `text` folded keeping its length, in SQL: what snippets are cut from. */
export const displayFoldExpression = (expression: string) =>
  `translate(${expression}, ${unicodeLiteral(displayFoldSql.from)}, ${literal(displayFoldSql.to)})`

const weighted = (language: SearchLanguage, column: string, weight: 'A' | 'B' | 'C') =>
  `setweight(to_tsvector(${literal(language)}::regconfig, ${foldSql(`coalesce(${quoted(column)}, '')`)}), ${literal(weight)})`

/** The generated columns' expressions; `prefix` is `version_` on the versions table. */
export function searchExpressions(language: SearchLanguage, prefix = '') {
  const head = [weighted(language, `${prefix}title`, 'A'), weighted(language, `${prefix}excerpt`, 'B')]
  return {
    all: [...head, weighted(language, `${prefix}body_text`, 'C')].join(' || '),
    head: head.join(' || '),
  }
}

interface SchemaHookArgs {
  adapter: TableNames
  extendTable: (args: { columns?: Record<string, unknown>; extraConfig?: (table: Record<string, unknown>) => Record<string, unknown>; table: unknown }) => void
  schema: { tables: Record<string, unknown> }
}

type SchemaHook = (args: SchemaHookArgs) => Promise<SchemaHookArgs['schema']>

/** The afterSchemaInit hook: both columns on the articles and versions tables, a GIN index on the full one. */
export function createSearchSchemaHook(options: { articlesSlug: string; language: SearchLanguage }): SchemaHook {
  return async ({ adapter, extendTable, schema }) => {
    // Imported here, not at the top: hosts on another database have no @payloadcms/db-postgres.
    const { sql } = await import('@payloadcms/db-postgres/drizzle')
    const { customType, index } = await import('@payloadcms/db-postgres/drizzle/pg-core')
    const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' })
    const tables = articleTables(adapter, options.articlesSlug)
    for (const [tableName, prefix] of [[tables.main, ''], [tables.versions, 'version_']] as const) {
      const table = schema.tables[tableName]
      if (!table) throw new Error(`talk-notes search: table "${tableName}" is not in the schema`)
      const expressions = searchExpressions(options.language, prefix)
      const all = `${prefix}${searchColumns.all}`
      const head = `${prefix}${searchColumns.head}`
      extendTable({
        columns: {
          [all]: tsvector(all).generatedAlwaysAs(sql.raw(expressions.all)),
          [head]: tsvector(head).generatedAlwaysAs(sql.raw(expressions.head)),
        },
        extraConfig: (columns) => ({
          [`${all}_idx`]: index(`${tableName}_${all}_idx`).using('gin', columns[all] as never),
        }),
        table,
      })
    }
    return schema as SchemaHookArgs['schema']
  }
}

/**
 * The app's database adapter with the search columns in its schema, when it is PostgreSQL (its
 * `afterSchemaInit` hooks); any other adapter is returned as it was.
 */
export function addSearchSchema(db: Config['db'], options: { articlesSlug: string; language: SearchLanguage }): Config['db'] {
  return {
    ...db,
    init: (args) => {
      const adapter = db.init(args) as DatabaseAdapter & { afterSchemaInit?: unknown[]; name?: string }
      if (adapter.name === 'postgres' && Array.isArray(adapter.afterSchemaInit)) {
        adapter.afterSchemaInit = [...adapter.afterSchemaInit, createSearchSchemaHook(options)] as never
      }
      return adapter
    },
  }
}
