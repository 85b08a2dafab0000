import type { CollectionConfig, CollectionSlug, PayloadRequest } from 'payload'

import type { SearchLanguage } from './search/searchSchema.ts'

export type { SearchLanguage } from './search/searchSchema.ts'

/** The collections the plugin contributes, by the key used in options. */
export type TalkNotesCollectionKey =
  | 'articles'
  | 'auditLog'
  | 'eventSeries'
  | 'events'
  | 'media'
  | 'organizations'
  | 'scheduleImports'
  | 'speakers'
  | 'talks'
  | 'users'
  | 'webhookDeliveries'
  | 'webhooks'

/** Receives the collection the plugin built and returns the one to use; must not mutate its input. */
export type CollectionOverride = (collection: CollectionConfig) => CollectionConfig

/** At most `points` requests (or failed attempts) per key in a window of `seconds`; more get HTTP 429. */
export interface RateLimit {
  points: number
  seconds: number
}

/** Limits for one kind of request: per client address and per account (what "account" means is said per kind). */
export interface RateLimitPair {
  perAccount?: RateLimit
  perAddress?: RateLimit
}

export interface RateLimitOptions {
  /**
   * Password-reset requests, counted per client address and per e-mail address asked for
   * (known or not, so the limit tells nothing about which addresses exist).
   * @default { perAccount: { points: 3, seconds: 3600 }, perAddress: { points: 10, seconds: 3600 } }
   */
  forgotPassword?: RateLimitPair
  /**
   * Using invitation links (showing the password form and setting the password), per client
   * address and per link.
   * @default { perAccount: { points: 5, seconds: 900 }, perAddress: { points: 60, seconds: 900 } }
   */
  invitationLinks?: RateLimitPair
  /**
   * Sending speaker invitations, per client address and per signed-in editor (enough to invite
   * a conference's speakers in one sitting, not to flood mailboxes).
   * @default { perAccount: { points: 100, seconds: 3600 }, perAddress: { points: 200, seconds: 3600 } }
   */
  invitations?: RateLimitPair
  /**
   * Failed sign-ins (a successful one gives its point back). `perAddressAndAccount` is checked
   * first: one client that fails on one account waits, while the owner elsewhere still gets in;
   * `perAddress` stops one client trying many accounts; `perAccount` (all addresses together)
   * stops a distributed attack and must be out of one client's reach (checked at startup).
   * @default { perAccount: { points: 50, seconds: 3600 }, perAddress: { points: 30, seconds: 3600 }, perAddressAndAccount: { points: 5, seconds: 900 } }
   */
  login?: RateLimitPair & { perAddressAndAccount?: RateLimit }
  /**
   * Speaker review steps (approve, request-review, accept, reject), per client address and per
   * signed-in user.
   * @default { perAccount: { points: 30, seconds: 600 }, perAddress: { points: 60, seconds: 600 } }
   */
  reviewActions?: RateLimitPair
  /**
   * Where the counters live. Unset: this process's memory, so each instance of a cluster counts
   * alone (and a client gets the limits once per instance). A Redis client: every instance counts
   * together; while Redis cannot be reached, each counts in its memory again.
   */
  store?: RateLimitStore
}

/** Shared rate-limit counters in Redis (rate-limiter-flexible's RateLimiterRedis). */
export interface RateLimitStore {
  /** Which client `redis` is. @default 'node-redis' */
  client?: 'ioredis' | 'node-redis'
  /** Prefix of the counters' keys. @default 'talk-notes:rate-limit' */
  keyPrefix?: string
  /** A node-redis (v4 or later) or ioredis client; the host connects it. */
  redis: unknown
}

export interface SanitizedRateLimits {
  forgotPassword: Required<RateLimitPair>
  invitationLinks: Required<RateLimitPair>
  invitations: Required<RateLimitPair>
  login: Required<RateLimitPair> & { perAddressAndAccount: RateLimit }
  reviewActions: Required<RateLimitPair>
}

/** Builds the public URL (a path on `siteUrl`, or an absolute URL) of one kind of page. Slugs come unescaped. */
export interface TalkNotesRoutes {
  /** An article (a featured note). */
  article: (article: { slug: string }) => string
  /** An event's page, with its agenda. */
  event: (event: { slug: string }) => string
  /** The list of notes, optionally of one event or one series (the feeds' home page). */
  notes: (filter: { event?: string; series?: string }) => string
  /** The host's route that turns on Next.js draft mode for a signed-in editor and shows `path`. */
  preview: (path: string) => string
  /** One session of an event's agenda (an anchor on the event page by default). */
  session: (session: { slug: string }, event: { slug: string }) => string
  /** A speaker's page. */
  speaker: (speaker: { slug: string }) => string
}

/** The sanitized routes: the same pages as absolute URLs on `siteUrl`. */
export type SiteUrls = TalkNotesRoutes

