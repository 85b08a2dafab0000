// RSS 2.0 with the atom (self link), content (full HTML) and dc (authors) extensions.
// Every string goes through xmlText and the builder's escaping, never CDATA, so `]]>` in a body cannot end a section.
import { create } from 'xmlbuilder2'

import type { FeedItem, FeedMeta } from './types.ts'

import { escapeHtml } from '../html.ts'
import { xmlText } from '../text.ts'

const ATOM_NS = 'http://www.w3.org/2005/Atom'
const CONTENT_NS = 'http://purl.org/rss/1.0/modules/content/'
const DC_NS = 'http://purl.org/dc/elements/1.1/'

// RSS 2.0 asks for RFC 822 dates; toUTCString gives the RFC 1123 form of it ("Wed, 11 Sep 2024 19:35:00 GMT").
function rfc822(date: Date, what: string): string {
  if (Number.isNaN(date.getTime())) throw new RangeError(`RSS: invalid date for ${what}`)
  return date.toUTCString()
}

export function renderRss(meta: FeedMeta, items: FeedItem[]): string {
  // Second line of defence: the builder drops anything XML cannot carry that slipped past xmlText().
  const document = create({ encoding: 'UTF-8', invalidCharReplacement: '', version: '1.0' })
  const channel = document
    .ele('rss', { 'version': '2.0', 'xmlns:atom': ATOM_NS, 'xmlns:content': CONTENT_NS, 'xmlns:dc': DC_NS })
    .ele('channel')

  channel.ele('title').txt(xmlText(meta.title))
  channel.ele('link').txt(xmlText(meta.homeUrl))
  // Readers render RSS descriptions as HTML, so the plain-text description and summaries become
  // escaped HTML first; titles, categories and creators are plain text.
  channel.ele('description').txt(xmlText(escapeHtml(meta.description)))
  channel.ele(ATOM_NS, 'atom:link', {
    href: xmlText(meta.feedUrls.rss),
    rel: 'self',
    type: 'application/rss+xml',
  })
  if (meta.language) channel.ele('language').txt(xmlText(meta.language))
  channel.ele('lastBuildDate').txt(rfc822(meta.updated, 'the feed'))
  channel.ele('generator').txt('talk-notes')
  channel.ele('docs').txt('https://www.rssboard.org/rss-specification')

  const sessionsDomain = `${xmlText(meta.homeUrl).replace(/\/+$/, '')}/sessions`
  for (const item of items) {
    const entry = channel.ele('item')
    entry.ele('title').txt(xmlText(item.title))
    entry.ele('link').txt(xmlText(item.url))
    // The id, not the URL: a slug change must not make readers show the note again as new.
    entry.ele('guid', { isPermaLink: 'false' }).txt(xmlText(item.id))
    entry.ele('pubDate').txt(rfc822(item.published, `item ${item.id}`))
    entry.ele('description').txt(xmlText(escapeHtml(item.summary)))
    entry.ele(CONTENT_NS, 'content:encoded').txt(xmlText(item.contentHtml))
    for (const author of item.authors) entry.ele(DC_NS, 'dc:creator').txt(xmlText(author.name))
    for (const category of item.categories) {
      entry
        .ele('category', category.scheme ? { domain: xmlText(category.scheme) } : {})
        .txt(xmlText(category.label))
    }
    for (const session of item.sessions) {
      entry.ele('category', { domain: sessionsDomain }).txt(xmlText(session.title))
    }
  }

  return document.end({ prettyPrint: true })
}
