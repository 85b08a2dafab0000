// The database adapter, made safe to run in public. Above all, a burst of writes must not wedge the
// connection pool: each write holds a pooled connection for its transaction, and Payload itself
// makes some reads on the way without the transaction (its document-lock check on REST updates),
// so when every connection held a transaction whose request waited for one more, nothing moved
// again. At most `pool max - reserve` transactions run at once; a request that cannot start one in
// time is told to come back (503). Also: pool defaults, error listeners, failed COMMITs reported.
import type { Config, DatabaseAdapter } from 'payload'

import { APIError } from 'payload'

import { type EventedPool, survivePoolErrors } from './survivePoolErrors.ts'

export class ServerBusyError extends APIError {
  readonly retryAfterSeconds: number
  constructor(retryAfterSeconds: number) {
    super('The server is busy with other changes: try again in a few seconds.', 503, null, true)
    this.retryAfterSeconds = retryAfterSeconds
  }
}

interface Waiter {
  resolve: () => void
  timer: NodeJS.Timeout
}

/** A counting semaphore whose waiters give up after `timeoutMs`. */
function createSlots(size: number, timeoutMs: number) {
  let active = 0
  const queue: Waiter[] = []
  return {
    acquire(): Promise<void> {
      if (active < size) {
        active += 1
        return Promise.resolve()
      }
      return new Promise<void>((resolve, reject) => {
        const waiter: Waiter = {
          resolve,
          timer: setTimeout(() => {
            queue.splice(queue.indexOf(waiter), 1)
            reject(new ServerBusyError(Math.max(1, Math.ceil(timeoutMs / 1000))))
          }, timeoutMs),
        }
        queue.push(waiter)
      })
    },
    release(): void {
      const next = queue.shift()
      if (next) {
        clearTimeout(next.timer)
        next.resolve() // the slot passes straight to the next waiter
      } else {
        active -= 1
      }
    },
  }
}

interface PoolOptions {
  connectionTimeoutMillis?: number
  idle_in_transaction_session_timeout?: number
  max?: number
}

type Transaction = (run: (tx: object) => Promise<unknown>, config?: unknown) => Promise<unknown>

interface PooledAdapter extends Omit<DatabaseAdapter, 'drizzle' | 'pg' | 'pool' | 'poolOptions' | 'sessions'> {
  drizzle?: { transaction: Transaction }
  sessions?: Record<string, { db: object }>
  pg?: { Pool: new (options?: PoolOptions) => EventedPool }
  pool?: EventedPool
  poolOptions?: PoolOptions
}

/** A host's own pool settings win; these are only what an unset one becomes. */
export const poolDefaults = {
  /** A request waits this long for a connection (or a transaction slot), then gets a 503. */
  connectionTimeoutMillis: 5000,
  /** PostgreSQL ends a transaction left idle this long, so a lost one frees its connection. */
  idle_in_transaction_session_timeout: 15_000,
} satisfies PoolOptions

/**
 * How many transactions may run at once on a pool of `poolMax`: the adapter keeps one connection
 * checked out for good, and a quarter of the rest stays free for the reads made outside them.
 */
export function transactionSlotCount(poolMax: number): number {
  const usable = poolMax - 1
  return Math.max(1, usable - Math.max(1, Math.ceil(usable / 4)))
}

/**
 * Wraps a database adapter so its transactions are bounded by the pool (transactionSlotCount), a
 * waiter giving up after the pool's `connectionTimeoutMillis`; fills in unset pool settings, and
 * keeps connection errors from ending the process.
 */
export function hardenDatabaseAdapter(db: Config['db']): Config['db'] {
  return {
    ...db,
    init: (args) => {
      const adapter = db.init(args) as unknown as PooledAdapter
      if (typeof adapter.beginTransaction !== 'function') return adapter as unknown as DatabaseAdapter
      if (adapter.poolOptions) adapter.poolOptions = { ...poolDefaults, ...adapter.poolOptions }
      const poolMax = adapter.poolOptions?.max ?? 10 // node-postgres' default
      const timeoutMs = adapter.poolOptions?.connectionTimeoutMillis || poolDefaults.connectionTimeoutMillis
      const slots = createSlots(transactionSlotCount(poolMax), timeoutMs)
      const held = new Set<number | string>()
      const begin = adapter.beginTransaction.bind(adapter)
      const commit = adapter.commitTransaction.bind(adapter)
      const rollback = adapter.rollbackTransaction.bind(adapter)
      const end = (id: unknown) => {
        if (held.delete(id as number | string)) slots.release()
      }

      adapter.beginTransaction = async (options) => {
        await slots.acquire()
        try {
          const id = await begin(options)
          if (id === null) slots.release()
          else held.add(id)
          return id
        } catch (error) {
          slots.release()
          throw error
        }
      }
      adapter.commitTransaction = async (id) => {
        const resolved = id instanceof Promise ? await id : id
        const tx = adapter.sessions?.[String(resolved)]?.db
        const outcome = tx && outcomes.get(tx)
        try {
          await commit(resolved)
        } finally {
          end(resolved)
        }
        await outcome // throws when COMMIT failed: the write did not happen
      }
      adapter.rollbackTransaction = async (id) => {
        const resolved = id instanceof Promise ? await id : id
        try {
          await rollback(resolved)
        } finally {
          end(resolved)
        }
      }
      // The adapter settles a transaction's promise with a catch-all, so a COMMIT that fails (the
      // server went away at that moment) looked like success, and the write was acknowledged
      // but lost. Each transaction's own outcome is kept here, and commitTransaction rethrows it.
      const outcomes = new WeakMap<object, Promise<unknown>>()
      const keepOutcomes = () => {
        const drizzle = adapter.drizzle
        if (!drizzle || typeof drizzle.transaction !== 'function') return
        const transaction = drizzle.transaction.bind(drizzle)
        drizzle.transaction = (run, config) => {
          const holder: { outcome?: Promise<unknown> } = {}
          holder.outcome = transaction(async (tx) => {
            if (holder.outcome) outcomes.set(tx, holder.outcome)
            return run(tx)
          }, config)
          return holder.outcome
        }
      }
      // The pool made here, before the adapter's connect() uses it, so that no client of it is
      // ever without an error listener (survivePoolErrors).
      const connect = adapter.connect?.bind(adapter)
      if (connect) {
        adapter.connect = async (options) => {
          if (!adapter.pool && adapter.pg?.Pool) {
            adapter.pool = new adapter.pg.Pool(adapter.poolOptions)
            survivePoolErrors(adapter.pool, (message) => adapter.payload.logger.warn(message))
          }
          await connect(options)
          keepOutcomes()
        }
      }
      return adapter as unknown as DatabaseAdapter
    },
  }
}