export interface BrandingOptions {
  /**
   * The accent colour, any CSS colour; the admin's site mark is drawn on it.
   * @default '#0b57d0'
   */
  accentColor?: string
  /**
   * An image (path or URL) for the admin's sign-in screen, with its alt text (the site's name when left out).
   * @default none: the site's initials and name
   */
  logo?: { alt?: string; url: string }
  /**
   * The site's name: the admin's logo text, navigation mark (its initials) and browser-title suffix.
   * @default 'talk-notes'
   */
  siteName?: string
}

export interface SanitizedBranding {
  accentColor: string
  /** `#000000` or `#ffffff`, whichever has the higher WCAG contrast ratio on `accentColor`. */
  accentContrast: string
  /** `accentColor`, darkened where needed to read as text on white at WCAG AA (4.5:1): links, accents on text. */
  accentText: string
  logo?: { alt: string; url: string }
  siteName: string
}

export interface TalkNotesPluginConfig {
  /**
   * Where the app's import map finds the plugin's admin components (the speaker review panel), as a
   * Payload component path without the `#export` part: a package path, or a path relative to
   * `admin.importMap.baseDir` when it starts with `/`. Only a fork of the plugin needs to change it.
   * @default 'talk-notes/client'
   */
  adminComponentsPath?: string
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
   * The site's name, logo and accent colour: the admin panel shows the name and logo (its sign-in
   * screen, navigation and browser titles), and the public pages read them with
   * `siteBranding(config)` from `talk-notes/site` (the demo sets `--accent` from `accentColor`).
   * `logo.url` is a path or URL of an image (SVG or PNG); without it the name is shown as text.
   * `accentColor` is a `#rrggbb` colour; text on it is black or white, whichever contrasts more.
   * @default { accentColor: '#0b57d0', siteName: 'talk-notes' }
   */
  branding?: BrandingOptions
  /**
   * The client's IP address, for the rate limits. Route handlers see only the request, so the
   * default trusts the right-most `X-Forwarded-For` entry (the one the nearest proxy appended),
   * else `X-Real-IP`; requests without either share one limit. Behind no proxy, the server must
   * set the header itself from the socket (the demo's `npm start` does).
   * @default the right-most `X-Forwarded-For` entry, else `X-Real-IP`, else null
   */
  clientAddress?: (req: PayloadRequest) => null | string
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
   * How a shared cache in front of the site (a CDN, an HTTP cache) may keep public answers. Feeds and
   * schedule exports (and, in the demo, pages and the public REST API) are sent with
   * `Cache-Control: public, max-age=0, s-maxage=<sMaxAge>, stale-while-revalidate=<staleWhileRevalidate>`,
   * a strong ETag and Last-Modified: browsers revalidate every time (a 304 while nothing changed);
   * a shared cache may answer from its copy for `sMaxAge` seconds, so a publish reaches visitors
   * behind it within that time (0: it revalidates every request), and may serve a copy up to
   * `staleWhileRevalidate` seconds older while it fetches a new one.
   * @default { sMaxAge: 30, staleWhileRevalidate: 300 }
   */
  httpCache?: { sMaxAge?: number; staleWhileRevalidate?: number }
  /**
   * Largest accepted image upload, in bytes.
   * @default 5_000_000
   */
  maxUploadSize?: number
  /**
   * Rate limits on sign-in, password resets, invitations and review steps (HTTP 429 with
   * `Retry-After`). Counted in this process's memory (each process alone) unless `store` puts
   * the counters in Redis, shared by a cluster's instances.
   * @default see each kind
   */
  rateLimits?: RateLimitOptions
  /**
   * A password-reset request is answered no sooner than this, whether or not the address has
   * an account, so the answer's timing does not tell (sending the mail takes time).
   * @default 1000
   */
  resetAnswerMs?: number
  /**
   * The public pages of the host's site, as paths on `siteUrl` (or absolute URLs): feeds, JSON-LD,
   * the schedule exports, sitemap data, webhook bodies, rich text's session cards, preview and the
   * admin's links to the site are built with them. Give only the ones the site does differently.
   * @default { article: ({ slug }) => `/notes/${slug}`, event: ({ slug }) => `/events/${slug}`, notes: ({ event, series }) => `/notes?event=…&series=…`, preview: (path) => `/next/preview?path=${path}`, session: (session, event) => `/events/${event.slug}#session-${session.slug}`, speaker: ({ slug }) => `/speakers/${slug}` }
   */
  routes?: Partial<TalkNotesRoutes>
  /**
   * Schedule import (`POST /api/{events}/:id/import`, the admin's Import view on an event, `npm run
   * import` in the demo). A schedule given by URL is fetched over http(s) only, from public addresses
   * only (no loopback, private or link-local ones, checked on every redirect), at most `maxBytes` and
   * within `timeoutMs`. `allowPrivateAddresses` lifts the address rule, for development and tests.
   * @default { allowPrivateAddresses: false, maxBytes: 10_000_000, timeoutMs: 20_000 }
   */
  scheduleImport?: { allowPrivateAddresses?: boolean; maxBytes?: number; timeoutMs?: number }
  /**
   * Full-text search of articles on PostgreSQL (the notes page's `q`, and `where[search]` over REST,
   * GraphQL and the admin list): title, excerpt and body in generated `tsvector` columns with a GIN
   * index, stemmed in `language` (one of PostgreSQL's built-in text search configurations) and
   * accent-folded. Changing it changes the schema: run `payload migrate:create` afterwards.
   * @default { language: 'english' }
   */
  search?: { language?: SearchLanguage }
  /**
   * Collection slugs, also the REST paths. A `users` slug that names an auth collection the host
   * already has makes the plugin add its role fields to that collection instead of creating one.
   * A `media` slug that names a collection the host already has makes the plugin extend it (it must
   * be an upload collection): the host's fields, access, hooks and upload settings stay; the plugin
   * adds its upload checks (size limit, markup, pixels, speakers' formats), the image sizes the site
   * reads that the host has no size of the same name for (`avatarSmall`, `avatar`, `avatarLarge`,
   * `card`, `social`), an optional `alt` field if there is none, and inert-serving headers. Access
   * changes for the plugin's speaker accounts only: a speaker linked to a profile may always upload
   * (its photo), and a speaker may never update or delete media, whatever the host's rules say (so a
   * published photo changes only through the review); for everyone else the host's rules, or
   * Payload's default where it has none, stand. Visitors see photos only if the host's `read` allows.
   * @default { articles: 'articles', auditLog: 'audit-log', eventSeries: 'event-series', events: 'events', media: 'media', organizations: 'organizations', scheduleImports: 'schedule-imports', speakers: 'speakers', talks: 'talks', users: 'users', webhookDeliveries: 'webhook-deliveries', webhooks: 'webhooks' }
   */
  slugs?: Partial<Record<TalkNotesCollectionKey, string>>
  /**
   * Public origin of the site, for absolute links in feeds and exports.
   * @default the Payload config's `serverURL`, else 'http://localhost:3000'
   */
  siteUrl?: string
  /**
   * Which video players the public pages may embed for a session's recording or video link: `youtube`
   * (through youtube-nocookie.com) and `vimeo` (player.vimeo.com with `dnt=1`). None by default, so a
   * visitor's browser contacts no video host until they follow a link; the site data then carries
   * `video.embedUrl` for the sessions whose link is on an allowed player.
   * @default { providers: [] }
   */
  videoEmbeds?: { providers?: VideoProvider[] }
}

