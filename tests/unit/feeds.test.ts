// RSS, Atom and JSON Feed rendering: well-formed output, the members each spec requires, and
// hostile titles and bodies coming out escaped or stripped. No database.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { ChildNode } from 'domhandler'

import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { parseDocument } from 'htmlparser2'
import { describe, expect, it } from 'vitest'

import type { FeedItem, FeedMeta } from '../../src/formats/feed'

import { renderAtom, renderJsonFeed, renderRss, rfc3339, tagUri } from '../../src/formats/feed'
import { escapeHtml, lexicalToHtml, sanitizeHtml } from '../../src/formats/html'

const XMLLINT = '/usr/bin/xmllint'
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/
const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/

const HOSTILE_TITLE = '<script>alert(1)</script> ]]> & "quotes" \u0000\u0007\u001b done'
const HOSTILE_TITLE_CLEAN = '<script>alert(1)</script> ]]> & "quotes"  done'
const HOSTILE_BODY =
  '<p>Intro</p><script>alert(1)</script><a href="javascript:alert(1)">click</a>' +
  '<img src=x onerror=alert(1)><p>end ]]> of \u0000\u0007\u001b section</p>'

const meta: FeedMeta = {
  description: 'Notes from conference talks',
  feedUrls: {
    atom: 'https://notes.example/feed.atom',
    json: 'https://notes.example/feed.json',
    rss: 'https://notes.example/feed.xml',
  },
  homeUrl: 'https://notes.example',
  id: 'tag:notes.example,2024-01-01:feed',
  language: 'en',
  title: 'Talk Notes',
  updated: new Date('2024-09-12T08:00:00.000Z'),
}

function makeItem(overrides: Partial<FeedItem> = {}): FeedItem {
  return {
    authors: [{ name: 'Ada Lovelace', url: 'https://notes.example/speakers/ada' }],
    categories: [{ label: 'StrangeLoop', scheme: 'https://notes.example/series', term: 'strange-loop' }],
    contentHtml: '<p>Body of the note.</p>',
    id: 'tag:notes.example,2024-09-11:articles/1',
    image: 'https://notes.example/media/cover.png',
    published: new Date('2024-09-11T20:00:00.000Z'),
    sessions: [
      {
        links: [{ title: 'Recording: Opening keynote', url: 'https://video.example/keynote' }],
        title: 'Opening keynote',
        url: 'https://notes.example/events/sl-2024#session-keynote',
      },
    ],
    summary: 'A short summary.',
    title: 'Notes on the keynote',
    updated: new Date('2024-09-11T21:30:00.000Z'),
    url: 'https://notes.example/articles/notes-on-the-keynote',
    ...overrides,
  }
}

const hostileItem = makeItem({
  contentHtml: sanitizeHtml(HOSTILE_BODY, { baseUrl: meta.homeUrl }),
  id: 'tag:notes.example,2024-09-11:articles/2',
  summary: HOSTILE_TITLE,
  title: HOSTILE_TITLE,
})

// Elements that can repeat are always arrays, so a test never depends on how many there happen to be.
// RSS and Atom differ on <link> (text once per item vs. repeatable element), hence two parsers.
function parserFor(repeatable: string[]): XMLParser {
  const names = new Set(repeatable)
  return new XMLParser({
    attributeNamePrefix: '@',
    ignoreAttributes: false,
    isArray: (name) => names.has(name),
    parseAttributeValue: false,
    parseTagValue: false,
  })
}
const atomParser = parserFor(['author', 'category', 'entry', 'link'])
const rssParser = parserFor(['category', 'dc:creator', 'item'])

