// What the article's featured-sessions schedule asks the REST API for, apart from React so the
// query can be run against a real database in the tests.

/** A session as the schedule reads it: its event populated with the fields the times need. */
export interface FeaturedSession {
  endsAt: string
  event?: { timezone?: null | string; title?: string } | null | number | string
  id: number | string
  startsAt: string
  status?: null | string
  title: string
}

/** The query string for `GET /api/{sessions}`: these sessions, each with its event (depth 1, the event's defaultPopulate). */
export function featuredSessionsQuery(ids: readonly string[]): string {
  const query = new URLSearchParams({ depth: '1', limit: String(ids.length), 'where[id][in]': ids.join(',') })
  for (const field of ['title', 'startsAt', 'endsAt', 'event', 'status']) query.append(`select[${field}]`, 'true')
  return query.toString()
}
