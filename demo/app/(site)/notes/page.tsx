// The notes index: published notes, newest first, paged, filtered by series, event or speaker and
// searched; a plain GET form, so it works without JavaScript.
import type { Metadata } from 'next'

import Link from 'next/link'

import { maxQueryLength, type NotesQuery } from 'talk-notes/site'

import { getNotesIndex } from '../../../site/cached'
import { NoteList } from '../_components/NoteList'

// Rendered per request (search parameters); its data comes from the memo dropped on content changes.
export const dynamic = 'force-dynamic'

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined

function queryOf(params: Record<string, string | string[] | undefined>): NotesQuery {
  const page = Number(first(params.page) ?? '1')
  return {
    event: first(params.event),
    page: Number.isInteger(page) && page > 0 ? page : 1,
    q: first(params.q)?.slice(0, maxQueryLength),
    series: first(params.series),
    speaker: first(params.speaker),
  }
}

function hrefWith(query: NotesQuery, page: number): string {
  const params = new URLSearchParams()
  for (const key of ['q', 'series', 'event', 'speaker'] as const) if (query[key]) params.set(key, String(query[key]))
  if (page > 1) params.set('page', String(page))
  const search = params.toString()
  return search ? `/notes?${search}` : '/notes'
}

export const metadata: Metadata = {
  alternates: { canonical: '/notes' },
  description: 'Notes on the talks of our events.',
  openGraph: { siteName: 'talk-notes', title: 'Latest notes', type: 'website', url: '/notes' },
  title: 'Latest notes',
}

export default async function NotesPage({ searchParams }: Props) {
  const query = queryOf(await searchParams)
  const data = await getNotesIndex(query)
  const scope = [
    data.filters.series && `series ${data.filters.series.name}`,
    data.filters.event && `event ${data.filters.event.title}`,
    data.filters.speaker && `speaker ${data.filters.speaker.name}`,
    data.q && `“${data.q}”`,
  ].filter(Boolean)

  return (
    <>
      <h1 className="page-title">Latest notes</h1>
      <search>
        <form action="/notes" className="notes-filter" method="get">
          <p>
            <label htmlFor="notes-q">Search</label>
            <input defaultValue={data.q} id="notes-q" maxLength={maxQueryLength} name="q" type="search" />
          </p>
          <p>
            <label htmlFor="notes-series">Series</label>
            <select defaultValue={query.series ?? ''} id="notes-series" name="series">
              <option value="">All series</option>
              {data.options.series.map((series) => (
                <option key={series.slug} value={series.slug}>
                  {series.name}
                </option>
              ))}
            </select>
          </p>
          <p>
            <label htmlFor="notes-event">Event</label>
            <select defaultValue={query.event ?? ''} id="notes-event" name="event">
              <option value="">All events</option>
              {data.options.events.map((event) => (
                <option key={event.slug} value={event.slug}>
                  {event.title}
                </option>
              ))}
            </select>
          </p>
          {query.speaker ? <input name="speaker" type="hidden" value={query.speaker} /> : null}
          <p>
            <button type="submit">Show notes</button>
          </p>
        </form>
      </search>
      <section aria-labelledby="results-heading" className="section">
        <h2 id="results-heading">
          {data.totalDocs} {data.totalDocs === 1 ? 'note' : 'notes'}
          {scope.length ? ` for ${scope.join(', ')}` : ''}
        </h2>
        {data.unknown.length ? <p>No {data.unknown.join(' or ')} with that name is published.</p> : null}
        {data.articles.length ? <NoteList notes={data.articles} /> : <p>No notes match.</p>}
        {data.totalPages > 1 ? (
          <nav aria-label="Pages" className="pager">
            {data.page > 1 ? (
              <Link href={hrefWith(query, data.page - 1)} rel="prev">
                Newer notes
              </Link>
            ) : null}
            <span>
              Page {data.page} of {data.totalPages}
            </span>
            {data.page < data.totalPages ? (
              <Link href={hrefWith(query, data.page + 1)} rel="next">
                Older notes
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </>
  )
}