interface TextNode {
  '#text': string
  '@type'?: string
}
interface AtomLink {
  '@href': string
  '@rel'?: string
  '@title'?: string
  '@type'?: string
}
interface AtomPerson {
  name: string
  uri?: string
}
interface AtomEntry {
  author?: AtomPerson[]
  category?: { '@label': string; '@scheme'?: string; '@term': string }[]
  content: TextNode
  id: string
  link: AtomLink[]
  published: string
  summary: TextNode
  title: TextNode
  updated: string
}
interface AtomDocument {
  feed: {
    author?: AtomPerson[]
    entry?: AtomEntry[]
    id: string
    link: AtomLink[]
    title: TextNode
    updated: string
  }
}
interface RssItem {
  'category'?: ({ '#text': string; '@domain'?: string } | string)[]
  'content:encoded': string
  'dc:creator'?: string[]
  'description': string
  'guid': { '#text': string; '@isPermaLink': string }
  'link': string
  'pubDate': string
  'title': string
}
interface RssDocument {
  rss: {
    '@version': string
    'channel': {
      'atom:link': { '@href': string; '@rel': string }
      'description': string
      'item'?: RssItem[]
      'language': string
      'lastBuildDate': string
      'link': string
      'title': string
    }
  }
}
interface JsonFeedDocument {
  authors?: { name: string }[]
  feed_url: string
  home_page_url: string
  items: {
    _talk_notes: { categories: { label: string; term: string }[]; sessions: { links: { title: string; url: string }[]; title: string; url: string }[] }
    authors?: { name: string; url?: string }[]
    content_html?: string
    content_text?: string
    date_modified: string
    date_published: string
    id: string
    image?: string
    summary: string
    tags?: string[]
    title: string
    url: string
  }[]
  title: string
  version: string
}

function expectWellFormed(xml: string): void {
  expect(XMLValidator.validate(xml)).toBe(true)
  if (existsSync(XMLLINT)) {
    // xmllint is a full XML 1.0 parser: it also rejects characters fast-xml-parser lets through.
    expect(() => execFileSync(XMLLINT, ['--noout', '-'], { input: xml, stdio: ['pipe', 'pipe', 'pipe'] })).not.toThrow()
  }
}

function parseAtom(xml: string): AtomDocument {
  return atomParser.parse(xml) as AtomDocument
}

function parseRss(xml: string): RssDocument {
  return rssParser.parse(xml) as RssDocument
}

function textOf(value: string | TextNode): string {
  return typeof value === 'string' ? value : value['#text']
}

describe('tagUri', () => {
  it('builds an RFC 4151 tag URI from host, UTC day and specific part', () => {
    expect(tagUri('notes.example', new Date('2024-09-11T23:30:00-07:00'), 'articles/42')).toBe(
      'tag:notes.example,2024-09-12:articles/42',
    )
  })

  it('lowercases the host, drops a port and percent-encodes characters a tag cannot hold', () => {
    expect(tagUri('Notes.Example:3000', new Date('2024-09-11T00:00:00Z'), 'articles/ü 1#x')).toBe(
      'tag:notes.example,2024-09-11:articles/%C3%BC%201%23x',
    )
  })

  it('rejects a host that is not a DNS name and an invalid date', () => {
    expect(() => tagUri('https://notes.example', new Date(), 'a')).toThrow(/not a DNS name/)
    expect(() => tagUri('notes.example', new Date('nope'), 'a')).toThrow(/invalid date/)
  })
})

describe('rfc3339', () => {
  it('formats in UTC without milliseconds and names the field of an invalid date', () => {
    expect(rfc3339(new Date('2024-09-11T12:35:10.999-07:00'), 'x')).toBe('2024-09-11T19:35:10Z')
    expect(() => rfc3339(new Date('nope'), 'entry 7')).toThrow(/entry 7/)
  })
})

