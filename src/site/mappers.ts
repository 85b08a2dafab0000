// Turns Local API documents (relationships populated or not) into the page view types.
// Unpopulated references (an id where a document was expected) are skipped, never rendered as ids.
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { Payload } from 'payload'

import type { Article, Event, EventSery, Media, Organization, Speaker } from './documents.ts'
import type { ArticleCard, EventCard, ImageView, PersonView, SeriesView } from './types.ts'

import { lexicalToHtml } from '../formats/html.ts'
import { plainTextFromLexical } from '../formats/text.ts'

export type Ref<T> = null | number | string | T | undefined

export const populated = <T extends object>(value: Ref<T>): null | T =>
  value !== null && typeof value === 'object' ? value : null

/** Public origin of the site: the Payload config's serverURL (the demo always sets it). */
export function siteUrlOf(payload: Payload): string {
  return (payload.config.serverURL || 'http://localhost:3000').replace(/\/+$/, '')
}

export function richText(state: unknown, siteUrl: string): { html: string; text: string } {
  const lexical = (state ?? null) as null | SerializedEditorState
  return { html: lexicalToHtml(lexical, { siteUrl }), text: plainTextFromLexical(lexical) }
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
    return { alt: doc.alt, height: sized.height, ...(srcSet ? { srcSet } : {}), url: sized.url, width: sized.width }
  }
  if (doc.url && doc.width && doc.height) return { alt: doc.alt, height: doc.height, url: doc.url, width: doc.width }
  return undefined
}

export function seriesOf(value: Ref<EventSery>): SeriesView | undefined {
  const series = populated(value)
  return series?.slug ? { id: series.id, name: series.name, slug: series.slug } : undefined
}

export function personOf(value: Ref<Speaker>): PersonView | undefined {
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
  }
}

export function eventCardOf(event: Event): EventCard {
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
    series: seriesOf(event.series),
    slug: event.slug ?? String(event.id),
    startsAt: event.startsAt ?? first?.start ?? event.createdAt,
    summary: event.summary || undefined,
    timezone: event.timezone,
    title: event.title,
    venue: event.venue?.name || event.venue?.address
      ? { address: event.venue.address || undefined, name: event.venue.name || undefined }
      : undefined,
  }
}

export function articleCardOf(article: Article): ArticleCard {
  const event = populated(article.event)
  return {
    excerpt: article.excerpt?.trim() || article.generatedExcerpt || '',
    heroCard: imageOf(article.heroImage, 'card'),
    id: article.id,
    publishedAt: article.publishedAt ?? article.createdAt,
    series: seriesOf(article.series) ?? seriesOf(event?.series),
    slug: article.slug ?? String(article.id),
    title: article.title,
  }
}
