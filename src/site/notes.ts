// The notes index (paged, filtered by series, event or speaker, searched) and the article page,
// loaded as a visitor: published articles only, read access enforced.
import type { PayloadRequest, Payload, Where } from 'payload'

import type { Article, Event, Speaker, Talk } from './documents.ts'
import type { ArticleCard, EventCard, ImageView, PersonView, SeriesView } from './types.ts'

import { hasControlCharacters } from '../utilities/validators.ts'
import { noteCardQuery } from './cardQueries.ts'
import { articleCardOf, eventCardOf, imageOf, personOf, populated, richText, seriesOf, siteUrlOf } from './mappers.ts'
import { slugPattern } from '../utilities/slugify.ts'

export const notesPageSize = 10
/** Longest search accepted; longer input is cut, not refused. */
export const maxQueryLength = 100

export interface NotesQuery {
  event?: string
  page?: number
  q?: string
  series?: string
  speaker?: string
}

export interface NoteListItem extends ArticleCard {
  event?: { slug: string; title: string }
}

export interface NotesIndexData {
  articles: NoteListItem[]
  /** The filters that matched a record, with their display names. */
  filters: { event?: { slug: string; title: string }; series?: SeriesView; speaker?: { name: string; slug: string } }
  /** Choices for the filter form. */
  options: { events: Array<{ slug: string; title: string }>; series: SeriesView[] }
  page: number
  q: string
  totalDocs: number
  totalPages: number
  /** Filter parameters naming nothing: the list is empty rather than silently unfiltered. */
  unknown: string[]
}

const published: Where = { _status: { equals: 'published' } }

/** Fields searched by `q`. A derived plain-text copy of the body is used when the collection has one. */
function searchFields(payload: Payload): string[] {
  const fields = ['title', 'excerpt', 'generatedExcerpt']
  const articleFields = payload.collections.articles?.config.flattenedFields ?? []
  if (articleFields.some((field) => field.name === 'bodyText')) fields.push('bodyText')
  return fields
}

function noteItemOf(article: Article): NoteListItem {
  const event = populated<Event>(article.event)
  return {
    ...articleCardOf(article),
    event: event?.slug ? { slug: event.slug, title: event.title } : undefined,
  }
}

export async function loadNotesIndex(payload: Payload, query: NotesQuery): Promise<NotesIndexData> {
  const page = Number.isInteger(query.page) && (query.page ?? 0) > 0 ? (query.page as number) : 1
  const q = (query.q ?? '').trim().slice(0, maxQueryLength)
  const visitor = { depth: 0, overrideAccess: false, pagination: false } as const

  const [seriesDocs, eventDocs] = await Promise.all([
    payload.find({ ...visitor, collection: 'event-series', joins: false, limit: 100, select: { name: true, slug: true }, sort: 'name' }),
    payload.find({ ...visitor, collection: 'events', joins: false, limit: 200, select: { slug: true, title: true }, sort: '-startsAt' }),
  ])
  const seriesOptions = seriesDocs.docs.flatMap((doc) => {
    const series = seriesOf(doc as never)
    return series ? [series] : []
  })
  const eventOptions = (eventDocs.docs as Array<Pick<Event, 'id' | 'slug' | 'title'>>).flatMap((doc) => (doc.slug ? [{ id: doc.id, slug: doc.slug, title: doc.title }] : []))

  const and: Where[] = [published]
  const filters: NotesIndexData['filters'] = {}
  const unknown: string[] = []

  if (query.series) {
    const series = seriesOptions.find((option) => option.slug === query.series)
    if (series) {
      filters.series = series
      and.push({ series: { equals: series.id } })
    } else unknown.push('series')
  }
  if (query.event) {
    const event = eventOptions.find((option) => option.slug === query.event)
    if (event) {
      filters.event = { slug: event.slug, title: event.title }
      and.push({ event: { equals: event.id } })
    } else unknown.push('event')
  }
  // A control character (NUL above all) can be in no slug and no text, and PostgreSQL refuses NUL in
  // a query: such a filter or search matches nothing, without asking the database.
  if (query.speaker && hasControlCharacters(query.speaker)) unknown.push('speaker')
  else if (query.speaker) {
    const { docs } = await payload.find({
      ...visitor,
      collection: 'speakers',
      joins: false,
      limit: 1,
      select: { name: true, slug: true },
      where: { slug: { equals: query.speaker } },
    })
    const speaker = (docs as Array<Pick<Speaker, 'id' | 'name' | 'slug'>>)[0]
    if (speaker?.slug) {
      filters.speaker = { name: speaker.name, slug: speaker.slug }
      const sessions = await payload.find({
        ...visitor,
        collection: 'talks',
        limit: 0,
        select: {},
        where: { 'speakers.speaker': { equals: speaker.id } },
      })
      // Notes by the person, or featured on a session the person is on.
      and.push({
        or: [
          { authors: { in: [speaker.id] } },
          ...(sessions.docs.length ? [{ featuredSessions: { in: sessions.docs.map((session) => session.id) } }] : []),
        ],
      })
    } else unknown.push('speaker')
  }
  if (q) and.push({ or: searchFields(payload).map((field) => ({ [field]: { like: q } })) })

  const options = { events: eventOptions.map(({ slug, title }) => ({ slug, title })), series: seriesOptions }
  if (unknown.length || hasControlCharacters(q)) {
    return { articles: [], filters, options, page: 1, q, totalDocs: 0, totalPages: 0, unknown }
  }

  const result = await payload.find({
    ...noteCardQuery,
    collection: 'articles',
    limit: notesPageSize,
    page,
    pagination: true,
    populate: { ...noteCardQuery.populate, events: { slug: true, title: true } },
    select: { ...noteCardQuery.select, event: true },
    where: { and },
  })
  return {
    articles: (result.docs as Article[]).map(noteItemOf),
    filters,
    options,
    page: result.page ?? page,
    q,
    totalDocs: result.totalDocs,
    totalPages: result.totalPages,
    unknown,
  }
}