describe('renderRss', () => {
  const xml = renderRss(meta, [makeItem(), hostileItem])
  const channel = parseRss(xml).rss.channel
  const items = channel.item ?? []

  it('is well-formed XML', () => {
    expectWellFormed(xml)
  })

  it('declares RSS 2.0 with the atom, content and dc namespaces and a self link', () => {
    expect(parseRss(xml).rss['@version']).toBe('2.0')
    expect(xml).toContain('xmlns:atom="http://www.w3.org/2005/Atom"')
    expect(xml).toContain('xmlns:content="http://purl.org/rss/1.0/modules/content/"')
    expect(xml).toContain('xmlns:dc="http://purl.org/dc/elements/1.1/"')
    expect(channel['atom:link']).toEqual({ '@href': meta.feedUrls.rss, '@rel': 'self', '@type': 'application/rss+xml' })
  })

  it('fills the channel from the feed meta, with an RFC 822 lastBuildDate', () => {
    expect(channel.title).toBe('Talk Notes')
    expect(channel.link).toBe(meta.homeUrl)
    expect(channel.description).toBe(meta.description)
    expect(channel.language).toBe('en')
    expect(channel.lastBuildDate).toMatch(RFC_822)
    expect(new Date(channel.lastBuildDate).getTime()).toBe(meta.updated.getTime())
  })

  it('gives each item a non-permalink guid equal to its stable id and an RFC 822 pubDate', () => {
    expect(items.map((item) => item.guid)).toEqual([
      { '#text': makeItem().id, '@isPermaLink': 'false' },
      { '#text': hostileItem.id, '@isPermaLink': 'false' },
    ])
    expect(items[0].pubDate).toBe('Wed, 11 Sep 2024 20:00:00 GMT')
    expect(items[0].link).toBe(makeItem().url)
  })

  it('lists authors as dc:creator and series and sessions as categories with their domains', () => {
    expect(items[0]['dc:creator']).toEqual(['Ada Lovelace'])
    expect(items[0].category).toEqual([
      { '#text': 'StrangeLoop', '@domain': 'https://notes.example/series' },
      { '#text': 'Opening keynote', '@domain': 'https://notes.example/sessions' },
    ])
  })

  it('carries the body in content:encoded as escaped text, never CDATA', () => {
    expect(xml).not.toContain('<![CDATA[')
    expect(items[0]['content:encoded']).toBe('<p>Body of the note.</p>')
  })

  it('escapes markup and strips control characters in a hostile title and summary', () => {
    expect(items[1].title).toBe(HOSTILE_TITLE_CLEAN)
    // RSS descriptions are HTML: the summary is there as escaped HTML whose text is the summary.
    expect(items[1].description).toBe(escapeHtml(HOSTILE_TITLE_CLEAN))
    expect(readHtml(items[1].description).text).toBe(HOSTILE_TITLE_CLEAN)
    expect(xml).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; &amp;')
    expect(xml).not.toMatch(/[\u0000\u0007\u001b]/)
  })

  it('keeps a hostile body inert: no script, no javascript: link, no onerror, and "]]>" survives as text', () => {
    const body = items[1]['content:encoded']
    expect(body).not.toMatch(/<script|javascript:|onerror/i)
    expect(body).toContain('<a rel="noopener noreferrer">click</a>')
    expect(body).toContain('<img src="https://notes.example/x" />')
    // The sanitiser writes the text's '>' as '&gt;'; the XML carries that HTML escaped once more.
    expect(body).toContain('<p>end ]]&gt; of  section</p>')
    expect(readHtml(body).text).toContain('end ]]> of  section')
    expect(xml).toContain('end ]]&amp;gt; of  section')
    expect(xml).not.toContain(']]>')
  })

  it('stays well-formed when contentHtml breaks its contract and holds control characters', () => {
    const broken = renderRss(meta, [makeItem({ contentHtml: '<p>a\u0000b\u001bc\uFFFE</p>]]>' })])
    expectWellFormed(broken)
    expect(parseRss(broken).rss.channel.item?.[0]['content:encoded']).toBe('<p>abc</p>]]>')
  })
})

