import type { CollectionSlug } from 'payload'

import type {
  BrandingOptions,
  RateLimit,
  RateLimitOptions,
  SanitizedBranding,
  SanitizedRateLimits,
  SanitizedTalkNotesPluginConfig,
  SiteUrls,
  TalkNotesPluginConfig,
  TalkNotesRoutes,
} from './types.ts'

import { colord, extend } from 'colord'
import a11yPlugin from 'colord/plugins/a11y'

import { searchLanguages } from './search/searchSchema.ts'
import { videoProviders } from './types.ts'
import { defaultClientAddress } from './utilities/clientAddress.ts'

export const defaultSlugs: Record<keyof SanitizedTalkNotesPluginConfig['slugs'], string> = {
  articles: 'articles',
  auditLog: 'audit-log',
  eventSeries: 'event-series',
  events: 'events',
  media: 'media',
  organizations: 'organizations',
  scheduleImports: 'schedule-imports',
  speakers: 'speakers',
  talks: 'talks',
  users: 'users',
  webhookDeliveries: 'webhook-deliveries',
  webhooks: 'webhooks',
}

const segment = encodeURIComponent

/** The demo site's URLs; a host gives `routes` for the pages it puts elsewhere. */
export const defaultRoutes: TalkNotesRoutes = {
  article: ({ slug }) => `/notes/${segment(slug)}`,
  event: ({ slug }) => `/events/${segment(slug)}`,
  notes: ({ event, series }) => {
    const query = new URLSearchParams({ ...(event ? { event } : {}), ...(series ? { series } : {}) }).toString()
    return query ? `/notes?${query}` : '/notes'
  },
  preview: (path) => `/next/preview?path=${segment(path)}`,
  session: (session, event) => `/events/${segment(event.slug)}#session-${segment(session.slug)}`,
  speaker: ({ slug }) => `/speakers/${segment(slug)}`,
}

/** Each route's answer made absolute on `siteUrl`; an answer that is no URL is a configuration error. */
function siteUrlsOf(routes: TalkNotesPluginConfig['routes'], siteUrl: string): SiteUrls {
  const resolved: TalkNotesRoutes = { ...defaultRoutes, ...routes }
  const absolute =
    <Args extends unknown[]>(name: keyof TalkNotesRoutes, route: (...args: Args) => string) =>
    (...args: Args): string => {
      const answer = route(...args)
      if (typeof answer !== 'string' || answer === '') {
        throw new Error(`talkNotesPlugin: routes.${name} must return a path or a URL, got ${JSON.stringify(answer)}`)
      }
      // A path is on the site (its own base path kept); an absolute URL stands as given.
      if (/^[a-z][a-z\d+.-]*:/i.test(answer)) return new URL(answer).toString()
      return `${siteUrl}${answer.startsWith('/') ? '' : '/'}${answer}`
    }
  return {
    article: absolute('article', resolved.article),
    event: absolute('event', resolved.event),
    notes: absolute('notes', resolved.notes),
    preview: absolute('preview', resolved.preview),
    session: absolute('session', resolved.session),
    speaker: absolute('speaker', resolved.speaker),
  }
}

extend([a11yPlugin])

/** The site's name, logo and accent; text on the accent is black or white, whichever reads better (WCAG ratio). */
function sanitizeBranding(branding: BrandingOptions = {}): SanitizedBranding {
  const siteName = (branding.siteName ?? 'talk-notes').trim()
  if (!siteName) throw new Error('talkNotesPlugin: branding.siteName must not be empty')
  const accent = colord(branding.accentColor ?? '#0b57d0')
  if (!accent.isValid()) {
    throw new Error(`talkNotesPlugin: branding.accentColor must be a CSS colour such as #0b57d0, got ${JSON.stringify(branding.accentColor)}`)
  }
  if (branding.logo && (typeof branding.logo.url !== 'string' || !branding.logo.url)) {
    throw new Error('talkNotesPlugin: branding.logo.url must be the path or URL of an image')
  }
  const opaque = accent.alpha(1)
  let text = opaque
  while (text.contrast('#ffffff') < 4.5) text = text.darken(0.02)
  return {
    accentColor: opaque.toHex(),
    accentContrast: opaque.contrast('#000000') >= opaque.contrast('#ffffff') ? '#000000' : '#ffffff',
    accentText: text.toHex(),
    ...(branding.logo ? { logo: { alt: branding.logo.alt ?? siteName, url: branding.logo.url } } : {}),
    siteName,
  }
}

