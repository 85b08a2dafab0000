// Loads everything the event page shows, as a visitor, in a fixed number of queries: the event, all of
// its sessions in one find (speakers, organizations, photos and featured articles populated in batches),
// its published articles, and the other events. Nothing here runs once per session or per person.
import type { Payload } from 'payload'

import type { Article, Event, Talk } from './documents.ts'
import type { EventPageData, EventView, ParticipantView, SessionView } from './types.ts'

import { sessionOrder } from '../types.ts'
import { talkNotesOptionsOf } from '../utilities/pluginOptions.ts'
import { articleCardOf, eventCardOf, personOf, populated, richText, sessionLinksOf, sessionVideoOf, type SiteOptions, siteSlugsOf } from './mappers.ts'
import { eventCardSelect, noteCardQuery } from './cardQueries.ts'
import { slugPattern } from '../utilities/slugify.ts'

/** Published articles listed as the event's Latest Notes. */
export const latestNotesLimit = 12
/** Other events listed at the bottom of the page: the whole family, not only this series. */
export const otherEventsLimit = 100

export async function loadEventPage(payload: Payload, slug: string): Promise<EventPageData | null> {
  if (!slugPattern.test(slug)) return null // no event has it, and PostgreSQL refuses some (NUL)
  const options = talkNotesOptionsOf(payload)
  const slugs = siteSlugsOf(options)

  const { docs: events } = await payload.find({
    collection: slugs.events,
    depth: 1,
    // The sessions are loaded below with the depth they need; the join would load them twice.
    joins: false,
    limit: 1,
    overrideAccess: false,
    pagination: false,
    where: { slug: { equals: slug } },
  })
  const event = events[0] as unknown as Event | undefined
  if (!event) return null

  const [sessionDocs, articleDocs, otherEventDocs] = await Promise.all([
    payload.find({
      collection: slugs.talks,
      // 2: speakers.speaker -> speaker (1) -> organization and photo (2); featured articles (1).
      depth: 2,
      joins: { featuredArticles: { limit: 10, sort: '-publishedAt' } },
      limit: 0,
      overrideAccess: false,
      pagination: false,
      populate: { [slugs.articles]: { slug: true, title: true } },
      select: {
        abstract: true,
        endsAt: true,
        featuredArticles: true,
        kind: true,
        links: true,
        recording: true,
        room: true,
        sequence: true,
        slug: true,
        speakers: true,
        startsAt: true,
        status: true,
        title: true,
        track: true,
        updatedAt: true,
      },
      sort: sessionOrder,
      where: { event: { equals: event.id } },
    }),
    payload.find({
      ...noteCardQuery(options),
      limit: latestNotesLimit,
      // Read access already hides drafts from visitors; the page says it again, explicitly.
      where: { and: [{ event: { equals: event.id } }, { _status: { equals: 'published' } }] },
    }),
    payload.find({
      collection: slugs.events,
      depth: 1,
      joins: false,
      limit: otherEventsLimit,
      overrideAccess: false,
      pagination: false,
      select: eventCardSelect,
      sort: 'startsAt',
      where: { id: { not_equals: event.id } },
    }),
  ])

  const description = richText(event.description, options)
  const eventView: EventView = {
    ...eventCardOf(event, options),
    descriptionHtml: description.html,
    dayChange: event.dayChange || '00:00',
    descriptionText: description.text,
    livestreamUrl: event.livestreamUrl || undefined,
    registrationStatus: event.registrationStatus,
    registrationUrl: event.registrationUrl || undefined,
    updatedAt: event.updatedAt,
  }

  return {
    articles: (articleDocs.docs as unknown as Article[]).map((article) => articleCardOf(article, options)),
    event: eventView,
    otherEvents: (otherEventDocs.docs as unknown as Event[]).map((other) => eventCardOf(other, options)),
    sessions: (sessionDocs.docs as unknown as Talk[]).map((talk) => sessionViewOf(talk, event, options)),
    siteUrl: options.siteUrl,
  }
}

function sessionViewOf(talk: Talk, event: Event, options: SiteOptions): SessionView {
  const abstract = richText(talk.abstract, options)
  const people = (talk.speakers ?? []).flatMap((entry): ParticipantView[] => {
    const person = personOf(entry.speaker, options)
    return person ? [{ ...person, role: entry.role }] : []
  })
  const featuredArticles = (talk.featuredArticles?.docs ?? []).flatMap((ref) => {
    const article = populated<Article>(ref)
    return article?.slug
      ? [{ id: article.id, slug: article.slug, title: article.title, url: options.urls.article({ slug: article.slug }) }]
      : []
  })
  const slug = talk.slug ?? String(talk.id)
  return {
    abstractHtml: abstract.html,
    abstractText: abstract.text,
    endsAt: talk.endsAt,
    featuredArticles,
    id: talk.id,
    kind: talk.kind,
    links: sessionLinksOf(talk),
    people,
    ...(talk.recording?.license || talk.recording?.optOut
      ? { recording: { ...(talk.recording.license ? { license: talk.recording.license } : {}), optOut: Boolean(talk.recording.optOut) } }
      : {}),
    room: talk.room || undefined,
    sequence: Number(talk.sequence ?? 0),
    slug,
    startsAt: talk.startsAt,
    status: talk.status ?? 'scheduled',
    title: talk.title,
    track: talk.track || undefined,
    updatedAt: talk.updatedAt,
    url: options.urls.session({ slug }, { slug: event.slug ?? String(event.id) }),
    video: sessionVideoOf(talk, options),
  }
}
