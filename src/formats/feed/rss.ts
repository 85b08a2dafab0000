// RSS 2.0 with the atom (self link), content (full HTML) and dc (authors) extensions.
// Every string goes through xmlbuilder2's escaping, never CDATA, so `]]>` in a body cannot end a section.
import { create } from 'xmlbuilder2'

import type { FeedItem, FeedMeta } from './types'

import { stripControlCharacters } from '../text'

const ATOM_NS = 'http://www.w3.org/2005/Atom'
const CONTENT_NS = 'http://purl.org/rss/1.0/modules/content/'
const DC_NS = 'http://purl.org/dc/elements/1.1/'

function clean(text: string): string {
  return stripControlCharacters(text)
}

// RSS 2.0 asks for RFC 822 dates; toUTCString gives the RFC 1123 form of it ("Wed, 11 Sep 2024 19:35:00 GMT").
function rfc822(date: Date, what: string): string {
  if (Number.isNaN(date.getTime())) throw new RangeError(`RSS: invalid date for ${what}`)
  return date.toUTCString()
}

export function renderRss(meta: FeedMeta, items: FeedItem[]): string {
  // Second line of defence: the builder drops anything XML cannot carry that slipped past clean().
  const document = create({ encoding: 'UTF-8', invalidCharReplacement: '', version: '1.0' })
  const channel = document
    .ele('rss', { 'version': '2.0', 'xmlns:atom': ATOM_NS, 'xmlns:content': CONTENT_NS, 'xmlns:dc': DC_NS })
    .ele('channel')

  channel.ele('title').txt(clean(meta.title))
  channel.ele('link').txt(clean(meta.homeUrl))
  channel.ele('description').txt(clean(meta.description))
  channel.ele(ATOM_NS, 'atom:link', {
    href: clean(meta.feedUrls.rss),
    rel: 'self',
    type: 'application/rss+xml',
  })
  if (meta.language) channel.ele('language').txt(clean(meta.language))
  channel.ele('lastBuildDate').txt(rfc822(meta.updated, 'the feed'))
  channel.ele('generator').txt('talk-notes')
  channel.ele('docs').txt('https://www.rssboard.org/rss-specification')

  const sessionsDomain = `${clean(meta.homeUrl).replace(/\/+$/, '')}/sessions`
  for (const item of items) {
    const entry = channel.ele('item')
    entry.ele('title').txt(clean(item.title))
    entry.ele('link').txt(clean(item.url))
    // The id, not the URL: a slug change must not make readers show the note again as new.
    entry.ele('guid', { isPermaLink: 'false' }).txt(clean(item.id))
    entry.ele('pubDate').txt(rfc822(item.published, `item ${item.id}`))
    entry.ele('description').txt(clean(item.summary))
    entry.ele(CONTENT_NS, 'content:encoded').txt(clean(item.contentHtml))
    for (const author of item.authors) entry.ele(DC_NS, 'dc:creator').txt(clean(author.name))
    for (const category of item.categories) {
      entry
        .ele('category', category.scheme ? { domain: clean(category.scheme) } : {})
        .txt(clean(category.label))
    }
    for (const session of item.sessions) {
      entry.ele('category', { domain: sessionsDomain }).txt(clean(session.title))
    }
  }

  return document.end({ prettyPrint: true })
}
