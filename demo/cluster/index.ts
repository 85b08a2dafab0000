// The whole cluster on one machine, as `npm run cluster` and the cluster tests start it: a
// PostgreSQL primary and its streaming replica, Redis (Next.js's shared cache), an S3-compatible
// server (uploads), two or more instances of the app (`npm start`'s server, jobs included) and nginx
// balancing them. Everything lives in a folder of its own and goes away with stop().
import { randomBytes } from 'node:crypto'
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { type PostgresServer, startPrimary, startReplica } from './postgres'
import { findExecutable, type Service, startProcess, waitForPort } from './processes'

const here = path.dirname(fileURLToPath(import.meta.url))
const repositoryRoot = path.resolve(here, '..', '..')

export interface ClusterOptions {
  /** The balancer listens here; the other parts on the ports after it. */
  basePort?: number
  instances?: number
  log?: (message: string) => void
  /** Extra server blocks for nginx's http block (the benchmarks' static baseline). */
  nginxExtra?: string
}

export interface Instance {
  name: string
  port: number
  service: () => Service
  /** Starts it again (after kill or stop) and resolves once it answers. */
  start: () => Promise<void>
}

export interface Cluster {
  dir: string
  /** The balancer's URL: the site's public URL. */
  url: string
  instances: Instance[]
  primary: PostgresServer
  replica: PostgresServer
  redis: { port: number; restart: () => Promise<void>; service: () => Service }
  s3: { bucket: string; endpoint: string }
  /** Everything the instances are started with (DATABASE_URL, REDIS_URL, S3_*, …). */
  env: NodeJS.ProcessEnv
  stop: () => Promise<void>
}

