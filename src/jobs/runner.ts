// Runs the jobs queue on an interval inside the app process. A PostgreSQL advisory lock lets one
// process at a time run jobs, so two app processes never run a job twice; while holding it, any
// job still marked "processing" was left by a runner that died mid-way, and is released for retry.
import type { Payload } from 'payload'

const LOCK_KEY = 7_316_642_011 // arbitrary, fixed: "talk-notes job runner"

interface PoolClient {
  query: (sql: string, values?: unknown[]) => Promise<{ rows: Array<Record<string, unknown>> }>
  release: (destroy?: boolean) => void
}

/** One pass: returns false when another process holds the runner lock. */
export async function runJobsOnce(payload: Payload, { limit = 20 } = {}): Promise<boolean> {
  const pool = (payload.db as { pool?: { connect: () => Promise<PoolClient> } }).pool
  if (!pool) {
    await payload.jobs.run({ allQueues: true, limit })
    return true
  }
  const client = await pool.connect()
  try {
    const { rows } = await client.query('SELECT pg_try_advisory_lock($1) AS locked', [LOCK_KEY])
    if (rows[0]?.locked !== true) return false
    try {
      await payload.update({
        collection: 'payload-jobs',
        data: { processing: false },
        where: { processing: { equals: true } },
      })
      await payload.jobs.run({ allQueues: true, limit })
      return true
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY])
    }
  } finally {
    client.release()
  }
}

export function startJobRunner(payload: Payload, intervalMs: number): () => void {
  let busy = false
  const timer = setInterval(() => {
    if (busy) return
    busy = true
    runJobsOnce(payload)
      .catch((error: unknown) => payload.logger.error({ err: error, msg: 'talk-notes job runner failed' }))
      .finally(() => {
        busy = false
      })
  }, intervalMs)
  timer.unref()
  return () => clearInterval(timer)
}