export const videoProviders = ['youtube', 'vimeo'] as const
export type VideoProvider = (typeof videoProviders)[number]

export interface SanitizedTalkNotesPluginConfig {
  adminComponentsPath: string
  apiLimits: { graphQL: { maxAliases: number; maxCost: number; maxDepth: number }; maxDepth: number; maxLimit: number }
  branding: SanitizedBranding
  clientAddress: (req: PayloadRequest) => null | string
  collectionOverrides: Partial<Record<TalkNotesCollectionKey, CollectionOverride>>
  feeds: { description: string; limit: number; title: string }
  /** `cacheControl` is the Cache-Control header of public answers, made from the two ages. */
  httpCache: { cacheControl: string; sMaxAge: number; staleWhileRevalidate: number }
  invitations: { expiresInHours: number }
  jobRunner: { enabled: boolean; intervalMs: number }
  livePreview: boolean
  maxUploadSize: number
  rateLimits: SanitizedRateLimits
  rateLimitStore: null | RateLimitStore
  resetAnswerMs: number
  scheduleImport: { allowPrivateAddresses: boolean; maxBytes: number; timeoutMs: number }
  search: { language: SearchLanguage }
  siteUrl: string
  /** Absolute URLs of the site's pages, from `routes` and `siteUrl`. */
  urls: SiteUrls
  videoEmbeds: { providers: VideoProvider[] }
  slugs: Record<TalkNotesCollectionKey, CollectionSlug>
}

export const userRoles = ['admin', 'editor', 'speaker'] as const
export type UserRole = (typeof userRoles)[number]

export const sessionKinds = ['talk', 'panel', 'keynote', 'break', 'meal', 'remarks', 'social'] as const
export type SessionKind = (typeof sessionKinds)[number]

/** Links a session carries after (or before) the event: a recording, its slides, a video, anything else. */
export const sessionLinkKinds = ['recording', 'slides', 'video', 'other'] as const
export type SessionLinkKind = (typeof sessionLinkKinds)[number]

/** How visitors and readers see a link of each kind that editors gave no title of its own. */
export const sessionLinkTitles: Record<SessionLinkKind, string> = { other: 'Link', recording: 'Recording', slides: 'Slides', video: 'Video' }

/** A session gone from an imported schedule is cancelled, not deleted, while something features it. */
export const sessionStatuses = ['scheduled', 'cancelled'] as const
export type SessionStatus = (typeof sessionStatuses)[number]

/** How an agenda lists sessions: by start, then the editors' order within a slot, then as entered. */
export const sessionOrder = ['startsAt', 'order', 'id']

export const eventFormats = ['in-person', 'virtual', 'hybrid'] as const
export type EventFormat = (typeof eventFormats)[number]

export const eventFormatLabels: Record<EventFormat, string> = { hybrid: 'Hybrid', 'in-person': 'In person', virtual: 'Virtual' }
