// Rich text to feed-safe HTML and the plain-text helpers: sanitiser allowlist, session card block,
// absolute URLs, excerpts and reading time. No database.
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { describe, expect, it } from 'vitest'

import { formatSessionTime, lexicalToHtml, sanitizeHtml } from '../../src/formats/html'
import {
  excerpt,
  teaser,
  plainTextFromLexical,
  readingTimeMinutes,
  stripControlCharacters,
} from '../../src/formats/text'

const siteUrl = 'https://notes.example/'

function text(value: string, format = 0): object {
  return { detail: 0, format, mode: 'normal', style: '', text: value, type: 'text', version: 1 }
}

function element(type: string, children: object[], extra: object = {}): object {
  return { children, direction: 'ltr', format: '', indent: 0, type, version: 1, ...extra }
}

function editorState(children: object[]): SerializedEditorState {
  // Test fixtures are written as the JSON Payload stores; the full Lexical node types add nothing here.
  return { root: element('root', children) } as unknown as SerializedEditorState
}

function sessionCard(session: unknown): object {
  const fields = { blockName: '', blockType: 'sessionCard', id: 'block-1', session }
  return { fields, format: '', type: 'block', version: 2 }
}

const keynote = {
  endsAt: '2024-09-11T19:55:00.000Z',
  event: { slug: 'strange-loop-2024', timezone: 'America/Los_Angeles', title: 'Strange Loop 2024' },
  id: 12,
  slug: 'opening-keynote',
  startsAt: '2024-09-11T19:35:00.000Z',
  title: 'Opening <keynote> & "welcome"',
}

describe('sanitizeHtml', () => {
  it('removes javascript: links, including entity- and whitespace-obfuscated ones', () => {
    const html = sanitizeHtml(
      '<a href="javascript:alert(1)">a</a><a href="JaVaScRiPt&#58;alert(1)">b</a><a href="java\tscript:alert(1)">c</a>',
    )
    expect(html).not.toMatch(/javascript|href/i)
    expect(html).toBe(
      '<a rel="noopener noreferrer">a</a><a rel="noopener noreferrer">b</a><a rel="noopener noreferrer">c</a>',
    )
  })

  it('removes on* event handler and style attributes', () => {
    const html = sanitizeHtml(
      '<p onclick="x()" style="color:red">t</p><img src="https://x.example/a.png" onerror="alert(1)" onload="y()">',
    )
    expect(html).toBe('<p>t</p><img src="https://x.example/a.png" />')
  })

  it('drops script, style, iframe and object elements together with their content', () => {
    const html = sanitizeHtml(
      '<p>keep</p><script>alert(1)</script><style>p{}</style>' +
        '<iframe src="https://evil.example">i</iframe><object data="x">o</object>',
    )
    expect(html).toBe('<p>keep</p>')
  })

  it('keeps http, https and mailto links and forces rel="noopener noreferrer" over an author-supplied rel', () => {
    const html = sanitizeHtml(
      '<a href="https://a.example" rel="opener" target="_blank">x</a>' +
        '<a href="mailto:me@a.example">m</a><a href="ftp://a.example">f</a>',
    )
    expect(html).toBe(
      '<a href="https://a.example" rel="noopener noreferrer">x</a>' +
        '<a href="mailto:me@a.example" rel="noopener noreferrer">m</a>' +
        '<a rel="noopener noreferrer">f</a>',
    )
  })

  it('drops images whose source is data: or javascript:, and unknown attributes on kept ones', () => {
    expect(sanitizeHtml('<img src="data:image/png;base64,AAAA"><img src="javascript:alert(1)">')).toBe('')
    expect(sanitizeHtml('<img src="https://x.example/a.png" alt="A" width="10" height="5" class="c" srcset="y">')).toBe(
      '<img src="https://x.example/a.png" alt="A" width="10" height="5" />',
    )
  })

  it('keeps the allowlisted structure: headings, lists, quotes, code, figures and the session card', () => {
    const input =
      '<h2>H</h2><ul><li>a</li></ul><ol><li>b</li></ol><blockquote>q</blockquote><pre><code>c</code></pre>' +
      '<figure><img src="https://x.example/i.png" alt=""><figcaption>f</figcaption></figure>' +
      '<aside class="session-card"><time datetime="2024-09-11T19:35:00.000Z">t</time></aside><hr><br>'
    expect(sanitizeHtml(input)).toBe(
      '<h2>H</h2><ul><li>a</li></ul><ol><li>b</li></ol><blockquote>q</blockquote><pre><code>c</code></pre>' +
        '<figure><img src="https://x.example/i.png" alt="" /><figcaption>f</figcaption></figure>' +
        '<aside class="session-card"><time datetime="2024-09-11T19:35:00.000Z">t</time></aside><hr /><br />',
    )
  })

  it('unwraps h1, div, table and form elements but keeps their text', () => {
    const html = sanitizeHtml('<h1>Title</h1><div><table><tr><td>cell</td></tr></table></div><form><input value="v">f</form>')
    expect(html).toBe('Titlecellf')
  })

  it('strips control characters, raw or entity-encoded, so the result can go into XML', () => {
    const html = sanitizeHtml('<p>a\u0000b\u0007c\u001bd&#x1b;e&#x7;f\uFFFFg\uD800h\ti</p>')
    expect(html).toBe('<p>abcdefgh\ti</p>')
  })

  it('resolves relative links and image sources against baseUrl and refuses protocol-relative ones without it', () => {
    const input = '<a href="/talks/x">t</a><img src="media/a.png"><a href="//evil.example/">e</a>'
    expect(sanitizeHtml(input, { baseUrl: 'https://notes.example' })).toBe(
      '<a href="https://notes.example/talks/x" rel="noopener noreferrer">t</a>' +
        '<img src="https://notes.example/media/a.png" />' +
        '<a href="https://evil.example/" rel="noopener noreferrer">e</a>',
    )
    expect(sanitizeHtml('<a href="//evil.example/">e</a>')).toBe('<a rel="noopener noreferrer">e</a>')
  })
})

