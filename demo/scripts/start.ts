// The app `npm start` runs (under demo/scripts/supervise.ts, which starts it again if it exits): start
// PostgreSQL (embedded unless DATABASE_URL is set), migrate, seed the demo on an empty database, build if the sources changed since the last build, then serve on PORT (3000):
// Next.js in this process behind a plain node:http server that answers the feeds itself, and the
// jobs queue (scheduled publishing, embargoes, webhooks) running here too.
// First: Next.js's Node environment (AsyncLocalStorage and friends) must be in place before any
// Next module loads, and payload.config loads next/cache.
import 'next/dist/server/node-environment.js'

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage } from 'node:http'
import path from 'node:path'

import next from 'next'

import { DataDirInUseError } from '../db/startDatabase'
import { prepareEnvironment } from '../environment'
import { buildMarker, demoDir, runNext, writeBuildMarker } from './runNext'
import { EXIT_CANNOT_START } from './supervise'

process.env.NEXT_TELEMETRY_DISABLED ??= '1'
const port = Number(process.env.PORT ?? '3000')
process.env.SERVER_URL ||= `http://localhost:${port}`
// A second `npm start` on a taken port or on a data folder in use ends here, before it touches the
// first one's database, and is not started again by the supervisor.
if (!(await portIsFree(port))) cannotStart(`port ${port} is already in use (another npm start?): stop that one, or set PORT`)
const database = await prepareEnvironment().catch((error: unknown) => {
  if (error instanceof DataDirInUseError) cannotStart(error.message)
  throw error
})

// This process's Payload instance runs the jobs; the one inside Next.js must not.
process.env.TALK_NOTES_RUN_JOBS = 'true'
const { migrateAndSeed, printDemoAccounts } = await import('../boot')
const { talkNotesOptions } = await import('../payload.config')
const { createFeedFastPath } = await import('../server/feedFastPath')
const { createApiCache } = await import('../server/apiCache')
const { createPageCache } = await import('../server/pageCache')
const { createPublicCaching } = await import('../server/publicCaching')
const { revalidateSite } = await import('../server/revalidateSite')
const { createRestFastPath } = await import('../server/restFastPath')
const { onContentChange, sanitizePluginConfig } = await import('talk-notes')
const { createRequestLimits, requestLimitsFor } = await import('../server/requestLimits')
const { readFromPrimary } = await import('../db/readReplicas')
// Migrate and seed first: the build prerenders public pages from the database.
const payload = await migrateAndSeed()
delete process.env.TALK_NOTES_RUN_JOBS

if (needsBuild()) {
  console.log('building the app (next build)...')
  const code = await runNext(['build'])
  if (code !== 0) {
    await database.stop()
    process.exit(EXIT_CANNOT_START) // the supervisor does not start a failed build again
  }
  writeBuildMarker(process.env.SERVER_URL as string)
}

