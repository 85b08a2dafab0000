import type { CollectionConfig, CollectionSlug } from 'payload'

/** The collections the plugin contributes, by the key used in options. */
export type TalkNotesCollectionKey =
  | 'articles'
  | 'eventSeries'
  | 'events'
  | 'media'
  | 'organizations'
  | 'speakers'
  | 'talks'
  | 'users'

/** Receives the collection the plugin built and returns the one to use; must not mutate its input. */
export type CollectionOverride = (collection: CollectionConfig) => CollectionConfig

export interface TalkNotesPluginConfig {
  /**
   * Per-collection hook to adjust a generated collection (add fields, change admin options...).
   * The one documented way to customise the plugin's collections.
   * @default {}
   */
  collectionOverrides?: Partial<Record<TalkNotesCollectionKey, CollectionOverride>>
  /**
   * Largest accepted image upload, in bytes.
   * @default 5_000_000
   */
  maxUploadSize?: number
  /**
   * Collection slugs, also the REST paths. A `users` slug that names an auth collection the host
   * already has makes the plugin add its role fields to that collection instead of creating one.
   * @default { articles: 'articles', eventSeries: 'event-series', events: 'events', media: 'media', organizations: 'organizations', speakers: 'speakers', talks: 'talks', users: 'users' }
   */
  slugs?: Partial<Record<TalkNotesCollectionKey, string>>
}

export interface SanitizedTalkNotesPluginConfig {
  collectionOverrides: Partial<Record<TalkNotesCollectionKey, CollectionOverride>>
  maxUploadSize: number
  slugs: Record<TalkNotesCollectionKey, CollectionSlug>
}

export const userRoles = ['admin', 'editor', 'speaker'] as const
export type UserRole = (typeof userRoles)[number]

export const sessionKinds = ['talk', 'panel', 'keynote', 'break', 'meal', 'remarks', 'social'] as const
export type SessionKind = (typeof sessionKinds)[number]

export const eventFormats = ['in-person', 'virtual', 'hybrid'] as const
export type EventFormat = (typeof eventFormats)[number]