function positiveInteger(value: number | undefined, fallback: number, name: string): number {
  const resolved = value ?? fallback
  if (!Number.isInteger(resolved) || resolved < 1) {
    throw new Error(`talkNotesPlugin: ${name} must be a whole number of 1 or more, got ${resolved}`)
  }
  return resolved
}

function seconds(value: number | undefined, fallback: number, name: string): number {
  const resolved = value ?? fallback
  if (!Number.isInteger(resolved) || resolved < 0 || resolved > 31_536_000) {
    throw new Error(`talkNotesPlugin: ${name} must be a whole number of seconds from 0 to 31536000 (a year), got ${resolved}`)
  }
  return resolved
}

function sanitizeHttpCache(options: TalkNotesPluginConfig['httpCache']): SanitizedTalkNotesPluginConfig['httpCache'] {
  const sMaxAge = seconds(options?.sMaxAge, 30, 'httpCache.sMaxAge')
  const staleWhileRevalidate = seconds(options?.staleWhileRevalidate, 300, 'httpCache.staleWhileRevalidate')
  const cacheControl = `public, max-age=0, s-maxage=${sMaxAge}${staleWhileRevalidate > 0 ? `, stale-while-revalidate=${staleWhileRevalidate}` : ''}`
  return { cacheControl, sMaxAge, staleWhileRevalidate }
}

export const defaultRateLimits: SanitizedRateLimits = {
  forgotPassword: { perAccount: { points: 3, seconds: 3600 }, perAddress: { points: 10, seconds: 3600 } },
  invitationLinks: { perAccount: { points: 5, seconds: 900 }, perAddress: { points: 60, seconds: 900 } },
  invitations: { perAccount: { points: 100, seconds: 3600 }, perAddress: { points: 200, seconds: 3600 } },
  login: {
    perAccount: { points: 50, seconds: 3600 },
    perAddress: { points: 30, seconds: 3600 },
    perAddressAndAccount: { points: 5, seconds: 900 },
  },
  reviewActions: { perAccount: { points: 30, seconds: 600 }, perAddress: { points: 60, seconds: 600 } },
}

function sanitizeRateLimit(name: string, limit: RateLimit | undefined, fallback: RateLimit): RateLimit {
  const points = limit?.points ?? fallback.points
  const seconds = limit?.seconds ?? fallback.seconds
  if (!Number.isInteger(points) || points < 1) {
    throw new Error(`talkNotesPlugin: rateLimits.${name}.points must be a positive integer, got ${points}`)
  }
  if (!Number.isInteger(seconds) || seconds < 1) {
    throw new Error(`talkNotesPlugin: rateLimits.${name}.seconds must be a positive integer, got ${seconds}`)
  }
  return { points, seconds }
}

/** The most failures one client can put on one account within a window of `seconds`. */
function mostFromOneClient(limit: RateLimit, seconds: number): number {
  // Fixed windows: a span of `seconds` touches at most ceil(seconds / window) + 1 of them.
  return limit.points * (Math.ceil(seconds / limit.seconds) + 1)
}

