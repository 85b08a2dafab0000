import type { CollectionSlug } from 'payload'

import type { SanitizedTalkNotesPluginConfig, TalkNotesPluginConfig } from './types'

export const defaultSlugs: Record<keyof SanitizedTalkNotesPluginConfig['slugs'], string> = {
  articles: 'articles',
  auditLog: 'audit-log',
  eventSeries: 'event-series',
  events: 'events',
  media: 'media',
  organizations: 'organizations',
  speakers: 'speakers',
  talks: 'talks',
  users: 'users',
  webhookDeliveries: 'webhook-deliveries',
  webhooks: 'webhooks',
}

function positiveInteger(value: number | undefined, fallback: number, name: string): number {
  const resolved = value ?? fallback
  if (!Number.isInteger(resolved) || resolved < 1) {
    throw new Error(`talkNotesPlugin: ${name} must be a whole number of 1 or more, got ${resolved}`)
  }
  return resolved
}

/** Resolves every option's default, once; the rest of the plugin reads only the sanitized form. */
export function sanitizePluginConfig(
  options: TalkNotesPluginConfig = {},
  serverURL?: string,
): SanitizedTalkNotesPluginConfig {
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
  const feedLimit = options.feeds?.limit ?? 50
  if (!Number.isInteger(feedLimit) || feedLimit < 1 || feedLimit > 500) {
    throw new Error(`talkNotesPlugin: feeds.limit must be an integer from 1 to 500, got ${feedLimit}`)
  }
  const expiresInHours = options.invitations?.expiresInHours ?? 72
  if (!Number.isFinite(expiresInHours) || expiresInHours <= 0 || expiresInHours > 24 * 30) {
    throw new Error(`talkNotesPlugin: invitations.expiresInHours must be more than 0 and at most 720, got ${expiresInHours}`)
  }
  const siteUrl = (options.siteUrl || serverURL || 'http://localhost:3000').replace(/\/+$/, '')
  try {
    new URL(siteUrl)
  } catch {
    throw new Error(`talkNotesPlugin: siteUrl "${siteUrl}" is not an absolute URL`)
  }
  const { apiLimits } = options
  return {
    adminComponentsPath: (options.adminComponentsPath ?? '/src/admin').replace(/\/+$/, ''),
    apiLimits: {
      graphQL: {
        maxAliases: positiveInteger(apiLimits?.graphQL?.maxAliases, 15, 'apiLimits.graphQL.maxAliases'),
        maxCost: positiveInteger(apiLimits?.graphQL?.maxCost, 10_000, 'apiLimits.graphQL.maxCost'),
        maxDepth: positiveInteger(apiLimits?.graphQL?.maxDepth, 10, 'apiLimits.graphQL.maxDepth'),
      },
      maxDepth: positiveInteger(apiLimits?.maxDepth, 3, 'apiLimits.maxDepth'),
      maxLimit: positiveInteger(apiLimits?.maxLimit, 100, 'apiLimits.maxLimit'),
    },
    // Slugs are the host's to choose: they are collection slugs of the final config by construction.
    collectionOverrides: { ...options.collectionOverrides },
    feeds: {
      description: options.feeds?.description ?? 'Notes on the talks of our events.',
      limit: feedLimit,
      title: options.feeds?.title ?? 'Latest Notes',
    },
    invitations: { expiresInHours },
    jobRunner: {
      enabled: options.jobRunner?.enabled ?? false,
      intervalMs: Math.max(1000, options.jobRunner?.intervalMs ?? 10_000),
    },
    livePreview: options.livePreview ?? false,
    maxUploadSize,
    siteUrl,
    slugs: slugs as SanitizedTalkNotesPluginConfig['slugs'],
  }
}
