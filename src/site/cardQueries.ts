// The query shapes behind the site's cards. Note cards (event page, home, speaker page, notes
// index): published articles as a visitor reads them, newest first, with just the card's fields.
import type { SanitizedTalkNotesPluginConfig } from '../types.ts'

import { siteSlugsOf } from './mappers.ts'

export const noteCardQuery = (options: Pick<SanitizedTalkNotesPluginConfig, 'slugs'>) => ({
  collection: siteSlugsOf(options).articles,
  depth: 1,
  draft: false,
  overrideAccess: false,
  pagination: false,
  populate: { [siteSlugsOf(options).eventSeries]: { name: true, slug: true } },
  select: {
    createdAt: true,
    excerpt: true,
    generatedExcerpt: true,
    heroImage: true,
    publishedAt: true,
    series: true,
    slug: true,
    title: true,
  },
  sort: '-publishedAt',
}) as const

/** The fields of an event card (home, the event page's other events). */
export const eventCardSelect = {
  createdAt: true,
  dates: true,
  endsAt: true,
  format: true,
  series: true,
  slug: true,
  startsAt: true,
  summary: true,
  timezone: true,
  title: true,
  venue: true,
} as const