describe('lexicalToHtml', () => {
  it('renders a populated session card with the event link, session anchor and Pacific time range', () => {
    const html = lexicalToHtml(editorState([sessionCard(keynote)]), { siteUrl })
    expect(html).toBe(
      '<aside class="session-card">' +
        '<a href="https://notes.example/events/strange-loop-2024#session-opening-keynote" rel="noopener noreferrer">' +
        'Opening &lt;keynote&gt; &amp; "welcome"</a> ' +
        '<time datetime="2024-09-11T19:35:00.000Z">Sep 11, 2024, 12:35 – 12:55 PM PDT</time>' +
        '</aside>',
    )
  })

  it('renders nothing for a session card whose session is only an id', () => {
    const html = lexicalToHtml(editorState([element('paragraph', [text('before')]), sessionCard(12)]), { siteUrl })
    expect(html).toBe('<p>before</p>')
  })

  it('shows the title without a link, in UTC, when the event is not populated', () => {
    const html = lexicalToHtml(editorState([sessionCard({ ...keynote, event: 3 })]), { siteUrl })
    expect(html).toBe(
      '<aside class="session-card"><span>Opening &lt;keynote&gt; &amp; "welcome"</span> ' +
        '<time datetime="2024-09-11T19:35:00.000Z">Sep 11, 2024, 7:35 – 7:55 PM UTC</time></aside>',
    )
  })

  it('encodes slugs in the session card link and uses the event time zone', () => {
    const card = sessionCard({ ...keynote, event: { slug: 'a b', timezone: 'Europe/Berlin' }, slug: 'x"y' })
    const html = lexicalToHtml(editorState([card]), { siteUrl })
    expect(html).toContain('href="https://notes.example/events/a%20b#session-x%22y"')
    expect(html).toContain('>Sep 11, 2024, 9:35 – 9:55 PM GMT+2</time>')
  })

  it('makes relative links and upload URLs absolute against siteUrl', () => {
    const link = element('link', [text('agenda')], { fields: { linkType: 'custom', newTab: false, url: '/events/sl' } })
    const upload = {
      fields: {},
      format: '',
      id: 'u1',
      relationTo: 'media',
      type: 'upload',
      value: { alt: 'Stage', height: 300, mimeType: 'image/png', url: '/api/media/file/stage.png', width: 400 },
      version: 3,
    }
    const html = lexicalToHtml(editorState([element('paragraph', [link]), upload]), { siteUrl })
    expect(html).toContain('<a href="https://notes.example/events/sl" rel="noopener noreferrer">agenda</a>')
    expect(html).toContain('src="https://notes.example/api/media/file/stage.png"')
  })

  it('escapes markup typed as text and neutralises a javascript: link in the rich text', () => {
    const fields = { linkType: 'custom', newTab: false, url: 'javascript:alert(1)' }
    const link = element('link', [text('x')], { fields })
    const html = lexicalToHtml(
      editorState([element('paragraph', [text('<script>alert(1)</script> <img src=x onerror=alert(1)>'), link])]),
      { siteUrl },
    )
    expect(html).not.toMatch(/<script|<img|javascript:/i)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;')
  })

  it('keeps bold, italic, strikethrough, underline and code formatting as allowlisted tags', () => {
    const html = lexicalToHtml(
      editorState([element('paragraph', [text('b', 1), text('i', 2), text('s', 4), text('u', 8), text('c', 16)])]),
      { siteUrl },
    )
    expect(html).toBe('<p><strong>b</strong><em>i</em><s>s</s><u>u</u><code>c</code></p>')
  })

  it('returns an empty string for a missing or empty state', () => {
    expect(lexicalToHtml(null, { siteUrl })).toBe('')
    expect(lexicalToHtml(undefined, { siteUrl })).toBe('')
    expect(lexicalToHtml(editorState([element('paragraph', [])]), { siteUrl })).toBe('')
  })
})

