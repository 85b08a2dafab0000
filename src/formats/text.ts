// Plain-text helpers for feeds and listings: text out of a Lexical state, excerpts, reading time,
// the control-character filter every format applies before writing XML or JSON, and the one XML escape.
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

// XML 1.0 forbids C0 controls other than tab/LF/CR, U+FFFE/U+FFFF and unpaired surrogates; one such
// character makes a whole feed unparseable, so they are removed rather than escaped (they cannot be).
const FORBIDDEN_IN_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export function stripControlCharacters(text: string): string {
  return text.replace(FORBIDDEN_IN_XML, '')
}

/**
 * Any string for xmlbuilder2's `txt()` or an attribute value, so that a reader's XML decoding gives
 * back exactly `text` (minus what XML cannot carry). The writer escapes `<`, `>` and `"` but leaves
 * an `&` that already starts an entity alone, so HTML escaped once by the sanitiser (`&lt;script&gt;`)
 * would decode to live markup. With every `&` written as `&amp;` first, the writer finds only
 * `&amp;` to leave alone and the output is `text` escaped exactly once.
 */
export function xmlText(text: string): string {
  return stripControlCharacters(text).replace(/&/g, '&amp;')
}

/** {@link xmlText} on every value of an element's attributes. */
export function xmlAttributes(attributes: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, xmlText(value)]))
}

interface LexicalNodeLike {
  children?: unknown
  text?: unknown
  type?: unknown
}

// Everything else that has children (paragraph, heading, listitem, quote, list, table cells...) is a
// block and starts on its own line.
const INLINE_TYPES = new Set(['autolink', 'inlineBlock', 'linebreak', 'link', 'tab', 'text'])

function isNode(value: unknown): value is LexicalNodeLike {
  return typeof value === 'object' && value !== null
}

function childrenOf(node: LexicalNodeLike): LexicalNodeLike[] {
  return Array.isArray(node.children) ? node.children.filter(isNode) : []
}

function isBlock(node: LexicalNodeLike): boolean {
  return typeof node.type !== 'string' || !INLINE_TYPES.has(node.type)
}

function textOf(node: LexicalNodeLike): string {
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : ''
  if (node.type === 'linebreak') return '\n'
  if (node.type === 'tab') return '\t'
  let text = ''
  let previousWasBlock = false
  for (const child of childrenOf(node)) {
    const block = isBlock(child)
    if (text !== '' && (block || previousWasBlock)) text += '\n'
    text += textOf(child)
    previousWasBlock = block
  }
  return text
}

/** The text of every text node; paragraphs, headings and list items each on their own line. */
export function plainTextFromLexical(state: SerializedEditorState | null | undefined): string {
  if (!state || !isNode(state.root)) return ''
  return stripControlCharacters(textOf(state.root)).trim()
}

/**
 * Whitespace collapsed to single spaces and cut at a word boundary so that the result, including
 * the '…' appended when something was cut, is at most `maxLength` characters.
 */
export function excerpt(text: string, maxLength = 280): string {
  const collapsed = stripControlCharacters(text).replace(/\s+/g, ' ').trim()
  if (collapsed.length <= maxLength) return collapsed
  if (maxLength < 1) return ''
  const head = collapsed.slice(0, maxLength)
  const boundary = head.lastIndexOf(' ')
  // A single word longer than the limit has no boundary to cut at; cut it hard.
  const cut = boundary > 0 ? head.slice(0, boundary) : collapsed.slice(0, maxLength - 1)
  // A hard cut can split a surrogate pair; the filter drops the orphaned half.
  return `${stripControlCharacters(cut).replace(/[\s,;:]+$/, '')}…`
}

/**
 * A card's teaser: `text` cut at a word boundary to `maxLength` (see `excerpt`), without the ellipsis,
 * and whether the reader should see one: when words were left out, or when the text itself stops
 * mid-sentence (a summary pasted from a longer text, as the seed's are). Render `text`, then '…' when `cut`.
 */
export function teaser(text: string, maxLength = 280): { cut: boolean; text: string } {
  const trailing = /(?:\.{3}|…)?[\s,;:]*$/
  const whole = excerpt(text, Number.MAX_SAFE_INTEGER)
  // A text that ends in its own ellipsis keeps one, drawn like the others, and is measured with it drawn.
  const bare = whole.replace(trailing, '')
  const ownEllipsis = bare !== whole.replace(/[\s,;:]+$/, '')
  if (bare.length + (ownEllipsis ? 1 : 0) <= maxLength) {
    return { cut: ownEllipsis || (bare !== '' && !/[.!?)"'”’\]]$/.test(bare)), text: bare }
  }
  // Cut: the ellipsis drawn after the text is the only one, whatever the last kept word ended with.
  // (A text that fits only without its own ellipsis loses its last word to make room for the drawn one.)
  const short = excerpt(bare, maxLength)
  const kept = short.endsWith('…') ? short : excerpt(bare, maxLength - 1)
  return { cut: true, text: kept.slice(0, -1).replace(trailing, '') }
}

/** Whole minutes, rounded up: 1 for any non-empty text, 0 for none. */
export function readingTimeMinutes(text: string, wordsPerMinute = 220): number {
  if (!(wordsPerMinute > 0)) {
    throw new RangeError(`readingTimeMinutes: wordsPerMinute must be positive, got ${wordsPerMinute}`)
  }
  const words = text.split(/\s+/).filter(Boolean).length
  return words === 0 ? 0 : Math.ceil(words / wordsPerMinute)
}

/** Up to two letters or digits: the first of each of the name's first two words ("Networking @Scale" → "NS"). */
export function initialsOf(name: string): string {
  const words = name.split(/[\s\-_.·–—/]+/).map((word) => word.match(/[\p{L}\p{N}]/u)?.[0] ?? '').filter(Boolean)
  return (words.slice(0, 2).join('') || name.slice(0, 1)).toLocaleUpperCase()
}
