// The notes index (paged, filtered by series, event or speaker, searched) and the article page,
// loaded as a visitor: published articles only, read access enforced.
import type { PayloadRequest, Payload, Where } from 'payload'

import type { Article, Event, Speaker, Talk } from './documents.ts'
import type { ArticleCard, EventCard, ImageView, PersonView, SeriesView, SessionView } from './types.ts'

import { hasFullTextSearch, likeSearch, rankArticles, searchHeadlines } from '../search/searchArticles.ts'
import { snippetHtml } from '../search/snippetHtml.ts'
import { hasControlCharacters } from '../utilities/validators.ts'
import { noteCardQuery } from './cardQueries.ts'
import { talkNotesOptionsOf } from '../utilities/pluginOptions.ts'
import { articleCardOf, eventCardOf, imageOf, personOf, populated, richText, seriesOf, sessionLinksOf, sessionVideoOf, type SiteOptions, siteSlugsOf } from './mappers.ts'
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
  event?: { slug: string; title: string; url: string }
  /**
   * With a search: the body's words around the matches, as HTML (text escaped, matches in
   * `<mark>`); none when only the title or excerpt matched.
   */
  snippetHtml?: string
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
function noteItemOf(article: Article, options: SiteOptions): NoteListItem {
  const event = populated<Event>(article.event)
  return {
    ...articleCardOf(article, options),
    event: event?.slug ? { slug: event.slug, title: event.title, url: options.urls.event({ slug: event.slug }) } : undefined,
  }
}