describe('renderAtom', () => {
  const xml = renderAtom(meta, [makeItem(), hostileItem])
  const feed = parseAtom(xml).feed
  const entries = feed.entry ?? []

  it('is well-formed XML in the Atom namespace', () => {
    expectWellFormed(xml)
    expect(xml).toMatch(/<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/)
  })

  it('has the feed id, title, RFC 3339 updated, self and alternate links', () => {
    expect(feed.id).toBe(meta.id)
    expect(feed.title).toEqual({ '#text': 'Talk Notes', '@type': 'text' })
    expect(feed.updated).toBe('2024-09-12T08:00:00Z')
    expect(feed.updated).toMatch(RFC_3339)
    expect(feed.link).toContainEqual({ '@href': meta.feedUrls.atom, '@rel': 'self', '@type': 'application/atom+xml' })
    expect(feed.link).toContainEqual({ '@href': meta.homeUrl, '@rel': 'alternate', '@type': 'text/html' })
  })

  it('gives every entry its stable id, a title, RFC 3339 dates and an alternate link', () => {
    expect(entries.map((entry) => entry.id)).toEqual([makeItem().id, hostileItem.id])
    for (const entry of entries) {
      expect(entry.title['@type']).toBe('text')
      expect(entry.updated).toMatch(RFC_3339)
      expect(entry.published).toMatch(RFC_3339)
      expect(entry.link.filter((link) => link['@rel'] === 'alternate')).toHaveLength(1)
    }
    expect(entries[0].updated).toBe('2024-09-11T21:30:00Z')
    expect(entries[0].published).toBe('2024-09-11T20:00:00Z')
  })

  it('omits the feed author when every entry has its own', () => {
    expect(feed.author).toBeUndefined()
    expect(entries.every((entry) => (entry.author?.length ?? 0) > 0)).toBe(true)
    expect(entries[0].author).toEqual([{ name: 'Ada Lovelace', uri: 'https://notes.example/speakers/ada' }])
  })

  it('adds a feed-level author when an entry has none, so every entry has an author', () => {
    const anonymous = parseAtom(renderAtom(meta, [makeItem({ authors: [] })])).feed
    expect(anonymous.entry?.[0].author).toBeUndefined()
    expect(anonymous.author).toEqual([{ name: 'Talk Notes', uri: meta.homeUrl }])
  })

  it('links each session as rel="related" with its title, and categories with term, label and scheme', () => {
    expect(entries[0].link).toContainEqual({
      '@href': 'https://notes.example/events/sl-2024#session-keynote',
      '@rel': 'related',
      '@title': 'Opening keynote',
    })
    // The session's recording too, for readers that follow related links.
    expect(entries[0].link).toContainEqual({ '@href': 'https://video.example/keynote', '@rel': 'related', '@title': 'Recording: Opening keynote' })
    expect(entries[0].category).toEqual([
      { '@label': 'StrangeLoop', '@scheme': 'https://notes.example/series', '@term': 'strange-loop' },
    ])
  })

  it('has a text summary and escaped type="html" content, never CDATA', () => {
    expect(entries[0].summary).toEqual({ '#text': 'A short summary.', '@type': 'text' })
    expect(entries[0].content).toEqual({ '#text': '<p>Body of the note.</p>', '@type': 'html' })
    expect(xml).toContain('<content type="html">&lt;p&gt;Body of the note.&lt;/p&gt;</content>')
    expect(xml).not.toContain('<![CDATA[')
  })

  it('escapes markup and strips control characters in a hostile title and summary', () => {
    expect(textOf(entries[1].title)).toBe(HOSTILE_TITLE_CLEAN)
    expect(textOf(entries[1].summary)).toBe(HOSTILE_TITLE_CLEAN)
    expect(xml).not.toMatch(/[\u0000\u0007\u001b]/)
  })

  it('keeps a hostile body inert and well-formed', () => {
    const body = textOf(entries[1].content)
    expect(body).not.toMatch(/<script|javascript:|onerror/i)
    // The sanitiser writes the text's '>' as '&gt;'; the XML carries that HTML escaped once more.
    expect(body).toContain('<p>end ]]&gt; of  section</p>')
    expect(readHtml(body).text).toContain('end ]]> of  section')
    expect(xml).toContain('end ]]&amp;gt; of  section')
    expect(xml).not.toContain(']]>')
    const raw = renderAtom(meta, [makeItem({ contentHtml: '<p>x]]>\u0007</p>', title: 'a\u001bb' })])
    expectWellFormed(raw)
    const entry = parseAtom(raw).feed.entry?.[0]
    expect(entry && textOf(entry.title)).toBe('ab')
    expect(entry && textOf(entry.content)).toBe('<p>x]]></p>')
  })

  it('names the entry whose date is invalid', () => {
    expect(() => renderAtom(meta, [makeItem({ updated: new Date('nope') })])).toThrow(/articles\/1/)
  })
})