function sanitizeRateLimits(options: RateLimitOptions = {}): SanitizedRateLimits {
  const kinds = Object.keys(defaultRateLimits) as Array<keyof SanitizedRateLimits>
  const limits = Object.fromEntries(
    kinds.map((kind) => {
      const given: Record<string, RateLimit | undefined> = { ...options[kind] }
      const fallback: Record<string, RateLimit> = defaultRateLimits[kind]
      const resolved = Object.fromEntries(
        Object.keys(fallback).map((scope) => [scope, sanitizeRateLimit(`${kind}.${scope}`, given[scope], fallback[scope])]),
      )
      return [kind, resolved]
    }),
  ) as unknown as SanitizedRateLimits
  // One client must never reach the account-wide limit, or it could lock out the owner at will.
  const { perAccount, perAddress, perAddressAndAccount } = limits.login
  const reach = Math.min(mostFromOneClient(perAddressAndAccount, perAccount.seconds), mostFromOneClient(perAddress, perAccount.seconds))
  if (reach >= perAccount.points) {
    throw new Error(
      `talkNotesPlugin: rateLimits.login.perAccount.points (${perAccount.points}) must be more than one client can reach ` +
        `in ${perAccount.seconds} seconds under perAddressAndAccount and perAddress (${reach})`,
    )
  }
  return limits
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
  const resetAnswerMs = options.resetAnswerMs ?? 1000
  if (!Number.isFinite(resetAnswerMs) || resetAnswerMs < 0 || resetAnswerMs > 60_000) {
    throw new Error(`talkNotesPlugin: resetAnswerMs must be from 0 to 60000 milliseconds, got ${resetAnswerMs}`)
  }
  const language = options.search?.language ?? 'english'
  if (!(searchLanguages as readonly string[]).includes(language)) {
    throw new Error(`talkNotesPlugin: search.language must be one of ${searchLanguages.join(', ')}; got ${JSON.stringify(language)}`)
  }
  const siteUrl = (options.siteUrl || serverURL || 'http://localhost:3000').replace(/\/+$/, '')
  try {
    new URL(siteUrl)
  } catch {
    throw new Error(`talkNotesPlugin: siteUrl "${siteUrl}" is not an absolute URL`)
  }
  for (const [name, route] of Object.entries(options.routes ?? {})) {
    if (typeof route !== 'function') throw new Error(`talkNotesPlugin: routes.${name} must be a function`)
  }
  const providers = [...new Set(options.videoEmbeds?.providers ?? [])]
  const unknownProvider = providers.find((provider) => !(videoProviders as readonly string[]).includes(provider))
  if (unknownProvider !== undefined) {
    throw new Error(`talkNotesPlugin: videoEmbeds.providers may name ${videoProviders.join(', ')}; got ${JSON.stringify(unknownProvider)}`)
  }
  const { apiLimits } = options
  return {
    adminComponentsPath: (options.adminComponentsPath ?? 'talk-notes/client').replace(/\/+$/, ''),
    apiLimits: {
      graphQL: {
        maxAliases: positiveInteger(apiLimits?.graphQL?.maxAliases, 15, 'apiLimits.graphQL.maxAliases'),
        maxCost: positiveInteger(apiLimits?.graphQL?.maxCost, 10_000, 'apiLimits.graphQL.maxCost'),
        maxDepth: positiveInteger(apiLimits?.graphQL?.maxDepth, 10, 'apiLimits.graphQL.maxDepth'),
      },
      maxDepth: positiveInteger(apiLimits?.maxDepth, 3, 'apiLimits.maxDepth'),
      maxLimit: positiveInteger(apiLimits?.maxLimit, 100, 'apiLimits.maxLimit'),
    },
    branding: sanitizeBranding(options.branding),
    clientAddress: options.clientAddress ?? defaultClientAddress,
    // Slugs are the host's to choose: they are collection slugs of the final config by construction.
    collectionOverrides: { ...options.collectionOverrides },
    feeds: {
      description: options.feeds?.description ?? 'Notes on the talks of our events.',
      limit: feedLimit,
      title: options.feeds?.title ?? 'Latest Notes',
    },
    httpCache: sanitizeHttpCache(options.httpCache),
    invitations: { expiresInHours },
    jobRunner: {
      enabled: options.jobRunner?.enabled ?? false,
      intervalMs: Math.max(1000, options.jobRunner?.intervalMs ?? 10_000),
    },
    livePreview: options.livePreview ?? false,
    maxUploadSize,
    rateLimits: sanitizeRateLimits(options.rateLimits),
    rateLimitStore: options.rateLimits?.store ?? null,
    resetAnswerMs,
    scheduleImport: {
      allowPrivateAddresses: options.scheduleImport?.allowPrivateAddresses ?? false,
      maxBytes: positiveInteger(options.scheduleImport?.maxBytes, 10_000_000, 'scheduleImport.maxBytes'),
      timeoutMs: positiveInteger(options.scheduleImport?.timeoutMs, 20_000, 'scheduleImport.timeoutMs'),
    },
    search: { language: language as SanitizedTalkNotesPluginConfig['search']['language'] },
    siteUrl,
    slugs: slugs as SanitizedTalkNotesPluginConfig['slugs'],
    urls: siteUrlsOf(options.routes, siteUrl),
    videoEmbeds: { providers },
  }
}
