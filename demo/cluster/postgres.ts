// A PostgreSQL primary and a streaming replica of it (pg_basebackup), each a cluster of its own in
// the cluster's folder, from Debian's PostgreSQL binaries. PostgreSQL refuses to run as root: a root
// parent runs them as the `postgres` user.
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync } from 'node:fs'
import path from 'node:path'

import { findExecutable, run, type Service, startProcess, waitForPort } from './processes'

export interface PostgresServer {
  port: number
  /** The URL of the app's database on this server. */
  url: string
  service: () => Service
  /** Starts the server again on its data (after stop or kill). */
  start: () => Promise<void>
}

const database = 'talk_notes'

function binDir(): string {
  const candidates = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql')
        .filter((version) => /^\d+$/.test(version))
        .sort((a, b) => Number(b) - Number(a))
        .map((version) => `/usr/lib/postgresql/${version}/bin/pg_basebackup`)
    : []
  return path.dirname(findExecutable([...candidates, 'pg_basebackup'], 'postgresql'))
}

function postgresUser(): undefined | { gid: number; uid: number } {
  if (process.getuid?.() !== 0) return undefined
  return { gid: Number(run('id', ['-g', 'postgres'])), uid: Number(run('id', ['-u', 'postgres'])) }
}

function ownedDir(dir: string, user: undefined | { gid: number; uid: number }): void {
  mkdirSync(dir, { recursive: true })
  chmodSync(dir, 0o700)
  if (user) chownSync(dir, user.uid, user.gid)
}

function server(name: string, dataDir: string, port: number, logDir: string, extra: string[]): PostgresServer {
  const bin = binDir()
  const user = postgresUser()
  let current: Service | undefined
  const start = async () => {
    current = startProcess({
      args: ['-D', dataDir, '-p', String(port), '-k', dataDir, '-c', 'listen_addresses=127.0.0.1', ...extra],
      command: path.join(bin, 'postgres'),
      logDir,
      name,
      user,
    })
    await waitForPort(port, { service: current })
    // Accepting connections is not yet accepting queries: wait for "ready".
    for (let tries = 0; tries < 100; tries++) {
      try {
        run(path.join(bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres'])
        return
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    }
  }
  return {
    port,
    service: () => {
      if (!current) throw new Error(`${name} was never started`)
      return current
    },
    start,
    url: `postgres://postgres@127.0.0.1:${port}/${database}`,
  }
}

/** Creates and starts the primary, with the app's database and room for replicas. */
export async function startPrimary(dir: string, port: number, logDir: string): Promise<PostgresServer> {
  const user = postgresUser()
  const dataDir = path.join(dir, 'primary')
  ownedDir(dataDir, user)
  run(path.join(binDir(), 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8'], { user })
  const primary = server('postgres-primary', dataDir, port, logDir, ['-c', 'wal_level=replica', '-c', 'max_wal_senders=8', '-c', 'max_connections=200'])
  await primary.start()
  run(path.join(binDir(), 'psql'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-c', `CREATE DATABASE ${database}`], { user })
  return primary
}

/** Copies the primary with pg_basebackup (streaming its WAL) and starts the copy as a hot standby. */
export async function startReplica(primary: PostgresServer, dir: string, port: number, logDir: string): Promise<PostgresServer> {
  const user = postgresUser()
  const dataDir = path.join(dir, 'replica')
  ownedDir(dataDir, user)
  run(path.join(binDir(), 'pg_basebackup'), ['-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres', '-D', dataDir, '-R', '-X', 'stream', '--checkpoint=fast'], { user })
  const replica = server('postgres-replica', dataDir, port, logDir, ['-c', 'hot_standby=on', '-c', 'max_connections=200'])
  await replica.start()
  return replica
}