describe('renderJsonFeed', () => {
  const feed = JSON.parse(renderJsonFeed(meta, [makeItem(), hostileItem])) as JsonFeedDocument

  it('has the JSON Feed 1.1 top-level members', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.title).toBe('Talk Notes')
    expect(feed.home_page_url).toBe(meta.homeUrl)
    expect(feed.feed_url).toBe(meta.feedUrls.json)
    expect(Array.isArray(feed.items)).toBe(true)
  })

  it('gives every item its stable id, HTML content and RFC 3339 dates', () => {
    expect(feed.items.map((item) => item.id)).toEqual([makeItem().id, hostileItem.id])
    for (const item of feed.items) {
      expect(typeof (item.content_html ?? item.content_text)).toBe('string')
      expect(item.date_published).toMatch(RFC_3339)
      expect(item.date_modified).toMatch(RFC_3339)
    }
    expect(feed.items[0].content_html).toBe('<p>Body of the note.</p>')
    expect(feed.items[0].date_modified).toBe('2024-09-11T21:30:00Z')
  })

  it('maps url, summary, image, authors and category labels as tags', () => {
    const [item] = feed.items
    expect(item.url).toBe(makeItem().url)
    expect(item.summary).toBe('A short summary.')
    expect(item.image).toBe('https://notes.example/media/cover.png')
    expect(item.authors).toEqual([{ name: 'Ada Lovelace', url: 'https://notes.example/speakers/ada' }])
    expect(item.tags).toEqual(['StrangeLoop'])
  })

  it('puts sessions and full categories in the _talk_notes extension', () => {
    expect(feed.items[0]._talk_notes).toEqual({
      categories: [{ label: 'StrangeLoop', scheme: 'https://notes.example/series', term: 'strange-loop' }],
      sessions: [
        {
          links: [{ title: 'Recording: Opening keynote', url: 'https://video.example/keynote' }],
          title: 'Opening keynote',
          url: 'https://notes.example/events/sl-2024#session-keynote',
        },
      ],
    })
  })

  it('strips control characters from titles and summaries but keeps markup as literal text', () => {
    expect(feed.items[1].title).toBe(HOSTILE_TITLE_CLEAN)
    expect(feed.items[1].summary).toBe(HOSTILE_TITLE_CLEAN)
  })

  it('falls back to a feed-level author only when an item has none', () => {
    expect(feed.authors).toBeUndefined()
    const anonymous = JSON.parse(renderJsonFeed(meta, [makeItem({ authors: [] })])) as JsonFeedDocument
    expect(anonymous.items[0].authors).toBeUndefined()
    expect(anonymous.authors).toEqual([{ name: 'Talk Notes', url: meta.homeUrl }])
  })
})

// What a feed reader does: decode the XML (every entity, numeric ones too, exactly once), then parse the
// HTML fields as HTML. Whatever the author typed, that second parse must find no live markup.
const readerXml = new XMLParser({
  attributeNamePrefix: '@',
  htmlEntities: true,
  ignoreAttributes: false,
  isArray: (name) => ['entry', 'item', 'link'].includes(name),
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
})

