// What the public pages render: plain, JSON-serialisable data (it goes through Next's data cache),
// already access-filtered and with rich text turned into sanitised HTML by the loaders.
import type { AttendanceFormat, SessionKind } from '../formats/schedule/types.ts'
import type { SessionLinkKind, SessionStatus } from '../types.ts'

export type Id = number | string

export interface ImageView {
  alt: string
  height: number
  /** `url 1x, larger 2x` when a larger generated size exists. */
  srcSet?: string
  url: string
  width: number
}

export interface SeriesView {
  id: Id
  name: string
  slug: string
  /** The series' notes (`routes.notes({ series })`). */
  url: string
}

export interface PersonView {
  id: Id
  imageAvatar?: ImageView
  jobTitle?: string
  name: string
  organization?: string
  shortBio?: string
  slug: string
  /** The speaker's page (`routes.speaker`). */
  url: string
}

export type ParticipantRole = 'host' | 'moderator' | 'panelist' | 'speaker'

export interface ParticipantView extends PersonView {
  role: ParticipantRole
}

export interface ArticleLink {
  id: Id
  slug: string
  title: string
  /** The article's page (`routes.article`). */
  url: string
}

export interface SessionView {
  /** Sanitised HTML. */
  abstractHtml: string
  abstractText: string
  endsAt: string
  featuredArticles: ArticleLink[]
  id: Id
  kind: SessionKind
  /** Recording, slides and other links, in the order editors gave them. */
  links: Array<{ kind: SessionLinkKind; title?: string; url: string }>
  people: ParticipantView[]
  /** The recording team's terms: a license, or that the session is not to be recorded. */
  recording?: { license?: string; optOut: boolean }
  room?: string
  /** iCalendar SEQUENCE: grows each time the session moves, changes room or is cancelled. */
  sequence: number
  slug: string
  startsAt: string
  status: SessionStatus
  title: string
  track?: string
  updatedAt: string
  /** The session on the site (`routes.session`). */
  url: string
  /** Its recording as a player to embed, when the site allows the provider (`videoEmbeds`). */
  video?: { embedUrl: string; title: string }
}

export interface EventDateView {
  end: string
  format?: AttendanceFormat
  label?: string
  start: string
}

export interface EventCard {
  dates: EventDateView[]
  endsAt: string
  format: AttendanceFormat
  id: Id
  series?: SeriesView
  slug: string
  startsAt: string
  summary?: string
  timezone: string
  title: string
  /** The event's page (`routes.event`). */
  url: string
  venue?: { address?: string; name?: string }
}

export interface EventView extends EventCard {
  /** 'HH:MM': sessions before it belong to the previous conference day. */
  dayChange: string
  /** Sanitised HTML. */
  descriptionHtml: string
  descriptionText: string
  livestreamUrl?: string
  registrationStatus: 'closed' | 'invite-only' | 'not-required' | 'open' | 'rsvps-closed' | 'waitlist'
  registrationUrl?: string
  updatedAt: string
}

export interface ArticleCard {
  excerpt: string
  heroCard?: ImageView
  id: Id
  publishedAt: string
  series?: SeriesView
  slug: string
  title: string
  /** The article's page (`routes.article`). */
  url: string
}

export interface EventPageData {
  articles: ArticleCard[]
  event: EventView
  otherEvents: EventCard[]
  sessions: SessionView[]
  siteUrl: string
}
