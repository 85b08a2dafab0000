// The demo app: talk-notes on PostgreSQL with the Lexical editor and sharp, a host of the plugin like
// any other. The scripts in demo/scripts/ provide DATABASE_URL (embedded PostgreSQL when unset) and PAYLOAD_SECRET.
import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig, type Config } from 'payload'
import { createClient } from 'redis'
import sharp from 'sharp'

import { onContentChange, talkNotesPlugin, type TalkNotesPluginConfig } from 'talk-notes'

import { queryCounter } from './db/queryCounter'
import { replicaAwarePg } from './db/readReplicas'
import { emailAdapterFromEnvironment } from './email/fromEnvironment'
import { migrations } from './migrations'
import { revalidateSite } from './server/revalidateSite'
import { storageFromEnvironment } from './storage/fromEnvironment'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const databaseUrl = process.env.DATABASE_URL
const secret = process.env.PAYLOAD_SECRET
if (!databaseUrl || !secret) {
  throw new Error(
    'DATABASE_URL and PAYLOAD_SECRET must be set: start the app with `npm start` or `npm run dev`, ' +
      'which provide both (an embedded PostgreSQL when DATABASE_URL is unset).',
  )
}
// Uploads live beside the demo database, so one folder holds the whole demo state.
const mediaDir = path.resolve(process.env.DATA_DIR ?? '.data', 'media')
const serverURL = process.env.SERVER_URL ?? `http://localhost:${process.env.PORT ?? '3000'}`

// A cluster's instances count rate limits (sign-in, resets, invitations) together, in the Redis of
// Next.js's shared cache; connected in onInit, never by a build.
const rateLimitRedis = process.env.REDIS_URL ? createClient({ url: process.env.REDIS_URL }) : undefined

/** The plugin options of the demo; the start script reuses them for its feed fast path. */
export const talkNotesOptions: TalkNotesPluginConfig = {
  branding: { accentColor: '#0b57d0', logo: { alt: 'talk-notes', url: '/logo.svg' }, siteName: 'talk-notes' },
  collectionOverrides: {
    media: (media) => ({ ...media, upload: { ...(typeof media.upload === 'object' ? media.upload : {}), staticDir: mediaDir } }),
  },
  // The jobs queue (scheduled publishing, embargoes, webhooks) runs in the process that
  // `npm start` / `npm run dev` start, which sets this; not in CLI runs, tests or Next workers.
  jobRunner: { enabled: process.env.TALK_NOTES_RUN_JOBS === 'true' },
  livePreview: true,
  ...(rateLimitRedis ? { rateLimits: { store: { redis: rateLimitRedis } } } : {}),
  // Schedule imports fetch public http(s) URLs only; the browser tests serve theirs on loopback.
  scheduleImport: { allowPrivateAddresses: process.env.TALK_NOTES_IMPORT_ALLOW_PRIVATE === 'true' },
  siteUrl: serverURL,
  // Recordings on YouTube or Vimeo get a player on the site, loaded only when a visitor opens it.
  videoEmbeds: { providers: ['youtube', 'vimeo'] },
}

// Streaming replicas for visitors' reads (comma-separated URLs); see db/readReplicas.ts.
const replicaUrls = (process.env.DATABASE_REPLICA_URLS ?? '').split(',').map((url) => url.trim()).filter(Boolean)
const replicaPg = replicaUrls.length > 0 ? replicaAwarePg(databaseUrl, replicaUrls) : undefined

type PostgresAdapterArgs = Parameters<typeof postgresAdapter>[0]

/** The database adapter's arguments; bench/bare/config.ts opens the same database with them. */
export const databaseArgs = {
  logger: queryCounter,
  migrationDir: path.resolve(dirname, 'migrations'),
  // A sized pool whose waiters give up (503) rather than hang, and whose lost transactions
  // PostgreSQL ends by itself (see the README's "Under load").
  pool: {
    connectionString: databaseUrl,
    connectionTimeoutMillis: 5000,
    idle_in_transaction_session_timeout: 15_000,
    max: Number(process.env.DATABASE_POOL_MAX ?? '10'),
  },
  // Production start applies the committed migrations; nothing ever pushes the schema.
  prodMigrations: migrations,
  push: false,
  // db-postgres types `pg` with its own copy of @types/pg; the module is the same.
  ...(replicaPg ? { pg: replicaPg as unknown as PostgresAdapterArgs['pg'], readReplicas: replicaUrls } : {}),
} satisfies PostgresAdapterArgs

/** The demo's config before buildConfig; bench/bare/config.ts derives the bare-Payload baseline from it. */
export const demoConfig: Config = {
  admin: {
    // No Gravatar: the admin would send a hash of every user's address to a third party.
    avatar: 'default',
    importMap: { baseDir: dirname, importMapFile: path.resolve(dirname, 'app/(payload)/admin/importMap.js') },
    user: 'users',
  },
  collections: [],
  // Cookie auth is accepted only from the site's own origin.
  cors: [serverURL],
  csrf: [serverURL],
  db: postgresAdapter(databaseArgs),
  editor: lexicalEditor(),
  // SMTP from SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASS, SMTP_SECURE and MAIL_FROM; without
  // SMTP_HOST, mail is written to DATA_DIR/mail and summarised on the console.
  email: emailAdapterFromEnvironment(process.env),
  // In the Next.js server (the start and dev scripts set the flag for it), every public change
  // expires the site's page cache.
  onInit: (payload) => {
    if (rateLimitRedis && !rateLimitRedis.isOpen && process.env.NEXT_PHASE !== 'phase-production-build') {
      let ready = false
      rateLimitRedis.on('ready', () => {
        ready = true
        payload.logger.info('rate limits: counting in Redis')
      })
      rateLimitRedis.on('error', (error: Error) => {
        if (ready) payload.logger.warn(`rate limits: Redis unreachable (${error.message}); counting in this process until it is back`)
        ready = false
      })
      void rateLimitRedis.connect().then(
        () => rateLimitRedis.unref(),
        () => {},
      )
    }
    if (process.env.TALK_NOTES_REVALIDATE_SITE === 'true') {
      onContentChange(payload, (origin) => revalidateSite(serverURL, origin))
    }
  },
  plugins: [talkNotesPlugin(talkNotesOptions), storageFromEnvironment('media')],
  secret,
  serverURL,
  sharp,
  telemetry: false,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
}

export default buildConfig(demoConfig)
