interface ErrorEmitter {
  on(event: 'error', listener: (error: Error) => void): void
}

export interface EventedPool extends ErrorEmitter {
  on(event: 'connect', listener: (client: ErrorEmitter) => void): void
  on(event: 'error', listener: (error: Error) => void): void
}

/**
 * node-postgres turns a connection's error into an uncaught exception, which ends the process,
 * unless someone listens: the pool listens for its idle clients only, not for a client checked
 * out between two queries of a transaction. Every PostgreSQL restart (57P01 "terminating
 * connection") or network fault did that. Listening on every client keeps the process alive; the
 * request that held the client fails with the error, and the pool opens new connections.
 */
export function survivePoolErrors(pool: EventedPool, warn: (message: string) => void): void {
  const log = (error: Error) => {
    const code = (error as { code?: string }).code
    warn(`postgres: ${code === '57P01' ? 'the server ended a connection (restart or shutdown)' : error.message}`)
  }
  pool.on('error', log)
  pool.on('connect', (client) => client.on('error', log))
}
