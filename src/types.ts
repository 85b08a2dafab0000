import type { CollectionConfig, CollectionSlug } from 'payload'

/** The collections the plugin contributes, by the key used in options. */
export type TalkNotesCollectionKey =
  | 'articles'
  | 'auditLog'
  | 'eventSeries'
  | 'events'
  | 'media'
  | 'organizations'
  | 'speakers'
  | 'talks'
  | 'users'
  | 'webhookDeliveries'
  | 'webhooks'

/** Receives the collection the plugin built and returns the one to use; must not mutate its input. */
export type CollectionOverride = (collection: CollectionConfig) => CollectionConfig

export interface TalkNotesPluginConfig {
  /**
   * Bounds on what one REST or GraphQL caller may ask for, applied to every collection of the app
   * (calls made by the server itself with `overrideAccess` are not bounded). Over REST, `limit=0`,
   * `pagination=false` and a `limit` above `maxLimit` give a page of `maxLimit`; a `depth` above
   * `maxDepth` populates to `maxDepth`; a negative or non-numeric `limit`, `page` or `depth` is a
   * 400. Over GraphQL, a query deeper than `graphQL.maxDepth`, with more than `graphQL.maxAliases`
   * aliases, or costing more than `graphQL.maxCost` is refused before it runs; the cost of a list
   * or join is 10 plus its rows times the cost of each row's selection.
   * @default { graphQL: { maxAliases: 15, maxCost: 10_000, maxDepth: 10 }, maxDepth: 3, maxLimit: 100 }
   */
  apiLimits?: { graphQL?: { maxAliases?: number; maxCost?: number; maxDepth?: number }; maxDepth?: number; maxLimit?: number }
  /**
   * Where the app's import map finds the plugin's admin components (the speaker review panel),
   * as Payload component paths: relative to `admin.importMap.baseDir` when starting with `/`, or a
   * package path.
   * @default '/src/admin'
   */
  adminComponentsPath?: string
  /**
   * Per-collection hook to adjust a generated collection (add fields, change admin options...).
   * The one documented way to customise the plugin's collections.
   * @default {}
   */
  collectionOverrides?: Partial<Record<TalkNotesCollectionKey, CollectionOverride>>
  /**
   * The public feeds of published articles (RSS, Atom, JSON Feed), served as Payload endpoints at
   * `/api/feed.xml`, `/api/feed.atom` and `/api/feed.json`.
   * @default { description: 'Notes on the talks of our events.', limit: 50, title: 'Latest Notes' }
   */
  feeds?: { description?: string; limit?: number; title?: string }
  /**
   * Speaker invitations: how long the e-mailed link to set a password stays valid. A link works
   * once, and a newer invitation for the same profile replaces it.
   * @default { expiresInHours: 72 }
   */
  invitations?: { expiresInHours?: number }
  /**
   * Run the jobs queue (scheduled publishing, embargoes, webhook deliveries) inside this process,
   * every `intervalMs`. Only one process runs jobs at a time (a PostgreSQL advisory lock), so two
   * app processes never run a job twice, and a job left half-done by a crashed process is retried.
   * @default { enabled: false, intervalMs: 10_000 }
   */
  jobRunner?: { enabled?: boolean; intervalMs?: number }
  /**
   * Live preview and "Preview" of articles in the admin, for apps that render articles at
   * `{siteUrl}/notes/{slug}` and provide a `/next/preview?path=` route that turns on Next.js draft
   * mode for signed-in editors (the demo app does).
   * @default false
   */
  livePreview?: boolean
  /**
   * Largest accepted image upload, in bytes.
   * @default 5_000_000
   */
  maxUploadSize?: number
  /**
   * Collection slugs, also the REST paths. A `users` slug that names an auth collection the host
   * already has makes the plugin add its role fields to that collection instead of creating one.
   * @default { articles: 'articles', auditLog: 'audit-log', eventSeries: 'event-series', events: 'events', media: 'media', organizations: 'organizations', speakers: 'speakers', talks: 'talks', users: 'users', webhookDeliveries: 'webhook-deliveries', webhooks: 'webhooks' }
   */
  slugs?: Partial<Record<TalkNotesCollectionKey, string>>
  /**
   * Public origin of the site, for absolute links in feeds and exports.
   * @default the Payload config's `serverURL`, else 'http://localhost:3000'
   */
  siteUrl?: string
}

export interface SanitizedTalkNotesPluginConfig {
  adminComponentsPath: string
  apiLimits: { graphQL: { maxAliases: number; maxCost: number; maxDepth: number }; maxDepth: number; maxLimit: number }
  collectionOverrides: Partial<Record<TalkNotesCollectionKey, CollectionOverride>>
  feeds: { description: string; limit: number; title: string }
  invitations: { expiresInHours: number }
  jobRunner: { enabled: boolean; intervalMs: number }
  livePreview: boolean
  maxUploadSize: number
  siteUrl: string
  slugs: Record<TalkNotesCollectionKey, CollectionSlug>
}

export const userRoles = ['admin', 'editor', 'speaker'] as const
export type UserRole = (typeof userRoles)[number]

export const sessionKinds = ['talk', 'panel', 'keynote', 'break', 'meal', 'remarks', 'social'] as const
export type SessionKind = (typeof sessionKinds)[number]

export const eventFormats = ['in-person', 'virtual', 'hybrid'] as const
export type EventFormat = (typeof eventFormats)[number]
