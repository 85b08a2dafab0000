// What every schedule format is read into: one shape for frab XML, c3voc JSON, Sessionize and CSV,
// so the plan (dry run), the re-sync and the apply step never look at a source format.
import type { SessionKind, SessionLinkKind } from '../types.ts'

export const scheduleFormats = ['frab-xml', 'c3voc-json', 'sessionize', 'csv'] as const
export type ScheduleFormat = (typeof scheduleFormats)[number]

export type LinkKind = SessionLinkKind

export type ParticipantRole = 'host' | 'moderator' | 'panelist' | 'speaker'

export interface ParsedLink {
  kind: LinkKind
  title?: string
  /** Absolute http(s) URL. */
  url: string
}

/** A problem that does not stop the import, shown in the dry run. */
export interface ImportWarning {
  message: string
  /** Where in the source: 'event 1234 "Opening" (day 1, room Saal 1)', 'row 5', 'session 42'. */
  where: string
}

export interface ParsedPerson {
  /** Plain text. */
  biography?: string
  jobTitle?: string
  /**
   * Key of this person within the source's system, stable across exports and across the events of a
   * series: a guid when the source has one, else '<system>:<id>' (e.g. 'pretalx:KXUDWN', 'frab:42',
   * 'sessionize:9f1c…'). Undefined when the source has no ids (CSV); then people are matched by name.
   */
  key?: string
  links: ParsedLink[]
  name: string
  organization?: string
}

export interface ParsedSession {
  /** Plain text; paragraphs separated by blank lines. */
  abstract?: string
  /** Plain text; paragraphs separated by blank lines. */
  description?: string
  /** ISO 8601 instant, UTC. */
  endsAt: string
  /**
   * Stable id of the session in the source (frab/c3voc `guid`, else a UUID derived from the source's own
   * id). Re-syncs are keyed by it.
   */
  guid: string
  kind: SessionKind
  language?: string
  links: ParsedLink[]
  /** In the order the source lists them; `person` indexes `ParsedSchedule.persons`. */
  persons: Array<{ person: number; role: ParticipantRole }>
  room?: string
  /** The source's own id of the session (frab `id`, pretalx code, Sessionize id, CSV `id` column). */
  sourceId?: string
  /** ISO 8601 instant, UTC. */
  startsAt: string
  subtitle?: string
  title: string
  track?: string
  /** The source's `type` as written (before mapping to `kind`). */
  type?: string
  /** The session's page in the source (pretalx/frab `url`). */
  url?: string
  /** How errors and warnings name this session: 'event 1234 "Opening"', 'row 5'. */
  where: string
}

export interface ParsedSchedule {
  conference: {
    acronym?: string
    /** 'HH:MM': sessions before it belong to the previous conference day. */
    dayChange?: string
    /** 'YYYY-MM-DD' conference days as the source lists them. */
    days: string[]
    /** IANA zone, when the source names one. */
    timeZone?: string
    title?: string
    url?: string
    /** The source's own schedule version string. */
    version?: string
  }
  format: ScheduleFormat
  /** Each person once (deduplicated by key, then by name + organization, case-insensitive). */
  persons: ParsedPerson[]
  /** Room names in the source's order. */
  rooms: string[]
  sessions: ParsedSession[]
  warnings: ImportWarning[]
}

export interface ParseOptions {
  /** Forces a format; detected from the content when absent. */
  format?: ScheduleFormat
  /** The event's IANA zone: how wall-clock times without an offset (CSV, Sessionize, old frab) are read. */
  timeZone: string
}

/** The source cannot be read; `where` names the element, row or property. */
export class ScheduleParseError extends Error {
  constructor(
    readonly where: string,
    readonly reason: string,
  ) {
    super(`${where}: ${reason}`)
    this.name = 'ScheduleParseError'
  }
}