describe('formatSessionTime', () => {
  it('formats a range across days with both dates', () => {
    const text = formatSessionTime(
      new Date('2024-09-11T19:35:00Z'),
      new Date('2024-09-12T19:55:00Z'),
      'America/Los_Angeles',
    )
    expect(text).toBe('Sep 11, 2024, 12:35 PM PDT – Sep 12, 2024, 12:55 PM PDT')
  })

  it('uses only plain spaces, whatever the ICU version puts around the dash and before AM/PM', () => {
    const start = new Date('2024-09-11T16:35:00Z')
    const text = formatSessionTime(start, new Date('2024-09-11T19:55:00Z'), 'America/Los_Angeles')
    expect(text).toBe('Sep 11, 2024, 9:35 AM – 12:55 PM PDT')
    expect(text).not.toMatch(/[\u00A0\u2009\u202F]/)
  })
})

describe('plainTextFromLexical', () => {
  it('puts paragraphs, headings and list items on their own lines and keeps inline text together', () => {
    const state = editorState([
      element('heading', [text('Title')], { tag: 'h2' }),
      element('paragraph', [text('Hello '), text('world', 1), element('link', [text(' link')], { fields: {} })]),
      element('list', [element('listitem', [text('one')]), element('listitem', [text('two')])], { tag: 'ul' }),
      sessionCard(keynote),
      element('paragraph', [text('line'), { type: 'linebreak', version: 1 }, text('break')]),
    ])
    expect(plainTextFromLexical(state)).toBe('Title\nHello world link\none\ntwo\n\nline\nbreak')
  })

  it('returns an empty string for a missing state and strips control characters', () => {
    expect(plainTextFromLexical(null)).toBe('')
    expect(plainTextFromLexical(editorState([element('paragraph', [text('a\u0000b\u001b')])]))).toBe('ab')
  })
})

