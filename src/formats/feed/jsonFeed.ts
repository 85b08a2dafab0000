// JSON Feed 1.1 (https://jsonfeed.org/version/1.1). Linked sessions and full categories, which the
// spec has no member for, go in the `_talk_notes` extension object.
import type { FeedCategory, FeedItem, FeedMeta, FeedPerson, FeedSession } from './types.ts'

import { stripControlCharacters } from '../text.ts'
import { rfc3339 } from './types.ts'

interface JsonFeedAuthor {
  name: string
  url?: string
}

interface JsonFeedItem {
  _talk_notes: { categories: FeedCategory[]; sessions: FeedSession[] }
  authors?: JsonFeedAuthor[]
  content_html: string
  date_modified: string
  date_published: string
  id: string
  image?: string
  summary: string
  tags?: string[]
  title: string
  url: string
}

interface JsonFeed {
  authors?: JsonFeedAuthor[]
  description: string
  feed_url: string
  home_page_url: string
  items: JsonFeedItem[]
  language?: string
  title: string
  version: 'https://jsonfeed.org/version/1.1'
}

function clean(text: string): string {
  return stripControlCharacters(text)
}

function author(person: FeedPerson): JsonFeedAuthor {
  return person.url ? { name: clean(person.name), url: clean(person.url) } : { name: clean(person.name) }
}

function jsonItem(source: FeedItem): JsonFeedItem {
  const tags = source.categories.map((category) => clean(category.label))
  // Members in the order the spec lists them, so the output reads like its examples.
  return {
    id: clean(source.id),
    url: clean(source.url),
    title: clean(source.title),
    content_html: clean(source.contentHtml),
    summary: clean(source.summary),
    ...(source.image ? { image: clean(source.image) } : {}),
    date_published: rfc3339(source.published, `item ${source.id}`),
    date_modified: rfc3339(source.updated, `item ${source.id}`),
    ...(source.authors.length > 0 ? { authors: source.authors.map(author) } : {}),
    ...(tags.length > 0 ? { tags } : {}),
    _talk_notes: {
      categories: source.categories.map((category) => ({
        label: clean(category.label),
        ...(category.scheme ? { scheme: clean(category.scheme) } : {}),
        term: clean(category.term),
      })),
      sessions: source.sessions.map((session) => ({
        links: session.links.map((link) => ({ title: clean(link.title), url: clean(link.url) })),
        title: clean(session.title),
        url: clean(session.url),
      })),
    },
  }
}

export function renderJsonFeed(meta: FeedMeta, items: FeedItem[]): string {
  const feed: JsonFeed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: clean(meta.title),
    home_page_url: clean(meta.homeUrl),
    feed_url: clean(meta.feedUrls.json),
    description: clean(meta.description),
    ...(meta.language ? { language: clean(meta.language) } : {}),
    // Same rule as Atom: items without authors fall back to the feed's.
    ...(items.some((entry) => entry.authors.length === 0)
      ? { authors: [{ name: clean(meta.title), url: clean(meta.homeUrl) }] }
      : {}),
    items: items.map(jsonItem),
  }
  return JSON.stringify(feed, null, 2)
}
