// The one query shape behind every list of note cards (event page, home, speaker page, notes
// index): published articles as a visitor reads them, newest first, with just the card's fields.
export const noteCardQuery = {
  depth: 1,
  draft: false,
  overrideAccess: false,
  pagination: false,
  populate: { 'event-series': { name: true, slug: true } },
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
} as const
