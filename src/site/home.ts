// The home page (events and the latest notes) and the sitemap's list of public URLs, loaded as a visitor.
import type { Payload } from 'payload'

import type { Article, Event } from './documents.ts'
import type { ArticleCard, EventCard } from './types.ts'

import { talkNotesOptionsOf } from '../utilities/pluginOptions.ts'
import { articleCardOf, eventCardOf, siteSlugsOf } from './mappers.ts'
import { eventCardSelect, noteCardQuery } from './cardQueries.ts'

export const homeNotesLimit = 6

export interface HomeData {
  events: EventCard[]
  notes: ArticleCard[]
}

export async function loadHome(payload: Payload): Promise<HomeData> {
  const options = talkNotesOptionsOf(payload)
  const [events, notes] = await Promise.all([
    payload.find({
      collection: siteSlugsOf(options).events,
      depth: 1,
      joins: false,
      limit: 200,
      overrideAccess: false,
      pagination: false,
      select: eventCardSelect,
      sort: 'startsAt',
    }),
    payload.find({
      ...noteCardQuery(options),
      limit: homeNotesLimit,
      where: { _status: { equals: 'published' } },
    }),
  ])
  return {
    events: (events.docs as unknown as Event[]).map((event) => eventCardOf(event, options)),
    notes: (notes.docs as unknown as Article[]).map((article) => articleCardOf(article, options)),
  }
}

export interface SitemapEntry {
  lastModified: string
  /** Absolute, from the plugin's `routes`. */
  url: string
}

/** Every public page: events, published notes, speakers. */
export async function loadSitemapEntries(payload: Payload): Promise<SitemapEntry[]> {
  const options = talkNotesOptionsOf(payload)
  const { urls } = options
  const slugs = siteSlugsOf(options)
  const visitor = { depth: 0, limit: 0, overrideAccess: false, pagination: false } as const
  const [events, articles, speakers] = await Promise.all([
    payload.find({ ...visitor, collection: slugs.events, joins: false, select: { slug: true, updatedAt: true } }),
    payload.find({
      ...visitor,
      collection: slugs.articles,
      draft: false,
      select: { slug: true, updatedAt: true },
      where: { _status: { equals: 'published' } },
    }),
    payload.find({ ...visitor, collection: slugs.speakers, joins: false, select: { slug: true, updatedAt: true } }),
  ])
  const entries = (route: (page: { slug: string }) => string, found: { docs: unknown[] }) =>
    (found.docs as Array<{ slug?: null | string; updatedAt: string }>).flatMap((doc) =>
      doc.slug ? [{ lastModified: doc.updatedAt, url: route({ slug: doc.slug }) }] : [],
    )
  return [...entries(urls.event, events), ...entries(urls.article, articles), ...entries(urls.speaker, speakers)]
}
