// The home page (events and the latest notes) and the sitemap's list of public URLs, loaded as a visitor.
import type { Payload } from 'payload'

import type { Article, Event } from './documents.ts'
import type { ArticleCard, EventCard } from './types.ts'

import { articleCardOf, eventCardOf } from './mappers.ts'
import { eventCardSelect, noteCardQuery } from './cardQueries.ts'

export const homeNotesLimit = 6

export interface HomeData {
  events: EventCard[]
  notes: ArticleCard[]
}

export async function loadHome(payload: Payload): Promise<HomeData> {
  const [events, notes] = await Promise.all([
    payload.find({
      collection: 'events',
      depth: 1,
      joins: false,
      limit: 200,
      overrideAccess: false,
      pagination: false,
      select: eventCardSelect,
      sort: 'startsAt',
    }),
    payload.find({
      ...noteCardQuery,
      collection: 'articles',
      limit: homeNotesLimit,
      where: { _status: { equals: 'published' } },
    }),
  ])
  return {
    events: (events.docs as Event[]).map(eventCardOf),
    notes: (notes.docs as Article[]).map(articleCardOf),
  }
}

export interface SitemapEntry {
  lastModified: string
  path: string
}

/** Every public page: events, published notes, speakers. */
export async function loadSitemapEntries(payload: Payload): Promise<SitemapEntry[]> {
  const visitor = { depth: 0, limit: 0, overrideAccess: false, pagination: false } as const
  const [events, articles, speakers] = await Promise.all([
    payload.find({ ...visitor, collection: 'events', joins: false, select: { slug: true, updatedAt: true } }),
    payload.find({
      ...visitor,
      collection: 'articles',
      draft: false,
      select: { slug: true, updatedAt: true },
      where: { _status: { equals: 'published' } },
    }),
    payload.find({ ...visitor, collection: 'speakers', joins: false, select: { slug: true, updatedAt: true } }),
  ])
  const entries = (prefix: string, found: { docs: unknown[] }) =>
    (found.docs as Array<{ slug?: null | string; updatedAt: string }>).flatMap((doc) => (doc.slug ? [{ lastModified: doc.updatedAt, path: `${prefix}/${doc.slug}` }] : []))
  return [
    ...entries('/events', events),
    ...entries('/notes', articles),
    ...entries('/speakers', speakers),
  ]
}
