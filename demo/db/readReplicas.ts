// Visitors' reads on PostgreSQL streaming replicas, everything else on the primary, with the
// replicas dropped from use while they lag or are lost. db-postgres's `readReplicas` already sends
// writes, transactions and raw statements to the primary and selects to a replica (drizzle's
// withReplicas) and, in the process that wrote, reads to the primary for a moment after a write.
// What it does not do is handled here, in the `pg` module the adapter is given:
//   - a request that must read the primary (anyone signed in, the admin, any write) runs inside
//     `readFromPrimary`, and its selects go to the primary whatever drizzle picked;
//   - a replica that cannot be reached or whose replay is behind is skipped for the primary until
//     a probe finds it caught up; a select whose replica connection fails is retried on the primary.
import { AsyncLocalStorage } from 'node:async_hooks'
import pg from 'pg'

type QueryArgs = Parameters<pg.Pool['query']>

const primaryOnly = new AsyncLocalStorage<true>()

/** Runs `work` with every database read of it on the primary (an editor reads what it just wrote). */
export function readFromPrimary<T>(work: () => T): T {
  return primaryOnly.run(true, work)
}

interface ReplicaStatus {
  /** Why the replica is out of use, or null while reads may go to it. */
  down: null | string
  url: string
}

interface Options {
  /** How often each replica's replay position is compared with the primary's. */
  probeIntervalMs?: number
  log?: (message: string) => void
}

/** Connection-level failures: the statement never ran, so running it on the primary is safe. */
function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? ''
  const message = error instanceof Error ? error.message : ''
  return (
    ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', '57P01', '57P02', '57P03', '08000', '08003', '08006'].includes(code) ||
    /timeout exceeded when trying to connect|Connection terminated|connection .* closed/i.test(message)
  )
}

/**
 * A `pg` module for db-postgres's `pg` option. Pools it makes for a replica URL answer each query
 * from the replica when that is safe, otherwise from the pool the adapter made for the primary.
 */
export function replicaAwarePg(primaryUrl: string, replicaUrls: string[], { log = console.warn, probeIntervalMs = 1000 }: Options = {}) {
  let primary: pg.Pool | undefined

  class Pool extends pg.Pool {
    constructor(options: pg.PoolConfig = {}) {
      super(options)
      const url = options.connectionString ?? ''
      if (url === primaryUrl && !primary) primary = this
      if (!replicaUrls.includes(url)) return
      const status: ReplicaStatus = { down: 'not probed yet', url }
      const replica = this
      const query = pg.Pool.prototype.query
      const onPrimary = (args: QueryArgs) => (query as (...a: unknown[]) => unknown).apply(primary ?? replica, args)

      // drizzle's node-postgres driver reads through pool.query (transactions take pool.connect,
      // and withReplicas never gives a transaction to a replica).
      this.query = ((...args: QueryArgs) => {
        if (!primary || primaryOnly.getStore() || status.down) return onPrimary(args)
        const answer = (query as (...a: unknown[]) => unknown).apply(replica, args)
        if (!(answer instanceof Promise)) return answer
        return answer.catch((error: unknown) => {
          if (!isConnectionError(error)) throw error
          markDown(status, `unreachable (${(error as Error).message})`)
          return onPrimary(args)
        })
      }) as pg.Pool['query']

      // The replica is used while its replay has reached where the primary's WAL was at the
      // previous probe: at most about one probe interval behind.
      let primaryWasAt: null | string = null
      const probe = async () => {
        if (!primary) return
        try {
          const [{ rows: p }, { rows: r }] = await Promise.all([
            primary.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn'),
            (query as (...a: unknown[]) => Promise<pg.QueryResult<{ lsn: null | string }>>).call(replica, 'SELECT pg_last_wal_replay_lsn()::text AS lsn'),
          ])
          const replayed = r[0]?.lsn
          if (!replayed) return markDown(status, 'not a streaming replica')
          if (primaryWasAt !== null) {
            const { rows } = await primary.query<{ behind: string }>('SELECT pg_wal_lsn_diff($1, $2)::text AS behind', [primaryWasAt, replayed])
            if (Number(rows[0]?.behind ?? 0) > 0) markDown(status, 'lagging behind the primary')
            else markUp(status)
          }
          primaryWasAt = p[0]?.lsn ?? null
        } catch (error) {
          markDown(status, `unreachable (${(error as Error).message})`)
          primaryWasAt = null
        }
      }
      const timer = setInterval(() => void probe(), probeIntervalMs)
      timer.unref()
      const end = this.end.bind(this)
      this.end = (() => {
        clearInterval(timer)
        return end()
      }) as pg.Pool['end']
    }
  }

  const markDown = (status: ReplicaStatus, reason: string) => {
    if (status.down !== reason) log(`read replica ${redact(status.url)}: ${reason}; reading from the primary`)
    status.down = reason
  }
  const markUp = (status: ReplicaStatus) => {
    if (status.down && status.down !== 'not probed yet') log(`read replica ${redact(status.url)}: caught up; visitors' reads go to it again`)
    status.down = null
  }

  return { ...pg, Pool } as unknown as typeof pg
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')
}