export async function startCluster({ basePort = 4400, instances: count = 2, log = console.log, nginxExtra = '' }: ClusterOptions = {}): Promise<Cluster> {
  const ports = { balancer: basePort, primary: basePort + 10, redis: basePort + 12, replica: basePort + 11, s3: basePort + 13 }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'talk-notes-cluster-'))
  // PostgreSQL runs as its own user when this is root: it must reach its folders.
  chmodSync(dir, 0o755)
  const logDir = path.join(dir, 'logs')
  mkdirSync(logDir)
  const stops: Array<() => Promise<void>> = []
  const stop = async () => {
    for (const stopOne of stops.reverse()) await stopOne().catch(() => {})
    stops.length = 0
    rmSync(dir, { force: true, recursive: true })
  }

  try {
    log(`cluster: folder ${dir} (logs in ${logDir})`)
    const primary = await startPrimary(dir, ports.primary, logDir)
    stops.push(() => primary.service().stop())
    log(`cluster: PostgreSQL primary on port ${ports.primary}`)
    const replica = await startReplica(primary, dir, ports.replica, logDir)
    stops.push(() => replica.service().stop())
    log(`cluster: PostgreSQL streaming replica on port ${ports.replica}`)

    const redisServer = findExecutable(['redis-server'], 'redis-server')
    let redisService: Service | undefined
    const startRedis = async () => {
      redisService = startProcess({
        // In memory only, and with the key-space events the shared Next.js cache listens to.
        args: ['--port', String(ports.redis), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--notify-keyspace-events', 'Exe'],
        command: redisServer,
        logDir,
        name: 'redis',
      })
      await waitForPort(ports.redis, { service: redisService })
    }
    await startRedis()
    stops.push(() => redisService?.stop() ?? Promise.resolve())
    log(`cluster: Redis on port ${ports.redis}`)

    const bucket = 'talk-notes-media'
    const s3Dir = path.join(dir, 's3')
    mkdirSync(s3Dir)
    const s3 = startProcess({
      args: [path.join(repositoryRoot, 'node_modules', 's3rver', 'bin', 's3rver.js'), '-d', s3Dir, '-a', '127.0.0.1', '-p', String(ports.s3), '--configure-bucket', bucket, '--silent'],
      command: process.execPath,
      logDir,
      name: 's3',
    })
    await waitForPort(ports.s3, { service: s3 })
    stops.push(() => s3.stop())
    log(`cluster: S3-compatible server (s3rver) on port ${ports.s3}, bucket ${bucket}`)

    const url = `http://localhost:${ports.balancer}`
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_REPLICA_URLS: replica.url,
      DATABASE_URL: primary.url,
      NEXT_TELEMETRY_DISABLED: '1',
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      REDIS_URL: `redis://127.0.0.1:${ports.redis}`,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_BUCKET: bucket,
      S3_ENDPOINT: `http://127.0.0.1:${ports.s3}`,
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      SERVER_URL: url,
      TRUSTED_PROXIES: '127.0.0.1',
    }
    delete env.DATA_DIR

    const instances: Instance[] = []
    for (let index = 0; index < count; index++) {
      const name = `app-${String.fromCharCode(97 + index)}`
      const port = basePort + 1 + index
      const dataDir = path.join(dir, name)
      mkdirSync(dataDir)
      let service: Service | undefined
      const instance: Instance = {
        name,
        port,
        service: () => {
          if (!service) throw new Error(`${name} was never started`)
          return service
        },
        async start() {
          service = startProcess({
            args: ['--import', 'tsx', path.join(repositoryRoot, 'demo', 'scripts', 'start.ts')],
            command: process.execPath,
            cwd: repositoryRoot,
            env: { ...env, DATA_DIR: dataDir, PORT: String(port) },
            logDir,
            name,
          })
          // The first start may build the app (a few minutes).
          await waitForPort(port, { service, timeoutMs: 600_000 })
        },
      }
      // One at a time: the first migrates, seeds and builds; the others find all of it done.
      await instance.start()
      stops.push(() => instance.service().stop(20_000))
      instances.push(instance)
      log(`cluster: ${name} on port ${port}`)
    }

    const nginxDir = path.join(dir, 'nginx')
    for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(nginxDir, 'nginx-temp', temp), { recursive: true })
    // Its workers run as an unprivileged user when started by root.
    chmodSync(path.join(nginxDir, 'nginx-temp'), 0o777)
    for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) chmodSync(path.join(nginxDir, 'nginx-temp', temp), 0o777)
    const upstreams = instances.map((instance) => `    server 127.0.0.1:${instance.port} max_fails=1 fail_timeout=3s;`).join('\n')
    const config = readFileSync(path.join(here, 'nginx.conf'), 'utf8')
      .replaceAll('{{dir}}', nginxDir)
      .replaceAll('{{port}}', String(ports.balancer))
      .replace('{{upstreams}}', upstreams)
      .replace('{{extra}}', nginxExtra)
    writeFileSync(path.join(nginxDir, 'nginx.conf'), config)
    const nginx = startProcess({
      args: ['-p', nginxDir, '-c', path.join(nginxDir, 'nginx.conf')],
      command: findExecutable(['nginx', '/usr/sbin/nginx'], 'nginx'),
      logDir,
      name: 'nginx',
    })
    await waitForPort(ports.balancer, { service: nginx })
    stops.push(() => nginx.stop())
    log(`cluster: nginx balancing ${instances.length} instances on ${url}`)

    return {
      dir,
      env,
      instances,
      primary,
      redis: {
        port: ports.redis,
        async restart() {
          await redisService?.stop()
          await startRedis()
        },
        service: () => redisService as Service,
      },
      replica,
      s3: { bucket, endpoint: env.S3_ENDPOINT as string },
      stop,
      url,
    }
  } catch (error) {
    log(`cluster: cannot start (${error instanceof Error ? error.message : String(error)}); logs were in ${logDir}`)
    for (const file of readdirSync(logDir)) {
      const text = readFileSync(path.join(logDir, file), 'utf8')
      log(`--- ${file} (last lines) ---\n${text.split('\n').slice(-30).join('\n')}`)
    }
    await stop()
    throw error
  }
}
