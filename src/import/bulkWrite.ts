// Set-at-a-time writes for the schedule import on PostgreSQL: one INSERT, UPDATE or DELETE per table
// (per chunk of rows), whatever the number of sessions, instead of Payload's several statements per
// document. Tables and column names come from the adapter's own drizzle schema, so custom slugs work.
import type { Payload, PayloadRequest } from 'payload'

type Row = Record<string, unknown>

interface DrizzleColumn {
  getSQLType: () => string
  name: string
}

type DrizzleTable = Record<string, unknown>

interface DrizzleDb {
  delete: (table: DrizzleTable) => { where: (condition: unknown) => Promise<unknown> }
  execute: (query: unknown) => Promise<{ rows: Row[] }>
  insert: (table: DrizzleTable) => {
    values: (rows: Row[]) => { returning: (fields?: Record<string, unknown>) => Promise<Row[]> } & Promise<unknown>
  }
}

interface PostgresAdapter {
  drizzle: DrizzleDb
  name?: string
  sessions?: Record<string, { db: DrizzleDb }>
  tableNameMap: Map<string, string>
  tables: Record<string, DrizzleTable>
}

type Drizzle = typeof import('@payloadcms/db-postgres/drizzle')

/** PostgreSQL keeps at most 65,535 parameters per statement; chunks stay well below. */
const maxParameters = 30_000

export interface BulkWriter {
  /** A column of a drizzle table by its key ('startsAt', 'source_guid', '_parentID'), for sql`` reads. */
  column: (table: DrizzleTable, key: string) => never
  /** Deletes the rows whose `column` is one of `values`. */
  deleteWhereIn: (table: DrizzleTable, column: string, values: unknown[]) => Promise<void>
  drizzle: Drizzle
  /** The request's transaction (or the pool outside one). */
  db: DrizzleDb
  insert: (table: DrizzleTable, rows: Row[], returning?: string[]) => Promise<Row[]>
  table: (name: string) => DrizzleTable
  /** The main table of a collection slug, and its array tables by field name. */
  tableOf: (slug: string) => { name: string; table: DrizzleTable }
  /**
   * UPDATE … FROM (VALUES …) by id. A column in `keepUnless` is written only where the row's
   * `set:<column>` is true, so a rich text an editor owns is never rewritten.
   */
  update: (table: DrizzleTable, rows: Row[], options?: { keepUnless?: string[] }) => Promise<void>
}

export function supportsBulkWrites(payload: Payload): boolean {
  const adapter = payload.db as unknown as Partial<PostgresAdapter>
  return adapter.name === 'postgres' && Boolean(adapter.tables && adapter.tableNameMap && adapter.drizzle)
}

function chunks<T>(rows: T[], width: number): T[][] {
  const size = Math.max(1, Math.floor(maxParameters / Math.max(1, width)))
  const result: T[][] = []
  for (let start = 0; start < rows.length; start += size) result.push(rows.slice(start, start + size))
  return result
}

const columnOf = (table: DrizzleTable, key: string) => {
  const column = table[key] as DrizzleColumn | undefined
  if (!column || typeof column.getSQLType !== 'function') throw new Error(`talk-notes import: no column "${key}"`)
  return column
}

/** The type a VALUES entry is cast to: the column's own (its enum's for a select), a serial's integer. */
function castOf(column: DrizzleColumn): string {
  const type = column.getSQLType()
  if (type === 'serial') return 'integer'
  if (type === 'bigserial') return 'bigint'
  return /^[a-z][a-z0-9_ ()]*$/.test(type) ? type : `"${type.replace(/"/g, '""')}"`
}

export async function createBulkWriter(req: PayloadRequest): Promise<BulkWriter> {
  const adapter = req.payload.db as unknown as PostgresAdapter
  if (!supportsBulkWrites(req.payload)) {
    throw new Error('talk-notes: the schedule import needs @payloadcms/db-postgres')
  }
  const drizzle: Drizzle = await import('@payloadcms/db-postgres/drizzle')
  const { inArray, sql } = drizzle
  const transactionID = req.transactionID ? await req.transactionID : undefined
  const db = (transactionID !== undefined ? adapter.sessions?.[String(transactionID)]?.db : undefined) ?? adapter.drizzle
  const table = (name: string) => {
    const found = adapter.tables[name]
    if (!found) throw new Error(`talk-notes import: no table "${name}"`)
    return found
  }
  const quote = (name: string) => sql.raw(`"${name.replace(/"/g, '""')}"`)
  return {
    column: (target, key) => columnOf(target, key) as never,
    db,
    deleteWhereIn: async (target, column, values) => {
      for (const part of chunks(values, 1)) {
        await db.delete(target).where(inArray(target[column] as never, part as never[]))
      }
    },
    drizzle,
    insert: async (target, rows, returning) => {
      if (rows.length === 0) return []
      const fields = returning ? Object.fromEntries(returning.map((key) => [key, target[key]])) : undefined
      const inserted: Row[] = []
      for (const part of chunks(rows, Object.keys(rows[0]).length)) {
        if (fields) inserted.push(...(await db.insert(target).values(part).returning(fields)))
        else await db.insert(target).values(part)
      }
      return inserted
    },
    table,
    tableOf: (slug) => {
      const name = adapter.tableNameMap.get(slug.replace(/-/g, '_')) ?? slug.replace(/-/g, '_')
      return { name, table: table(name) }
    },
    update: async (target, rows, options = {}) => {
      if (rows.length === 0) return
      const keys = Object.keys(rows[0]).filter((key) => key !== 'id' && !key.startsWith('set:'))
      const kept = new Set(options.keepUnless ?? [])
      const idColumn = columnOf(target, 'id')
      const tableName = (target as unknown as Record<symbol, string>)[Symbol.for('drizzle:Name')]
      const valueKeys = ['id', ...keys, ...[...kept].map((key) => `set:${key}`)]
      for (const part of chunks(rows, valueKeys.length)) {
        const tuples = part.map(
          (row) =>
            sql`(${sql.join(
              valueKeys.map((key) => {
                const type = key.startsWith('set:') ? 'boolean' : castOf(columnOf(target, key))
                const value = row[key]
                const param = value !== null && typeof value === 'object' && !(value instanceof Date) ? JSON.stringify(value) : value
                return sql`${param ?? null}::${sql.raw(type)}`
              }),
              sql`, `,
            )})`,
        )
        const names = valueKeys.map((key, index) => quote(`c${index}`))
        const assignments = keys.map((key) => {
          const column = quote(columnOf(target, key).name)
          const value = quote(`c${valueKeys.indexOf(key)}`)
          if (!kept.has(key)) return sql`${column} = v.${value}`
          const mask = quote(`c${valueKeys.indexOf(`set:${key}`)}`)
          return sql`${column} = CASE WHEN v.${mask} THEN v.${value} ELSE t.${column} END`
        })
        await db.execute(
          sql`UPDATE ${quote(tableName)} AS t SET ${sql.join(assignments, sql`, `)} FROM (VALUES ${sql.join(tuples, sql`, `)}) AS v(${sql.join(names, sql`, `)}) WHERE t.${quote(idColumn.name)} = v.${names[0]}`,
        )
      }
    },
  }
}
