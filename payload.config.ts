// The demo app: talk-notes on PostgreSQL with the Lexical editor and sharp. The scripts in
// scripts/ provide DATABASE_URL (embedded PostgreSQL when unset) and PAYLOAD_SECRET.
import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { queryCounter } from './src/demo/db/queryCounter'
import { talkNotesPlugin } from './src/index'
import { migrations } from './src/migrations'

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

export default buildConfig({
  admin: {
    importMap: { baseDir: path.resolve(dirname) },
    meta: { titleSuffix: ' · talk-notes' },
    user: 'users',
  },
  collections: [],
  // Cookie auth is accepted only from the site's own origin.
  cors: [serverURL],
  csrf: [serverURL],
  db: postgresAdapter({
    logger: queryCounter,
    migrationDir: path.resolve(dirname, 'src/migrations'),
    pool: { connectionString: databaseUrl },
    // Production start applies the committed migrations; nothing ever pushes the schema.
    prodMigrations: migrations,
    push: false,
  }),
  editor: lexicalEditor(),
  plugins: [
    talkNotesPlugin({
      // Jobs (scheduled publishing, webhooks) run in the web server processes, not in CLI runs.
      jobRunner: { enabled: process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build' },
      collectionOverrides: {
        media: (media) => ({ ...media, upload: { ...(typeof media.upload === 'object' ? media.upload : {}), staticDir: mediaDir } }),
      },
    }),
  ],
  secret,
  serverURL,
  sharp,
  telemetry: false,
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
})