interface LiveMarkup {
  handlers: string[]
  javascriptUrls: string[]
  scripts: number
  text: string
}

function readHtml(html: string): LiveMarkup {
  const found: LiveMarkup = { handlers: [], javascriptUrls: [], scripts: 0, text: '' }
  const visit = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') found.text += node.data
      if (!('attribs' in node)) continue
      if (node.name === 'script') found.scripts += 1
      for (const [name, value] of Object.entries(node.attribs)) {
        if (/^on/i.test(name)) found.handlers.push(`${node.name} ${name}`)
        if (/^\s*javascript:/i.test(value)) found.javascriptUrls.push(`${node.name} ${name}=${value}`)
      }
      visit(node.children)
    }
  }
  visit(parseDocument(html, { decodeEntities: true }).children)
  return found
}

function expectInert(html: string): void {
  const found = readHtml(html)
  expect(found.scripts).toBe(0)
  expect(found.handlers).toEqual([])
  expect(found.javascriptUrls).toEqual([])
}

const HOSTILE_STRINGS = [
  '<script>alert(1)</script>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#60;script&#62;alert(1)&#60;/script&#62;',
  '&#x3C;script&#x3E;alert(1)&#x3C;/script&#x3E;',
  '&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;',
  '<img src=x onerror=alert(1)>',
  '&lt;img src=x onerror=alert(1)&gt;',
  '" onmouseover="alert(1)',
  '&quot; onmouseover=&quot;alert(1)',
  'javascript:alert(1)',
  'Tom &amp; Jerry <3',
]

function lexicalText(value: string): object {
  return { detail: 0, format: 0, mode: 'normal', style: '', text: value, type: 'text', version: 1 }
}

function lexicalElement(type: string, children: object[], extra: object = {}): object {
  return { children, direction: 'ltr', format: '', indent: 0, type, version: 1, ...extra }
}

// A body as an editor stores it: the hostile string typed as text, and as the URL of a link around it.
function hostileBody(value: string): SerializedEditorState {
  const link = lexicalElement('link', [lexicalText('link')], {
    fields: { linkType: 'custom', newTab: false, url: `https://notes.example/a${value}` },
  })
  const bare = lexicalElement('link', [lexicalText('bare')], { fields: { linkType: 'custom', newTab: false, url: value } })
  const root = lexicalElement('root', [lexicalElement('paragraph', [lexicalText(value), link, bare])])
  return { root } as unknown as SerializedEditorState
}

function hostileItems(): FeedItem[] {
  return HOSTILE_STRINGS.flatMap((value, index) => [
    makeItem({
      authors: [{ name: value, url: `https://notes.example/speakers/${encodeURIComponent(value)}` }],
      categories: [{ label: value, scheme: 'https://notes.example/series', term: 'x' }],
      contentHtml: lexicalToHtml(hostileBody(value), { siteUrl: meta.homeUrl }),
      id: `tag:notes.example,2024-09-11:articles/lexical-${index}`,
      sessions: [{ links: [{ title: value, url: 'https://notes.example/recordings/y' }], title: value, url: 'https://notes.example/events/x#session-y' }],
      summary: value,
      title: value,
    }),
    makeItem({
      contentHtml: sanitizeHtml(`<p>${value}</p><a href="${value}">a</a><p title="${value}">t</p>`, {
        baseUrl: meta.homeUrl,
      }),
      id: `tag:notes.example,2024-09-11:articles/html-${index}`,
      summary: value,
      title: value,
    }),
  ])
}

interface ReaderRssItem {
  'content:encoded': string
  'description': string
  'title': string
}
interface ReaderAtomEntry {
  content: TextNode
  link: AtomLink[]
  summary: TextNode
  title: TextNode
}

