// A minimal host app of the tests' own, beside the demo: its own users (auth, a field and a hook of
// its own) and upload collections, every plugin collection on a custom slug, its own routes and
// origins, so that anything in the plugin that assumes the demo's names fails here.
import type { CollectionBeforeChangeHook, CollectionSlug, PayloadEmailAdapter, SendEmailOptions } from 'payload'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { talkNotesPlugin } from 'talk-notes'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** Every plugin collection, on a slug none of the defaults has. */
export const hostSlugs = {
  articles: 'conference-notes',
  auditLog: 'conference-audit-log',
  eventSeries: 'conference-series',
  events: 'conference-events',
  media: 'uploads',
  organizations: 'companies',
  scheduleImports: 'conference-schedule-imports',
  speakers: 'people',
  talks: 'conference-talks',
  users: 'accounts',
  webhookDeliveries: 'outgoing-hook-deliveries',
  webhooks: 'outgoing-hooks',
} as const

/** The Local API's types know the demo's slugs only; the host's are passed through this. */
export const slugOf = (key: keyof typeof hostSlugs) => hostSlugs[key] as unknown as CollectionSlug

/** Where the host serves its pages: not the plugin's default routes. */
export const siteUrl = 'https://conference.example'
/** Where Payload runs (the tests' REST calls come from here). */
export const serverURL = 'http://localhost:3000'

/** Mail the app sent, in order (no SMTP: what was handed to Payload's sendEmail is what counts). */
export const outbox: SendEmailOptions[] = []

const keepInOutbox: PayloadEmailAdapter = () => ({
  name: 'outbox',
  defaultFromAddress: 'programme@conference.example',
  defaultFromName: 'Conference programme',
  sendEmail: async (message) => {
    outbox.push(message)
  },
})

/** The host's own hook on its own field: the plugin must leave it in place. */
const nameAfterAddress: CollectionBeforeChangeHook = ({ data }) => {
  if (!data.displayName && typeof data.email === 'string') data.displayName = data.email.split('@')[0]
  return data
}

export interface HostConfigOptions {
  databaseUrl: string
  mediaDir: string
  secret: string
}

export function buildHostConfig({ databaseUrl, mediaDir, secret }: HostConfigOptions) {
  return buildConfig({
    admin: { avatar: 'default', user: hostSlugs.users },
    collections: [
      {
        slug: hostSlugs.users,
        admin: { useAsTitle: 'email' },
        auth: true,
        fields: [{ name: 'displayName', type: 'text' }],
        hooks: { beforeChange: [nameAfterAddress] },
      },
      // As in Payload's blank template: public reads, and no other rule (Payload's default for the rest).
      {
        slug: hostSlugs.media,
        access: { read: () => true },
        fields: [
          { name: 'alt', type: 'text', required: true },
          { name: 'caption', type: 'text' },
        ],
        upload: {
          imageSizes: [{ name: 'thumbnail', height: 240, width: 320 }],
          mimeTypes: ['image/*'],
          staticDir: mediaDir,
        },
      },
    ],
    db: postgresAdapter({
      migrationDir: path.resolve(dirname, 'migrations'),
      pool: { connectionString: databaseUrl, max: 10 },
      push: false,
    }),
    editor: lexicalEditor(),
    email: keepInOutbox,
    plugins: [
      talkNotesPlugin({
        routes: {
          article: ({ slug }) => `/writeups/${slug}`,
          event: ({ slug }) => `/programme/${slug}`,
          session: (session, event) => `/programme/${event.slug}/${session.slug}`,
          speaker: ({ slug }) => `/who/${slug}`,
        },
        siteUrl,
        slugs: hostSlugs,
      }),
    ],
    secret,
    serverURL,
    sharp,
    telemetry: false,
    // No generated types: the tests type the host's slugs through slugOf, and nothing writes a file.
    typescript: { autoGenerate: false },
  })
}
