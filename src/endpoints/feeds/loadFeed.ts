// Loads the published articles of one feed (optionally filtered by series, event or speaker)
// as a visitor would see them, and maps them to the format-neutral feed shape.
import type { Payload, Where } from 'payload'

import type { FeedItem, FeedMeta } from '../../formats/feed/types.ts'
import type { SanitizedTalkNotesPluginConfig, SessionLinkKind } from '../../types.ts'

import { tagUri } from '../../formats/feed/types.ts'
import { sessionLinkTitles } from '../../types.ts'
import { lexicalToHtml } from '../../formats/html.ts'

export const feedFilterKeys = ['series', 'event', 'speaker'] as const
export type FeedFilter = Partial<Record<(typeof feedFilterKeys)[number], string>>

export class FeedFilterError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message)
  }
}

type Ref<T> = null | number | T | undefined
interface Named {
  id: number
  name?: string
  slug?: string
  title?: string
}
interface ArticleDoc {
  authors?: Array<Ref<Named>>
  body?: unknown
  createdAt: string
  event?: Ref<Named & { series?: Ref<Named> }>
  excerpt?: null | string
  generatedExcerpt?: null | string
  featuredSessions?: Array<Ref<Named & { event?: Ref<Named>; links?: Array<{ kind: SessionLinkKind; title?: null | string; url: string }> | null }>>
  heroImage?: Ref<{ sizes?: { card?: { url?: null | string } }; url?: null | string }>
  id: number
  publishedAt?: null | string
  series?: Ref<Named>
  slug?: null | string
  title: string
  updatedAt: string
}

const populated = <T extends object>(value: Ref<T>): null | T =>
  value !== null && typeof value === 'object' ? value : null

export function absolute(siteUrl: string, url: null | string | undefined): string | undefined {
  if (!url) return undefined
  return new URL(url, `${siteUrl}/`).toString()
}

async function idBySlug(payload: Payload, collection: SanitizedTalkNotesPluginConfig['slugs'][keyof SanitizedTalkNotesPluginConfig['slugs']], field: string, slug: string) {
  const { docs } = await payload.find({
    collection,
    depth: 0,
    limit: 1,
    overrideAccess: false,
    pagination: false,
    select: {},
    where: { slug: { equals: slug } },
  })
  if (!docs[0]) throw new FeedFilterError(field, `${field}: nothing published has the slug "${slug}"`)
  return docs[0].id
}

/** Where-clause of the filter; unknown slugs are a 400 naming the parameter. */
async function filterWhere(payload: Payload, options: SanitizedTalkNotesPluginConfig, filter: FeedFilter): Promise<Where[]> {
  const { slugs } = options
  const and: Where[] = []
  if (filter.series) and.push({ series: { equals: await idBySlug(payload, slugs.eventSeries, 'series', filter.series) } })
  if (filter.event) and.push({ event: { equals: await idBySlug(payload, slugs.events, 'event', filter.event) } })
  if (filter.speaker) {
    const speakerId = await idBySlug(payload, slugs.speakers, 'speaker', filter.speaker)
    const { docs: sessions } = await payload.find({
      collection: slugs.talks,
      depth: 0,
      limit: 0,
      overrideAccess: false,
      pagination: false,
      select: {},
      where: { 'speakers.speaker': { equals: speakerId } },
    })
    // Notes by the speaker, or featured on a session the speaker is on.
    and.push({
      or: [
        { authors: { in: [speakerId] } },
        ...(sessions.length ? [{ featuredSessions: { in: sessions.map((session) => session.id) } }] : []),
      ],
    })
  }
  return and
}

export async function loadFeed(
  payload: Payload,
  options: SanitizedTalkNotesPluginConfig,
  filter: FeedFilter,
  feedUrls: FeedMeta['feedUrls'],
): Promise<{ items: FeedItem[]; meta: FeedMeta }> {
  const { siteUrl, slugs, urls } = options
  const host = new URL(siteUrl).hostname
  const and = await filterWhere(payload, options, filter)
  const { docs } = await payload.find({
    collection: slugs.articles,
    depth: 2,
    limit: options.feeds.limit,
    // As a visitor: read access itself keeps drafts out; the _status clause says it twice.
    overrideAccess: false,
    pagination: false,
    sort: '-publishedAt',
    where: { and: [{ _status: { equals: 'published' } }, ...and] },
  })

  const items = (docs as unknown as ArticleDoc[]).map((article): FeedItem => {
    const event = populated(article.event)
    const series = populated(article.series) ?? populated(event?.series)
    const hero = populated(article.heroImage)
    return {
      authors: (article.authors ?? []).flatMap((author) => {
        const person = populated(author)
        return person?.name ? [{ name: person.name, url: urls.speaker({ slug: String(person.slug) }) }] : []
      }),
      categories: [
        ...(series?.slug ? [{ label: series.name ?? series.slug, scheme: `${siteUrl}/series`, term: series.slug }] : []),
        ...(event?.slug ? [{ label: event.title ?? event.slug, scheme: `${siteUrl}/events`, term: event.slug }] : []),
      ],
      contentHtml: lexicalToHtml(article.body as Parameters<typeof lexicalToHtml>[0], { sessionUrl: urls.session, siteUrl }),
      // Stable across slug and title changes: the id never changes.
      id: tagUri(host, new Date(article.createdAt), `article:${article.id}`),
      image: absolute(siteUrl, hero?.sizes?.card?.url ?? hero?.url),
      published: new Date(article.publishedAt ?? article.createdAt),
      sessions: (article.featuredSessions ?? []).flatMap((ref) => {
        const session = populated(ref)
        const sessionEvent = populated(session?.event)
        if (!session?.title || !sessionEvent?.slug) return []
        const links = (session.links ?? []).map((link) => ({
          title: link.title || `${sessionLinkTitles[link.kind]}: ${session.title}`,
          url: link.url,
        }))
        return [{ links, title: session.title, url: urls.session({ slug: String(session.slug) }, { slug: sessionEvent.slug }) }]
      }),
      summary: article.excerpt?.trim() || article.generatedExcerpt || '',
      title: article.title,
      updated: new Date(article.updatedAt),
      url: urls.article({ slug: article.slug ?? String(article.id) }),
    }
  })

  const scope = [filter.series && `series ${filter.series}`, filter.event && `event ${filter.event}`, filter.speaker && `speaker ${filter.speaker}`]
    .filter(Boolean)
    .join(', ')
  const updated = items.reduce((latest, item) => (item.updated > latest ? item.updated : latest), new Date(0))
  return {
    items,
    meta: {
      description: options.feeds.description,
      feedUrls,
      homeUrl: filter.event ? urls.event({ slug: filter.event }) : urls.notes({}),
      id: tagUri(host, new Date('2024-01-01T00:00:00Z'), `feed:${scope || 'all'}`),
      language: 'en',
      title: scope ? `${options.feeds.title} — ${scope}` : options.feeds.title,
      updated,
    },
  }
}
