// Turns Local API documents (relationships populated or not) into the page view types.
// Unpopulated references (an id where a document was expected) are skipped, never rendered as ids.
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import type { SanitizedTalkNotesPluginConfig } from '../types.ts'

import { sessionLinkTitles } from '../types.ts'
import type { Article, Event, EventSery, Media, Organization, Speaker, Talk } from './documents.ts'
import type { ArticleCard, EventCard, ImageView, PersonView, SeriesView, SessionView } from './types.ts'

import { lexicalToHtml } from '../formats/html.ts'
import { plainTextFromLexical } from '../formats/text.ts'
import { videoEmbedUrl } from './videoEmbed.ts'

export type Ref<T> = null | number | string | T | undefined

export const populated = <T extends object>(value: Ref<T>): null | T =>
  value !== null && typeof value === 'object' ? value : null

/**
 * The host's slugs, typed as the plugin's default ones: each collection has the same shape under any
 * slug, and a literal slug lets the Local API type the query (joins, select) in any app's types.
 */
export interface SiteSlugs {
  articles: 'articles'
  eventSeries: 'event-series'
  events: 'events'
  speakers: 'speakers'
  talks: 'talks'
}

export const siteSlugsOf = (options: Pick<SanitizedTalkNotesPluginConfig, 'slugs'>): SiteSlugs =>
  options.slugs as unknown as SiteSlugs

/** What the mappers need of the plugin's options: the site's URLs. */
export type SiteOptions = Pick<SanitizedTalkNotesPluginConfig, 'siteUrl' | 'urls'> & Partial<Pick<SanitizedTalkNotesPluginConfig, 'videoEmbeds'>>

export function richText(state: unknown, { siteUrl, urls }: SiteOptions): { html: string; text: string } {
  const lexical = (state ?? null) as null | SerializedEditorState
  return { html: lexicalToHtml(lexical, { sessionUrl: urls.session, siteUrl }), text: plainTextFromLexical(lexical) }
}

type SizeName = keyof NonNullable<Media['sizes']>

/**
 * One of the media's generated sizes (falling back to the original), with its real dimensions,
 * and `retina` as the 2× source when it was generated (images uploaded before a size existed lack it).
 */
export function imageOf(media: Ref<Media>, size: SizeName, retina?: SizeName): ImageView | undefined {
  const doc = populated(media)
  if (!doc) return undefined
  const sized = doc.sizes?.[size]
  if (sized?.url && sized.width && sized.height) {
    const double = retina ? doc.sizes?.[retina] : undefined
    const srcSet = double?.url ? `${sized.url} 1x, ${double.url} 2x` : undefined
    return { alt: doc.alt ?? '', height: sized.height, ...(srcSet ? { srcSet } : {}), url: sized.url, width: sized.width }
  }
  if (doc.url && doc.width && doc.height) return { alt: doc.alt ?? '', height: doc.height, url: doc.url, width: doc.width }
  return undefined
}

export function seriesOf(value: Ref<EventSery>, { urls }: SiteOptions): SeriesView | undefined {
  const series = populated(value)
  return series?.slug
    ? { id: series.id, name: series.name, slug: series.slug, url: urls.notes({ series: series.slug }) }
    : undefined
}

export function personOf(value: Ref<Speaker>, { urls }: SiteOptions): PersonView | undefined {
  const speaker = populated(value)
  if (!speaker?.slug) return undefined
  const organization = populated<Organization>(speaker.organization)
  return {
    id: speaker.id,
    imageAvatar: imageOf(speaker.photo, 'avatarSmall', 'avatar'),
    jobTitle: speaker.jobTitle || undefined,
    name: speaker.name,
    organization: organization?.name || undefined,
    shortBio: speaker.shortBio || undefined,
    slug: speaker.slug,
    url: urls.speaker({ slug: speaker.slug }),
  }
}

export function eventCardOf(event: Event, options: SiteOptions): EventCard {
  // A populated relationship carries the collection's defaultPopulate, which leaves the dates out.
  const dates = event.dates ?? []
  const first = dates[0]
  const last = dates[dates.length - 1]
  return {
    dates: dates.map((date) => ({
      end: date.end,
      format: date.format ?? undefined,
      label: date.label || undefined,
      start: date.start,
    })),
    endsAt: event.endsAt ?? last?.end ?? event.createdAt,
    format: event.format,
    id: event.id,
    series: seriesOf(event.series, options),
    slug: event.slug ?? String(event.id),
    startsAt: event.startsAt ?? first?.start ?? event.createdAt,
    summary: event.summary || undefined,
    timezone: event.timezone,
    title: event.title,
    url: options.urls.event({ slug: event.slug ?? String(event.id) }),
    venue: event.venue?.name || event.venue?.address
      ? { address: event.venue.address || undefined, name: event.venue.name || undefined }
      : undefined,
  }
}

export function articleCardOf(article: Article, options: SiteOptions): ArticleCard {
  const event = populated(article.event)
  return {
    excerpt: article.excerpt?.trim() || article.generatedExcerpt || '',
    heroCard: imageOf(article.heroImage, 'card'),
    id: article.id,
    publishedAt: article.publishedAt ?? article.createdAt,
    series: seriesOf(article.series, options) ?? seriesOf(event?.series, options),
    slug: article.slug ?? String(article.id),
    title: article.title,
    url: options.urls.article({ slug: article.slug ?? String(article.id) }),
  }
}

/** A session's recording, slides and other links, in the editors' order. */
export function sessionLinksOf(talk: Pick<Talk, 'links'>): SessionView['links'] {
  return (talk.links ?? []).map((link) => ({ kind: link.kind, url: link.url, ...(link.title ? { title: link.title } : {}) }))
}

/** The session's recording (or video) as an embeddable player, where the site allows its provider. */
export function sessionVideoOf(talk: Pick<Talk, 'links' | 'title'>, options: SiteOptions): SessionView['video'] {
  const providers = options.videoEmbeds?.providers ?? []
  if (providers.length === 0) return undefined
  for (const link of talk.links ?? []) {
    if (link.kind !== 'recording' && link.kind !== 'video') continue
    const embedUrl = videoEmbedUrl(link.url, providers)
    if (embedUrl) return { embedUrl, title: link.title || `${sessionLinkTitles.recording}: ${talk.title}` }
  }
  return undefined
}
