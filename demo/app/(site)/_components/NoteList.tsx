// "Latest Notes" cards: series, publication date, title and excerpt (an ellipsis where it stops short); with a search, the body's
// words around the matches (snippetHtml: escaped by the loader except its <mark> tags).
import Link from 'next/link'

import { type ArticleCard, formatShortDate, teaser } from 'talk-notes/site'

import { ReadMore } from './ReadMore'


type Note = ArticleCard & { event?: { slug: string; title: string }; snippetHtml?: string }

export function NoteList({ headingLevel = 3, notes }: { headingLevel?: 2 | 3; notes: Note[] }) {
  const Heading = `h${headingLevel}` as const
  return (
    <ul className="note-list">
      {notes.map((note) => {
        const excerpt = note.excerpt ? teaser(note.excerpt, 300) : null
        return (
        <li key={note.id}>
          <article className="note-card">
            {note.heroCard ? (
              <img
                alt={note.heroCard.alt}
                className="note-card__image"
                height={note.heroCard.height}
                loading="lazy"
                src={note.heroCard.url}
                width={note.heroCard.width}
              />
            ) : null}
            <p className="note-card__meta">
              {note.series ? <span>{note.series.name}</span> : null}{' '}
              <time dateTime={note.publishedAt}>{formatShortDate(note.publishedAt)}</time>
            </p>
            <Heading>
              <Link href={`/notes/${note.slug}`}>{note.title}</Link>
            </Heading>
            {excerpt ? (
              <p className="card__teaser">
                {excerpt.text}
                {excerpt.cut ? <ReadMore href={`/notes/${note.slug}`} title={note.title} /> : null}
              </p>
            ) : null}
            {note.snippetHtml ? <p className="note-card__snippet" dangerouslySetInnerHTML={{ __html: note.snippetHtml }} /> : null}
          </article>
        </li>
        )
      })}
    </ul>
  )
}
