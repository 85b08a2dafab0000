// Atom (RFC 4287). Content is type="html" and escaped once (xmlText, then the builder), never CDATA; linked sessions
// become rel="related" links so readers can follow them without parsing the body.
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js'

import { create } from 'xmlbuilder2'

import type { FeedItem, FeedMeta, FeedPerson } from './types.ts'

import { xmlText } from '../text.ts'
import { rfc3339 } from './types.ts'

const ATOM_NS = 'http://www.w3.org/2005/Atom'

function addPerson(parent: XMLBuilder, person: FeedPerson): void {
  const author = parent.ele(ATOM_NS, 'author')
  author.ele(ATOM_NS, 'name').txt(xmlText(person.name))
  if (person.url) author.ele(ATOM_NS, 'uri').txt(xmlText(person.url))
}

export function renderAtom(meta: FeedMeta, items: FeedItem[]): string {
  const document = create({ encoding: 'UTF-8', invalidCharReplacement: '', version: '1.0' })
  const feed = document.ele(ATOM_NS, 'feed', meta.language ? { 'xml:lang': xmlText(meta.language) } : {})

  feed.ele(ATOM_NS, 'id').txt(xmlText(meta.id))
  feed.ele(ATOM_NS, 'title', { type: 'text' }).txt(xmlText(meta.title))
  feed.ele(ATOM_NS, 'subtitle', { type: 'text' }).txt(xmlText(meta.description))
  feed.ele(ATOM_NS, 'updated').txt(rfc3339(meta.updated, 'the feed'))
  feed.ele(ATOM_NS, 'link', { href: xmlText(meta.feedUrls.atom), rel: 'self', type: 'application/atom+xml' })
  feed.ele(ATOM_NS, 'link', { href: xmlText(meta.homeUrl), rel: 'alternate', type: 'text/html' })
  // RFC 4287 4.1.1: an entry without its own author must inherit one from the feed.
  if (items.some((item) => item.authors.length === 0)) addPerson(feed, { name: meta.title, url: meta.homeUrl })
  feed.ele(ATOM_NS, 'generator').txt('talk-notes')

  for (const item of items) {
    const entry = feed.ele(ATOM_NS, 'entry')
    entry.ele(ATOM_NS, 'id').txt(xmlText(item.id))
    entry.ele(ATOM_NS, 'title', { type: 'text' }).txt(xmlText(item.title))
    entry.ele(ATOM_NS, 'updated').txt(rfc3339(item.updated, `entry ${item.id}`))
    entry.ele(ATOM_NS, 'published').txt(rfc3339(item.published, `entry ${item.id}`))
    entry.ele(ATOM_NS, 'link', { href: xmlText(item.url), rel: 'alternate', type: 'text/html' })
    for (const session of item.sessions) {
      entry.ele(ATOM_NS, 'link', { href: xmlText(session.url), rel: 'related', title: xmlText(session.title) })
      for (const link of session.links) entry.ele(ATOM_NS, 'link', { href: xmlText(link.url), rel: 'related', title: xmlText(link.title) })
    }
    for (const author of item.authors) addPerson(entry, author)
    for (const category of item.categories) {
      entry.ele(ATOM_NS, 'category', {
        label: xmlText(category.label),
        ...(category.scheme ? { scheme: xmlText(category.scheme) } : {}),
        term: xmlText(category.term),
      })
    }
    entry.ele(ATOM_NS, 'summary', { type: 'text' }).txt(xmlText(item.summary))
    entry.ele(ATOM_NS, 'content', { type: 'html' }).txt(xmlText(item.contentHtml))
  }

  return document.end({ prettyPrint: true })
}
