// The one shape every feed format (RSS, Atom, JSON Feed) renders from, so endpoints load data once.
import { stripControlCharacters } from '../text.ts'

export interface FeedPerson {
  name: string
  url?: string
}

export interface FeedCategory {
  label: string
  /** The taxonomy, e.g. `${siteUrl}/series`. */
  scheme?: string
  /** The slug, e.g. of a series or an event. */
  term: string
}

export interface FeedLink {
  title: string
  url: string
}

/** A session the note features, with its recording, slides and other links (titled for a reader). */
export interface FeedSession extends FeedLink {
  links: FeedLink[]
}

export interface FeedItem {
  authors: FeedPerson[]
  categories: FeedCategory[]
  /** Already sanitised HTML. */
  contentHtml: string
  /** A stable IRI, e.g. a tag: URI from `tagUri`; never changes when the title or slug does. */
  id: string
  image?: string
  published: Date
  sessions: FeedSession[]
  /** Plain text. */
  summary: string
  /** Plain text. */
  title: string
  updated: Date
  /** Absolute. */
  url: string
}

export interface FeedMeta {
  description: string
  feedUrls: { atom: string; json: string; rss: string }
  homeUrl: string
  id: string
  language?: string
  title: string
  updated: Date
}

// RFC 4151 `specific` allows pchar, '/' and '?'; anything else is percent-encoded.
const NOT_IN_SPECIFIC = /[^\w\-.~!$&'()*+,;=:@/?]/gu

/** An RFC 4151 tag URI, `tag:host,YYYY-MM-DD:specific`, for ids that survive URL changes. */
export function tagUri(host: string, date: Date, specific: string): string {
  // A port is not part of a tagging authority, and callers often pass `new URL(siteUrl).host`.
  const authority = host.trim().toLowerCase().replace(/:\d+$/, '')
  if (!/^[a-z\d-]+(\.[a-z\d-]+)*$/.test(authority)) {
    throw new RangeError(`tagUri: "${host}" is not a DNS name`)
  }
  if (Number.isNaN(date.getTime())) throw new RangeError(`tagUri: invalid date for "${specific}"`)
  const day = date.toISOString().slice(0, 10)
  const encoded = stripControlCharacters(specific).replace(NOT_IN_SPECIFIC, (character) =>
    encodeURIComponent(character),
  )
  return `tag:${authority},${day}:${encoded}`
}

/** RFC 3339 in UTC, whole seconds (Atom, JSON Feed). Throws on an invalid date, naming `what`. */
export function rfc3339(date: Date, what: string): string {
  if (Number.isNaN(date.getTime())) throw new RangeError(`Feed: invalid date for ${what}`)
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}
