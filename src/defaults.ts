import type { CollectionSlug } from 'payload'

import type { SanitizedTalkNotesPluginConfig, TalkNotesPluginConfig } from './types'

export const defaultSlugs: Record<keyof SanitizedTalkNotesPluginConfig['slugs'], string> = {
  articles: 'articles',
  eventSeries: 'event-series',
  events: 'events',
  media: 'media',
  organizations: 'organizations',
  speakers: 'speakers',
  talks: 'talks',
  users: 'users',
}

/** Resolves every option's default, once; the rest of the plugin reads only the sanitized form. */
export function sanitizePluginConfig(options: TalkNotesPluginConfig = {}): SanitizedTalkNotesPluginConfig {
  const maxUploadSize = options.maxUploadSize ?? 5_000_000
  if (!Number.isFinite(maxUploadSize) || maxUploadSize <= 0) {
    throw new Error(`talkNotesPlugin: maxUploadSize must be a positive number of bytes, got ${maxUploadSize}`)
  }
  const slugs = { ...defaultSlugs, ...options.slugs }
  const seen = new Set<string>()
  for (const slug of Object.values(slugs)) {
    if (seen.has(slug)) throw new Error(`talkNotesPlugin: slug "${slug}" is used for two collections`)
    seen.add(slug)
  }
  return {
    // Slugs are the host's to choose: they are collection slugs of the final config by construction.
    collectionOverrides: { ...options.collectionOverrides },
    maxUploadSize,
    slugs: slugs as SanitizedTalkNotesPluginConfig['slugs'],
  }
}