describe('what a feed reader decodes', () => {
  const items = hostileItems()

  it('finds no live markup in RSS content:encoded or description, and titles read back as typed', () => {
    const xml = renderRss(meta, items)
    expectWellFormed(xml)
    const decoded = readerXml.parse(xml) as { rss: { channel: { item: ReaderRssItem[] } } }
    const read = decoded.rss.channel.item
    expect(read).toHaveLength(items.length)
    read.forEach((item, index) => {
      expectInert(item['content:encoded'])
      // RSS readers render description as HTML: its text, read as HTML, is the plain-text summary.
      expectInert(item.description)
      expect(readHtml(item.description).text).toBe(items[index].summary)
      expect(item.title).toBe(items[index].title)
    })
  })

  it('finds no live markup in Atom content and keeps text fields and link attributes as typed', () => {
    const xml = renderAtom(meta, items)
    expectWellFormed(xml)
    const read = (readerXml.parse(xml) as { feed: { entry: ReaderAtomEntry[] } }).feed.entry
    expect(read).toHaveLength(items.length)
    read.forEach((entry, index) => {
      expect(entry.content['@type']).toBe('html')
      expectInert(entry.content['#text'])
      expect(textOf(entry.title)).toBe(items[index].title)
      expect(textOf(entry.summary)).toBe(items[index].summary)
      const related = entry.link.filter((link) => link['@rel'] === 'related')
      expect(related.map((link) => link['@title'])).toEqual(
        items[index].sessions.flatMap((session) => [session.title, ...session.links.map((link) => link.title)]),
      )
    })
  })

  it('keeps the text typed in a body as text through the XML and the HTML decoding', () => {
    const value = '&lt;script&gt;alert(1)&lt;/script&gt; & <b>'
    const item = makeItem({ contentHtml: lexicalToHtml(hostileBody(value), { siteUrl: meta.homeUrl }) })
    const rss = readerXml.parse(renderRss(meta, [item])) as { rss: { channel: { item: ReaderRssItem[] } } }
    expect(readHtml(rss.rss.channel.item[0]['content:encoded']).text).toBe(`${value}linkbare`)
    const atom = readerXml.parse(renderAtom(meta, [item])) as { feed: { entry: ReaderAtomEntry[] } }
    expect(readHtml(atom.feed.entry[0].content['#text']).text).toBe(`${value}linkbare`)
  })

  it('reads "Tom &amp; Jerry <3" back as exactly that string in every text field', () => {
    const title = 'Tom &amp; Jerry <3'
    const item = makeItem({ summary: title, title })
    const rss = readerXml.parse(renderRss({ ...meta, title }, [item])) as {
      rss: { channel: { item: ReaderRssItem[]; title: string } }
    }
    expect(rss.rss.channel.title).toBe(title)
    expect(rss.rss.channel.item[0].title).toBe(title)
    expect(readHtml(rss.rss.channel.item[0].description).text).toBe(title)
    const atom = readerXml.parse(renderAtom({ ...meta, title }, [item])) as {
      feed: { entry: ReaderAtomEntry[]; title: TextNode }
    }
    expect(textOf(atom.feed.title)).toBe(title)
    expect(textOf(atom.feed.entry[0].title)).toBe(title)
    expect(textOf(atom.feed.entry[0].summary)).toBe(title)
    const json = JSON.parse(renderJsonFeed({ ...meta, title }, [item])) as JsonFeedDocument
    expect(json.title).toBe(title)
    expect(json.items[0].title).toBe(title)
    expect(json.items[0].summary).toBe(title)
  })

  it('finds no live markup in JSON Feed content_html', () => {
    const feed = JSON.parse(renderJsonFeed(meta, items)) as JsonFeedDocument
    expect(feed.items).toHaveLength(items.length)
    feed.items.forEach((item, index) => {
      expectInert(item.content_html ?? '')
      expect(item.title).toBe(items[index].title)
    })
  })
})
