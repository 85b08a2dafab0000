// Shapes of the demo data: plain values, transcribed from the Networking @Scale 2024 page,
// turned into Payload documents by the seed.

export type SeedSessionKind = 'break' | 'keynote' | 'meal' | 'panel' | 'remarks' | 'social' | 'talk'
export type SeedEventFormat = 'hybrid' | 'in-person' | 'virtual'
export type SeedRegistrationStatus = 'closed' | 'open' | 'rsvps-closed'

export interface SeedSeries {
  name: string // 'Networking @Scale'
  slug: string // 'networking-scale'
  summary: string
}

/** One day or sitting of an event, as local wall-clock time in the event's timezone. */
export interface SeedEventDate {
  date: string // 'YYYY-MM-DD'
  end: string // 'HH:MM' 24h local
  format: SeedEventFormat
  label?: string
  start: string // 'HH:MM' 24h local
}

export interface SeedEvent {
  dates: SeedEventDate[]
  description: string[] // paragraphs
  format: SeedEventFormat
  livestreamUrl?: string
  registrationStatus: SeedRegistrationStatus
  series: string // series slug
  slug: string
  summary: string // the teaser text of the page's event list (without trailing '...')
  timezone: string // IANA, e.g. 'America/Los_Angeles'
  title: string
  venue?: string
}

export interface SeedPerson {
  bio: string // the bio text the page shows, without '... read more'
  jobTitle?: string // only when the bio states it
  name: string
  organization: string // exactly as cased on the page ('Meta', 'META')
  slug: string
}

export interface SeedSession {
  abstract?: string[] // paragraphs
  end: string // 'HH:MM' 24h local
  kind: SeedSessionKind
  moderators: string[] // person slugs, in page order
  speakers: string[] // person slugs, in page order
  start: string // 'HH:MM' 24h local
  title: string
}

export interface SeedArticle {
  body: string[] // paragraphs
  excerpt: string
  featuredSession: string // title of the session it is featured on
  publishedAt: string // 'YYYY-MM-DD'
  slug: string
  title: string
}