describe('excerpt', () => {
  it('returns short text unchanged apart from collapsed whitespace, with no ellipsis', () => {
    expect(excerpt('  Short\n\n text\there  ')).toBe('Short text here')
  })

  it('cuts long text at a word boundary and appends an ellipsis within maxLength', () => {
    const result = excerpt('The quick brown fox jumps over the lazy dog', 20)
    expect(result).toBe('The quick brown fox…')
    expect(result.length).toBeLessThanOrEqual(20)
  })

  it('does not end on a dangling comma before the ellipsis', () => {
    expect(excerpt('alpha beta, gamma delta', 12)).toBe('alpha beta…')
  })

  it('cuts a single over-long word hard', () => {
    expect(excerpt('Supercalifragilistic', 10)).toBe('Supercali…')
  })

  it('defaults to 280 characters', () => {
    const long = 'word '.repeat(100)
    const result = excerpt(long)
    expect(result.endsWith('…')).toBe(true)
    expect(result.length).toBeLessThanOrEqual(280)
    expect(result.length).toBeGreaterThan(270)
  })
})

describe('teaser', () => {
  it('keeps a whole sentence whole, with no ellipsis', () => {
    expect(teaser('Abishek is a network engineer at Meta Platforms since 2017.', 400)).toEqual({
      cut: false,
      text: 'Abishek is a network engineer at Meta Platforms since 2017.',
    })
  })

  it('marks a text that stops mid-sentence, as the seed page shows its summaries', () => {
    expect(teaser('…products with user empathy,')).toEqual({ cut: true, text: '…products with user empathy' })
    expect(teaser('The @Scale community')).toEqual({ cut: true, text: 'The @Scale community' })
  })

  it('cuts at the last word that fits, never dropping one that does', () => {
    const result = teaser('One two three four five', 14)
    expect(result).toEqual({ cut: true, text: 'One two three' })
    expect(`${result.text}…`.length).toBeLessThanOrEqual(14)
    expect(teaser('One two three four five.', 24)).toEqual({ cut: false, text: 'One two three four five.' })
  })

  it('draws a text’s own trailing ellipsis once, and measures it drawn', () => {
    expect(teaser('We will share...')).toEqual({ cut: true, text: 'We will share' })
    expect(teaser('We will share…')).toEqual({ cut: true, text: 'We will share' })
    // "Hello world…" is 12 characters: it fits in 12, not in 11.
    expect(teaser('Hello world...', 12)).toEqual({ cut: true, text: 'Hello world' })
    expect(teaser('Hello world...', 11)).toEqual({ cut: true, text: 'Hello' })
  })

  it('never draws two ellipses where the cut falls after a word that ends in one', () => {
    expect(teaser('Wait... there is so much more', 10)).toEqual({ cut: true, text: 'Wait' })
    expect(teaser('Wait… there is so much more', 8)).toEqual({ cut: true, text: 'Wait' })
  })
})

describe('readingTimeMinutes', () => {
  it('is 0 for empty or whitespace-only text and at least 1 for any words', () => {
    expect(readingTimeMinutes('')).toBe(0)
    expect(readingTimeMinutes('  \n ')).toBe(0)
    expect(readingTimeMinutes('one')).toBe(1)
  })

  it('rounds up whole minutes at the given words per minute', () => {
    expect(readingTimeMinutes('w '.repeat(220))).toBe(1)
    expect(readingTimeMinutes('w '.repeat(221))).toBe(2)
    expect(readingTimeMinutes('w '.repeat(100), 50)).toBe(2)
  })

  it('rejects a non-positive reading speed', () => {
    expect(() => readingTimeMinutes('text', 0)).toThrow(RangeError)
  })
})

describe('stripControlCharacters', () => {
  it('removes C0 controls, U+FFFE/U+FFFF and lone surrogates but keeps tab, newlines and emoji', () => {
    expect(stripControlCharacters('a\u0000\u0008\u000b\u000c\u001f\uFFFE\uFFFF\uDC00b\t\n\r😀')).toBe('ab\t\n\r😀')
  })
})
