// Rich text to HTML that is safe to put in a feed: Lexical conversion (with the session card block),
// links made absolute against the site, then a strict allowlist sanitiser as the last step.
import type { SerializedBlockNode, SerializedTextNode } from '@payloadcms/richtext-lexical'
import type { HTMLConverter, HTMLConvertersFunction } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import {
  IS_BOLD,
  IS_CODE,
  IS_ITALIC,
  IS_STRIKETHROUGH,
  IS_UNDERLINE,
} from '@payloadcms/richtext-lexical/lexical'
import sanitize from 'sanitize-html'

import { isTimeZone } from '../utilities/validators.ts'
import { stripControlCharacters } from './text.ts'

export interface SanitizeHtmlOptions {
  /** Relative `href`/`src` values are resolved against this URL; without it they are kept relative. */
  baseUrl?: string
}

export interface LexicalToHtmlOptions {
  /** The public URL of a session, for session cards. @default `{siteUrl}/events/{event}#session-{session}` */
  sessionUrl?: (session: { slug: string }, event: { slug: string }) => string
  /** Absolute site URL: relative URLs in the text are resolved against it. */
  siteUrl: string
}

const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '')
}

function absoluteUrl(value: string, baseUrl: string | undefined): string {
  const trimmed = value.trim()
  // URLs with a scheme are left to the scheme allowlist, which drops javascript:, data: and friends.
  if (!baseUrl || HAS_SCHEME.test(trimmed)) return value
  try {
    return new URL(trimmed, `${withoutTrailingSlash(baseUrl)}/`).href
  } catch {
    return value
  }
}

