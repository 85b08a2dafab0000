import type { Payload } from 'payload'

/**
 * payload.destroy() leaves the adapter's pool (and one checked-out client) open; when PostgreSQL
 * then stops, idle clients emit 57P01 "terminating connection", which must not crash the process.
 */
export function ignoreServerShutdown(payload: Payload): void {
  const pool = (payload.db as { pool?: { on: (event: 'error', listener: (error: Error) => void) => void } }).pool
  pool?.on('error', (error) => {
    if ((error as { code?: string }).code !== '57P01') console.error('postgres pool:', error.message)
  })
}
