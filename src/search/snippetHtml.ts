// A search result's snippet as HTML: the body's words around the matches, as written (accents
// and case kept), HTML-escaped, with the matched words in <mark>. Pure, so it is unit-tested alone.
import { escapeHtml } from '../formats/html.ts'
import { foldAccentsKeepingLength } from './foldAccents.ts'

/** What `ts_headline` is told to put around matches and between fragments: no text holds them. */
export const snippetMarkers = { end: '"\u0003"', fragment: '"\u0004"', start: '"\u0002"' } as const

const START = '\u0002'
const END = '\u0003'
const FRAGMENT = '\u0004'

/**
 * `headline` is `ts_headline` over the accent-folded `text` (same length); each fragment is found
 * in the folded text and taken from `text` itself, so the snippet shows `résumé`, not `resume`.
 * `cut`: `text` is part of a longer body. Undefined when nothing in the body matched (the card's excerpt says enough then).
 */
export function snippetHtml(headline: string, text: string, cut = { after: false, before: false }): string | undefined {
  if (!headline.includes(START)) return undefined
  const folded = foldAccentsKeepingLength(text)
  const parts: Array<{ atEnd: boolean; atStart: boolean; html: string }> = []
  for (const fragment of headline.split(FRAGMENT)) {
    if (!fragment.includes(START)) continue
    const plain = fragment.replace(/[\u0002\u0003]/g, '')
    const at = folded.indexOf(plain)
    const original = at >= 0 && plain.length > 0 ? text.slice(at, at + plain.length) : plain
    let html = ''
    let offset = 0
    let marked = false
    // The markers' places in the fragment, over the original's characters.
    for (const piece of fragment.split(/([\u0002\u0003])/)) {
      if (piece === START) marked = true
      else if (piece === END) marked = false
      else if (piece) {
        const shown = escapeHtml(original.slice(offset, offset + piece.length))
        html += marked ? `<mark>${shown}</mark>` : shown
        offset += piece.length
      }
    }
    parts.push({ atEnd: at >= 0 && at + plain.length >= text.trimEnd().length, atStart: at === 0, html: html.trim() })
  }
  if (!parts.length) return undefined
  const first = parts[0] as (typeof parts)[number]
  const last = parts[parts.length - 1] as (typeof parts)[number]
  return `${first.atStart && !cut.before ? '' : '… '}${parts.map((part) => part.html).join(' … ')}${last.atEnd && !cut.after ? '' : ' …'}`
}