const app = next({ dev: false, dir: demoDir, hostname: 'localhost', port })
await app.prepare()
const handleNext = app.getRequestHandler()
const handleFeed = createFeedFastPath(payload, talkNotesOptions)
// Next.js's route handlers get this same Payload instance (getPayload caches it per process), so
// this is where public changes expire the site's page cache. The revalidation route is called on
// this instance itself, not through a load balancer in front of it.
const ownURL = `http://127.0.0.1:${port}`
onContentChange(payload, (origin) => revalidateSite(ownURL, origin))
// Another instance's change: like the writer itself, read from the primary for a moment, so what
// is rendered now is not a read replica's older copy (db-postgres's readReplicasAfterWriteInterval).
onContentChange(payload, (origin) => {
  if (origin === 'notify') (payload.db as { lastWriteTimestamp?: number }).lastWriteTimestamp = Date.now()
})
const caching = createPublicCaching(payload, talkNotesOptions)
const handlePage = createPageCache(payload)
const handleApi = createApiCache(payload, caching)
const handleRest = createRestFastPath(payload, process.env.SERVER_URL as string, { caching, ownURL })
const limitRequest = createRequestLimits(
  requestLimitsFor(sanitizePluginConfig(talkNotesOptions).maxUploadSize, payload.config.routes.api),
)
const trustedProxies = new Set(
  (process.env.TRUSTED_PROXIES ?? '')
    .split(',')
    .map((address) => address.trim())
    .filter(Boolean)
    .flatMap((address) => [address, `::ffff:${address}`]),
)
const server = createServer((request, response) => {
  if (limitRequest(request, response)) return
  // The plugin's rate limits key on X-Forwarded-For: here it is the socket's address, never the
  // client's say, unless the socket is a proxy of TRUSTED_PROXIES (a load balancer), which sets it.
  const peer = request.socket.remoteAddress ?? ''
  const forwarded = String(request.headers['x-forwarded-for'] ?? '').split(',').pop()?.trim()
  request.headers['x-forwarded-for'] = trustedProxies.has(peer) && forwarded ? forwarded : peer
  delete request.headers['x-real-ip']
  if (handleFeed(request, response)) return
  // Pages Next.js serves from its cache carry the site's own cache headers, replayed ones too.
  caching.rewritePageHeaders(response)
  if (handlePage(request, response) || handleApi(request, response)) return
  // Visitors' reads may be answered from a read replica; anyone signed in, the admin and every write
  // read the primary, so an editor always sees what they just saved.
  const serve = () => handleRest(request, response) || void handleNext(request, response)
  if (isVisitorRead(request)) serve()
  else readFromPrimary(serve)
})
await new Promise<void>((resolve, reject) => {
  server.once('error', reject)
  server.listen(port, resolve)
}).catch(async (error: unknown) => {
  await database.stop()
  cannotStart(`cannot listen on port ${port}: ${error instanceof Error ? error.message : String(error)}`)
})

printDemoAccounts()
console.log(`site:     ${process.env.SERVER_URL}/`)
console.log(`admin:    ${process.env.SERVER_URL}/admin`)
console.log(`REST API: ${process.env.SERVER_URL}/api`)
console.log(`ready on port ${port}`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close()
    void app.close()
  })
}

function isVisitorRead(request: IncomingMessage): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  if (caching.isSignedIn(request)) return false
  return !(request.url ?? '/').startsWith(payload.config.routes.admin)
}

/** Ends the process with a reason and EXIT_CANNOT_START: starting again would fail the same way. */
function cannotStart(reason: string): never {
  console.error(`npm start: ${reason}`)
  process.exit(EXIT_CANNOT_START)
}

function portIsFree(port: number): Promise<boolean> {
  const probe = createServer()
  return new Promise((resolve) => {
    probe.once('error', () => resolve(false))
    probe.listen(port, () => probe.close(() => resolve(true)))
  })
}

/**
 * True when there is no production build, a source file is newer than it, or it was built for
 * another public URL (prerendered pages hold absolute URLs: canonical links, JSON-LD, sitemap).
 */
function needsBuild(): boolean {
  const buildId = path.resolve(demoDir, '.next', 'BUILD_ID')
  if (!existsSync(buildId) || !existsSync(buildMarker)) return true
  const builtFor = (JSON.parse(readFileSync(buildMarker, 'utf8')) as { serverURL?: string }).serverURL
  if (builtFor !== process.env.SERVER_URL) return true
  const builtAt = statSync(buildId).mtimeMs
  const sources = ['src', 'demo', 'payload.config.ts', 'package-lock.json', 'tsconfig.json']
  return sources.some((source) => newestMtime(path.resolve(source)) > builtAt)
}

function newestMtime(file: string): number {
  if (!existsSync(file)) return 0
  const stat = statSync(file)
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(file)
    .filter((entry) => entry !== '.next' && entry !== 'node_modules')
    .reduce((newest, entry) => Math.max(newest, newestMtime(path.join(file, entry))), 0)
}
