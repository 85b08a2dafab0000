// "Latest Notes" cards: series, publication date, title and excerpt.
import Link from 'next/link'

import { type ArticleCard, formatShortDate } from 'talk-notes/site'


export function NoteList({ headingLevel = 3, notes }: { headingLevel?: 2 | 3; notes: Array<ArticleCard & { event?: { slug: string; title: string } }> }) {
  const Heading = `h${headingLevel}` as const
  return (
    <ul className="note-list">
      {notes.map((note) => (
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
            {note.excerpt ? <p>{note.excerpt}</p> : null}
          </article>
        </li>
      ))}
    </ul>
  )
}