export interface ArticleSessionView {
  endsAt: string
  event?: { slug: string; timezone: string; title: string }
  id: number | string
  slug: string
  startsAt: string
  title: string
}

export interface ArticlePageData {
  article: ArticleCard & {
    authors: PersonView[]
    /** Sanitised HTML. */
    bodyHtml: string
    event?: EventCard
    heroSocial?: ImageView
    readingTime?: number
    sessions: ArticleSessionView[]
    updatedAt: string
  }
  siteUrl: string
}

/**
 * `preview`: the latest draft as the signed-in editor may see it (draft mode only; access still
 * decides, so a visitor's request can never get a draft this way).
 */
export async function loadArticlePage(
  payload: Payload,
  slug: string,
  preview?: { user: PayloadRequest['user'] },
): Promise<ArticlePageData | null> {
  if (!slugPattern.test(slug)) return null // no article has it, and PostgreSQL refuses some (NUL)
  const siteUrl = siteUrlOf(payload)
  const { docs } = await payload.find({
    collection: 'articles',
    // 2: authors -> organization and photo; event -> series; featured sessions -> their event.
    depth: 2,
    draft: Boolean(preview),
    limit: 1,
    overrideAccess: false,
    pagination: false,
    user: preview?.user,
    where: preview ? { slug: { equals: slug } } : { and: [{ slug: { equals: slug } }, published] },
  })
  const article = docs[0] as Article | undefined
  if (!article) return null
  const event = populated<Event>(article.event)
  const body = richText(article.body, siteUrl)
  return {
    article: {
      ...articleCardOf(article),
      authors: (article.authors ?? []).flatMap((author) => {
        const person = personOf(author as Speaker | number)
        return person ? [person] : []
      }),
      bodyHtml: body.html,
      event: event ? eventCardOf(event) : undefined,
      heroSocial: imageOf(article.heroImage, 'social'),
      readingTime: article.readingTime ?? undefined,
      sessions: (article.featuredSessions ?? []).flatMap((ref) => {
        const session = populated<Talk>(ref)
        if (!session) return []
        const sessionEvent = populated<Event>(session.event)
        return [
          {
            endsAt: session.endsAt,
            event: sessionEvent?.slug
              ? { slug: sessionEvent.slug, timezone: sessionEvent.timezone, title: sessionEvent.title }
              : undefined,
            id: session.id,
            slug: session.slug ?? String(session.id),
            startsAt: session.startsAt,
            title: session.title,
          },
        ]
      }),
      updatedAt: article.updatedAt,
    },
    siteUrl,
  }
}