export async function loadNotesIndex(payload: Payload, query: NotesQuery): Promise<NotesIndexData> {
  const page = Number.isInteger(query.page) && (query.page ?? 0) > 0 ? (query.page as number) : 1
  const q = (query.q ?? '').trim().slice(0, maxQueryLength)
  const visitor = { depth: 0, overrideAccess: false, pagination: false } as const
  const plugin = talkNotesOptionsOf(payload)
  const slugs = siteSlugsOf(plugin)

  const [seriesDocs, eventDocs] = await Promise.all([
    payload.find({ ...visitor, collection: slugs.eventSeries, joins: false, limit: 100, select: { name: true, slug: true }, sort: 'name' }),
    payload.find({ ...visitor, collection: slugs.events, joins: false, limit: 200, select: { slug: true, title: true }, sort: '-startsAt' }),
  ])
  const seriesOptions = seriesDocs.docs.flatMap((doc) => {
    const series = seriesOf(doc as never, plugin)
    return series ? [series] : []
  })
  const eventOptions = (eventDocs.docs as Array<Pick<Event, 'id' | 'slug' | 'title'>>).flatMap((doc) => (doc.slug ? [{ id: doc.id, slug: doc.slug, title: doc.title }] : []))

  const and: Where[] = [published]
  // What the full-text search filters on itself: columns, and the articles of a speaker.
  const ranked: { event?: number | string; series?: number | string; speaker?: Where } = {}
  const filters: NotesIndexData['filters'] = {}
  const unknown: string[] = []

  if (query.series) {
    const series = seriesOptions.find((option) => option.slug === query.series)
    if (series) {
      filters.series = series
      and.push({ series: { equals: series.id } })
      ranked.series = series.id
    } else unknown.push('series')
  }
  if (query.event) {
    const event = eventOptions.find((option) => option.slug === query.event)
    if (event) {
      filters.event = { slug: event.slug, title: event.title }
      and.push({ event: { equals: event.id } })
      ranked.event = event.id
    } else unknown.push('event')
  }
  // A control character (NUL above all) can be in no slug and no text, and PostgreSQL refuses NUL in
  // a query: such a filter or search matches nothing, without asking the database.
  if (query.speaker && hasControlCharacters(query.speaker)) unknown.push('speaker')
  else if (query.speaker) {
    const { docs } = await payload.find({
      ...visitor,
      collection: slugs.speakers,
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
        collection: slugs.talks,
        limit: 0,
        select: {},
        where: { 'speakers.speaker': { equals: speaker.id } },
      })
      // Notes by the person, or featured on a session the person is on.
      ranked.speaker = {
        or: [
          { authors: { in: [speaker.id] } },
          ...(sessions.docs.length ? [{ featuredSessions: { in: sessions.docs.map((session) => session.id) } }] : []),
        ],
      }
      and.push(ranked.speaker)
    } else unknown.push('speaker')
  }
  const fullText = Boolean(q) && hasFullTextSearch(payload)
  if (q && !fullText) and.push(likeSearch(payload, slugs.articles, q))

  const options = { events: eventOptions.map(({ slug, title }) => ({ slug, title })), series: seriesOptions }
  if (unknown.length || hasControlCharacters(q)) {
    return { articles: [], filters, options, page: 1, q, totalDocs: 0, totalPages: 0, unknown }
  }

  const cards = noteCardQuery(plugin)
  if (fullText) {
    // The ranked page of published rows first, then their cards, read as a visitor like any list.
    const speakerArticles = ranked.speaker
      ? (await payload.find({ ...visitor, collection: slugs.articles, limit: 0, select: {}, where: { and: [published, ranked.speaker] } })).docs.map((doc) => doc.id)
      : undefined
    const search = { among: 'published', q } as const
    const { ids, total } = await rankArticles(payload, {
      ...search,
      event: ranked.event,
      ids: speakerArticles,
      limit: notesPageSize,
      offset: (page - 1) * notesPageSize,
      series: ranked.series,
    })
    const [found, headlines] = await Promise.all([
      ids.length
        ? payload.find({
            ...cards,
            limit: ids.length,
            populate: { ...cards.populate, [slugs.events]: { slug: true, title: true } },
            select: { ...cards.select, event: true },
            where: { and: [published, { id: { in: ids } }] },
          })
        : { docs: [] },
      searchHeadlines(payload, search, ids),
    ])
    const byId = new Map((found.docs as unknown as Article[]).map((article) => [String(article.id), article]))
    const articles = ids.flatMap((id) => {
      const article = byId.get(String(id))
      if (!article) return []
      const headline = headlines.get(String(id))
      const snippet = headline && snippetHtml(headline.headline, headline.text, headline.cut)
      return [{ ...noteItemOf(article, plugin), ...(snippet ? { snippetHtml: snippet } : {}) }]
    })
    const totalPages = Math.ceil(total / notesPageSize)
    return { articles, filters, options, page, q, totalDocs: total, totalPages, unknown }
  }
  const result = await payload.find({
    ...cards,
    limit: notesPageSize,
    page,
    pagination: true,
    populate: { ...cards.populate, [slugs.events]: { slug: true, title: true } },
    select: { ...cards.select, event: true },
    where: { and },
  })
  return {
    articles: (result.docs as unknown as Article[]).map((article) => noteItemOf(article, plugin)),
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
  /** The session's recording, slides and other links. */
  links: SessionView['links']
  event?: { slug: string; timezone: string; title: string; url: string }
  id: number | string
  slug: string
  startsAt: string
  title: string
  /** The session on the site; its event's page when the event is not public. */
  url?: string
  video?: SessionView['video']
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
  const options = talkNotesOptionsOf(payload)
  const { siteUrl, urls } = options
  const { docs } = await payload.find({
    collection: siteSlugsOf(options).articles,
    // 2: authors -> organization and photo; event -> series; featured sessions -> their event.
    depth: 2,
    draft: Boolean(preview),
    limit: 1,
    overrideAccess: false,
    pagination: false,
    user: preview?.user,
    where: preview ? { slug: { equals: slug } } : { and: [{ slug: { equals: slug } }, published] },
  })
  const article = docs[0] as unknown as Article | undefined
  if (!article) return null
  const event = populated<Event>(article.event)
  const body = richText(article.body, options)
  return {
    article: {
      ...articleCardOf(article, options),
      authors: (article.authors ?? []).flatMap((author) => {
        const person = personOf(author as Speaker | number, options)
        return person ? [person] : []
      }),
      bodyHtml: body.html,
      event: event ? eventCardOf(event, options) : undefined,
      heroSocial: imageOf(article.heroImage, 'social'),
      readingTime: article.readingTime ?? undefined,
      sessions: (article.featuredSessions ?? []).flatMap((ref) => {
        const session = populated<Talk>(ref)
        if (!session) return []
        const sessionEvent = populated<Event>(session.event)
        const slug = session.slug ?? String(session.id)
        return [
          {
            endsAt: session.endsAt,
            event: sessionEvent?.slug
              ? {
                  slug: sessionEvent.slug,
                  timezone: sessionEvent.timezone,
                  title: sessionEvent.title,
                  url: urls.event({ slug: sessionEvent.slug }),
                }
              : undefined,
            id: session.id,
            links: sessionLinksOf(session),
            slug,
            startsAt: session.startsAt,
            title: session.title,
            url: sessionEvent?.slug ? urls.session({ slug }, { slug: sessionEvent.slug }) : undefined,
            video: sessionVideoOf(session, options),
          },
        ]
      }),
      updatedAt: article.updatedAt,
    },
    siteUrl,
  }
}