function sanitizeOptions(baseUrl: string | undefined): sanitize.IOptions {
  return {
    allowedAttributes: {
      a: ['href', 'rel'],
      aside: ['class'],
      img: ['src', 'alt', 'width', 'height'],
      time: ['datetime'],
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesAppliedToAttributes: ['href', 'src'],
    allowedSchemesByTag: { img: ['http', 'https'] },
    allowedTags: [
      'a', 'aside', 'b', 'blockquote', 'br', 'code', 'em', 'figcaption', 'figure', 'h2', 'h3', 'h4', 'h5', 'h6',
      'hr', 'i', 'img', 'li', 'ol', 'p', 'pre', 's', 'span', 'strong', 'time', 'u', 'ul',
    ],
    // Feed readers resolve `//host/...` against their own scheme; only full URLs are unambiguous.
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    // An image whose source was removed (data:, javascript:) would only leave a broken box.
    exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
    // Text inside these is code or markup, not prose: drop it with the tag instead of leaking it.
    nonTextTags: [
      'embed', 'iframe', 'noembed', 'noframes', 'noscript', 'object', 'option', 'script', 'style', 'template',
      'textarea', 'title',
    ],
    parseStyleAttributes: false,
    transformTags: {
      a: (tagName, attribs) => ({
        attribs: {
          ...(attribs.href === undefined ? {} : { href: absoluteUrl(attribs.href, baseUrl) }),
          // Set here so an author-supplied rel (or target) can never weaken it.
          rel: 'noopener noreferrer',
        },
        tagName,
      }),
      img: (tagName, attribs) => ({
        attribs: { ...attribs, ...(attribs.src === undefined ? {} : { src: absoluteUrl(attribs.src, baseUrl) }) },
        tagName,
      }),
    },
  }
}

/**
 * Strict allowlist sanitiser for HTML that ends up in feeds and pages. Also removes characters XML
 * cannot carry, before parsing and again after, since entities such as `&#x1b;` decode to them.
 */
export function sanitizeHtml(html: string, options: SanitizeHtmlOptions = {}): string {
  const clean = sanitize(stripControlCharacters(html), sanitizeOptions(options.baseUrl))
  return stripControlCharacters(clean)
}

/** Plain text as HTML that shows exactly that text (for text and attribute values alike). */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

// The default text converter marks strikethrough and underline with inline styles, which the
// sanitiser removes; <s> and <u> survive it, so the meaning of struck-out text is kept.
const textConverter: HTMLConverter<SerializedTextNode> = ({ node }) => {
  let html = escapeHtml(node.text)
  if (node.format & IS_BOLD) html = `<strong>${html}</strong>`
  if (node.format & IS_ITALIC) html = `<em>${html}</em>`
  if (node.format & IS_STRIKETHROUGH) html = `<s>${html}</s>`
  if (node.format & IS_UNDERLINE) html = `<u>${html}</u>`
  if (node.format & IS_CODE) html = `<code>${html}</code>`
  return html
}

interface SessionCard {
  endsAt?: Date
  eventSlug?: string
  slug: string
  startsAt?: Date
  timeZone: string
  title: string
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

function readDate(value: unknown): Date | undefined {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date
}

// The block stores a relationship: an id when not populated (nothing to render), the talk otherwise.
function readSessionCard(session: unknown): null | SessionCard {
  if (!isRecord(session) || typeof session.title !== 'string') return null
  const event = isRecord(session.event) ? session.event : undefined
  const slug = typeof session.slug === 'string' && session.slug !== '' ? session.slug : String(session.id)
  return {
    endsAt: readDate(session.endsAt),
    eventSlug: typeof event?.slug === 'string' && event.slug !== '' ? event.slug : undefined,
    slug,
    startsAt: readDate(session.startsAt),
    timeZone: typeof event?.timezone === 'string' && isTimeZone(event.timezone) ? event.timezone : 'UTC',
    title: session.title,
  }
}

/** "Sep 11, 2024, 12:35 – 12:55 PM PDT", on the clocks of the event's time zone. */
export function formatSessionTime(startsAt: Date, endsAt: Date | undefined, timeZone: string): string {
  const format = new Intl.DateTimeFormat('en-US', {
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    month: 'short',
    timeZone,
    timeZoneName: 'short',
    year: 'numeric',
  })
  const text = endsAt && endsAt > startsAt ? format.formatRange(startsAt, endsAt) : format.format(startsAt)
  // ICU puts thin and narrow no-break spaces around the dash and before AM/PM, varying by version.
  return text.replace(/[\u00A0\u2009\u202F]/g, ' ')
}

function defaultSessionUrl(siteUrl: string): NonNullable<LexicalToHtmlOptions['sessionUrl']> {
  return (session, event) =>
    `${withoutTrailingSlash(siteUrl)}/events/${encodeURIComponent(event.slug)}#session-${encodeURIComponent(session.slug)}`
}

function sessionCardHtml(card: SessionCard, sessionUrl: NonNullable<LexicalToHtmlOptions['sessionUrl']>): string {
  const title = escapeHtml(card.title)
  let link = `<span>${title}</span>`
  if (card.eventSlug) {
    const href = sessionUrl({ slug: card.slug }, { slug: card.eventSlug })
    link = `<a href="${escapeHtml(href)}">${title}</a>`
  }
  let time = ''
  if (card.startsAt) {
    const range = formatSessionTime(card.startsAt, card.endsAt, card.timeZone)
    time = ` <time datetime="${card.startsAt.toISOString()}">${escapeHtml(range)}</time>`
  }
  return `<aside class="session-card">${link}${time}</aside>`
}

/** Lexical rich text as sanitised HTML with absolute URLs; '' for an empty or missing state. */
export function lexicalToHtml(
  state: null | SerializedEditorState | undefined,
  options: LexicalToHtmlOptions,
): string {
  if (!state?.root) return ''
  const sessionCard: HTMLConverter<SerializedBlockNode> = ({ node }) => {
    const card = readSessionCard(node.fields.session)
    return card ? sessionCardHtml(card, options.sessionUrl ?? defaultSessionUrl(options.siteUrl)) : ''
  }
  const converters: HTMLConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    blocks: { sessionCard },
    text: textConverter,
  })
  const html = convertLexicalToHTML({
    converters,
    data: state,
    disableContainer: true,
    disableIndent: true,
    disableTextAlign: true,
  })
  return sanitizeHtml(html, { baseUrl: options.siteUrl })
}
