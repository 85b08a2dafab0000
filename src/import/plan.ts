// What an import would do, worked out without touching the database: the dry run editors see and
// the list of writes the apply step makes. Pure, so every rule of the re-sync is unit-tested.
//
// The re-sync rule, field by field: the import remembers what it last wrote (the snapshot). A field
// whose current value is still the snapshot belongs to the source and follows it. A field an editor
// changed since belongs to the editor: kept, and shown as a conflict when the source changed it too,
// unless the editor chooses the source's value for it.
import type { SessionKind, SessionStatus } from '../types.ts'
import type { ImportWarning, ParsedLink, ParsedSchedule, ParsedSession, ParticipantRole } from './types.ts'

import { ScheduleParseError } from './types.ts'

import { excerpt } from '../formats/text.ts'
import { slugify } from '../utilities/slugify.ts'
import { toZoned } from '../utilities/zonedTime.ts'

type Id = number | string

export interface SessionValues {
  abstract: string
  description: string
  /** ISO instant, UTC. */
  endsAt: string
  kind: SessionKind
  links: ParsedLink[]
  room: string
  /** Speakers by id; a new speaker of this import by its `new:<n>` reference. */
  speakers: Array<{ role: ParticipantRole; speaker: Id }>
  /** ISO instant, UTC. */
  startsAt: string
  title: string
  track: string
}

export type SessionField = keyof SessionValues

export const sessionFieldLabels: Record<SessionField, string> = {
  abstract: 'Abstract',
  description: 'Description',
  endsAt: 'End',
  kind: 'Kind',
  links: 'Links',
  room: 'Room',
  speakers: 'Speakers',
  startsAt: 'Start',
  title: 'Title',
  track: 'Track',
}

export interface SpeakerValues {
  fullBio: string
  jobTitle: string
  links: Array<{ label: string; url: string }>
  name: string
  /** Organization by name as the source writes it ('' for none); records are matched by slug. */
  organization: string
  shortBio: string
}

export type SpeakerField = keyof SpeakerValues

export const speakerFieldLabels: Record<SpeakerField, string> = {
  fullBio: 'Full bio',
  jobTitle: 'Job title',
  links: 'Links',
  name: 'Name',
  organization: 'Organization',
  shortBio: 'Short bio',
}

/** A session as the database holds it, reduced to what the import compares. */
export interface ExistingSession {
  /** Whether any article, draft or published, features it: such a session is cancelled, never removed. */
  featured: boolean
  id: Id
  sequence: number
  slug: string
  source: { guid?: null | string; imported?: null | Partial<SessionValues> }
  status: SessionStatus
  values: SessionValues
}

export interface ExistingSpeaker {
  id: Id
  /**
   * Text the speaker reviewed, or a profile with a speaker account: its public text is the speaker's
   * and the import never changes it.
   */
  reviewed: boolean
  slug: string
  source: { imported?: null | Partial<SpeakerValues>; keys: string[] }
  values: SpeakerValues
}

export interface ImportState {
  event: {
    dates: Array<{ end: string; start: string }>
    dayChange: string
    id: Id
    slug: string
    timezone: string
    title: string
  }
  /** Existing organizations by slug. */
  organizations: Array<{ id: Id; name: string; slug: string }>
  sessions: ExistingSession[]
  /** Every speaker the source's people could be: by key or by name (any event, any series). */
  speakers: ExistingSpeaker[]
  /** Slugs already taken by speakers outside `speakers` (speaker slugs are unique site-wide). */
  takenSpeakerSlugs: string[]
}

export interface FieldChange<Field extends string = string> {
  field: Field
  from: string
  label: string
  to: string
}

export interface Conflict<Field extends string = string> extends FieldChange<Field> {
  /** Pass it in `overwrite` to take the source's value instead of the editor's. */
  id: string
  /** What is kept: the editor's value (default) or the source's (chosen in `overwrite`). */
  kept: 'editor' | 'source'
  /** 'edited': an editor changed it after the last import; 'reviewed': the speaker's reviewed text (never overwritten). */
  reason: 'edited' | 'reviewed'
}

export interface SessionPlan {
  action: 'cancel' | 'create' | 'remove' | 'unchanged' | 'update'
  changes: FieldChange<'status' | SessionField>[]
  conflicts: Conflict<SessionField>[]
  /** What the source says (undefined for cancel and remove): the snapshot the next re-sync compares with. */
  desired?: SessionValues
  /** The existing session, for every action but create. */
  existing?: ExistingSession
  guid: string
  /** Whether start, end, room or status changes: calendars must replace their copy (SEQUENCE). */
  moved: boolean
  /** The session the source describes (undefined for cancel and remove). */
  parsed?: ParsedSession
  /**
   * Only the import's own record changes (the snapshot of what the source says, or the guid of an
   * adopted session): nothing a visitor or an editor sees.
   */
  refresh: boolean
  /** For create: the new session's slug within its event. */
  slug?: string
  status: SessionStatus
  title: string
  /** What the session holds after the import (the source's values where they apply). */
  values?: SessionValues
}

export interface SpeakerPlan {
  action: 'create' | 'unchanged' | 'update'
  changes: FieldChange<SpeakerField>[]
  conflicts: Conflict<SpeakerField>[]
  existing?: ExistingSpeaker
  /** Keys the speaker gains (this source's key for a person matched by name). */
  keysAdded: string[]
  matchedBy?: 'key' | 'name'
  name: string
  /** `new:<n>` for a speaker this import creates, else the existing speaker's id. */
  ref: Id
  /** Only the import's snapshot of what the source says changes. */
  refresh: boolean
  slug: string
  /** What the source says, the snapshot stored for the next re-sync. */
  sourceValues: SpeakerValues
  values: SpeakerValues
}

export interface ImportPlan {
  counts: {
    conflicts: number
    organizationsCreated: number
    sessionsCancelled: number
    sessionsCreated: number
    sessionsRemoved: number
    sessionsUnchanged: number
    sessionsUpdated: number
    speakersCreated: number
    speakersUpdated: number
    warnings: number
  }
  /** Organization names to create (one per slug, as first written). */
  organizationsToCreate: string[]
  sessions: SessionPlan[]
  speakers: SpeakerPlan[]
  warnings: ImportWarning[]
}

export interface PlanOptions {
  /** Conflict ids whose source value wins over the editor's. */
  overwrite?: readonly string[]
}

const newRef = (index: number) => `new:${index}`

const normalText = (text: null | string | undefined) => (text ?? '').replace(/\s+/g, ' ').trim()

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a === 'string' && typeof b === 'string') return normalized(a) === normalized(b)
  return JSON.stringify(normalized(a)) === JSON.stringify(normalized(b))
}

function normalized(value: unknown): unknown {
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value).toISOString() : normalText(value)
  if (Array.isArray(value)) return value.map(normalized)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, entry]) => entry !== undefined && entry !== null && entry !== '')
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, entry]) => [key, normalized(entry)]),
    )
  }
  return value ?? ''
}

/** The event's days as conference-day ranges ('YYYY-MM-DD', inclusive), one per date row. */
function eventDayRanges(event: ImportState['event']): Array<[string, string]> {
  return event.dates.map((date) => [toZoned(date.start, event.timezone).date, toZoned(date.end, event.timezone).date])
}

/** Whether `instant` is on one of the event's days (its conference day, after the day change). */
function onEventDay(instant: string, event: ImportState['event'], ranges: Array<[string, string]>): boolean {
  const day = conferenceDay(instant, event.timezone, event.dayChange)
  return ranges.some(([first, last]) => day >= first && day <= last)
}

/** The conference day ('YYYY-MM-DD') of an instant: before the day change it is still the day before. */
export function conferenceDay(instant: string, timeZone: string, dayChange: string): string {
  const [hours, minutes] = (/^\d{2}:\d{2}$/.test(dayChange) ? dayChange : '00:00').split(':').map(Number)
  const shifted = new Date(Date.parse(instant) - (hours * 60 + minutes) * 60_000)
  return toZoned(shifted, timeZone).date
}

function uniqueSlug(base: string, taken: Set<string>): string {
  const root = base || 'session'
  let slug = root
  for (let n = 2; taken.has(slug); n += 1) slug = `${root}-${n}`
  taken.add(slug)
  return slug
}

const shortBioLength = 400

function speakerValuesOf(person: ParsedSchedule['persons'][number]): SpeakerValues {
  const biography = (person.biography ?? '').trim()
  const firstParagraph = biography.split(/\n\s*\n/)[0] ?? ''
  return {
    fullBio: biography,
    jobTitle: person.jobTitle?.trim() ?? '',
    links: person.links.map((link) => ({ label: link.title?.trim() || new URL(link.url).hostname, url: link.url })),
    name: person.name.trim(),
    organization: person.organization?.trim() ?? '',
    shortBio: excerpt(firstParagraph, shortBioLength),
  }
}

const personKey = (name: string, organization: string) => `${normalText(name).toLowerCase()}|${slugify(organization)}`

function planSpeakers(schedule: ParsedSchedule, state: ImportState, options: PlanOptions): SpeakerPlan[] {
  const byKey = new Map<string, ExistingSpeaker>()
  const byNameAndOrganization = new Map<string, ExistingSpeaker[]>()
  const byName = new Map<string, ExistingSpeaker[]>()
  for (const speaker of state.speakers) {
    for (const key of speaker.source.keys) byKey.set(key, speaker)
    const full = personKey(speaker.values.name, speaker.values.organization)
    byNameAndOrganization.set(full, [...(byNameAndOrganization.get(full) ?? []), speaker])
    const name = normalText(speaker.values.name).toLowerCase()
    byName.set(name, [...(byName.get(name) ?? []), speaker])
  }
  const takenSlugs = new Set([...state.takenSpeakerSlugs, ...state.speakers.map((speaker) => speaker.slug)])
  const overwrite = new Set(options.overwrite ?? [])
  const planned = new Map<Id, SpeakerPlan>()
  return schedule.persons.map((person, index) => {
    const sourceValues = speakerValuesOf(person)
    let existing = person.key ? byKey.get(person.key) : undefined
    let matchedBy: SpeakerPlan['matchedBy'] = existing ? 'key' : undefined
    if (!existing) {
      // Name and organization; a source without organizations matches a name only when it is unambiguous.
      const candidates = sourceValues.organization
        ? byNameAndOrganization.get(personKey(sourceValues.name, sourceValues.organization))
        : byName.get(normalText(sourceValues.name).toLowerCase())
      if (candidates?.length === 1) [existing, matchedBy] = [candidates[0], 'name']
    }
    if (!existing) {
      const slug = uniqueSlug(slugify(sourceValues.name) || 'speaker', takenSlugs)
      return {
        action: 'create',
        changes: [],
        conflicts: [],
        keysAdded: person.key ? [person.key] : [],
        name: sourceValues.name,
        ref: newRef(index),
        refresh: false,
        slug,
        sourceValues,
        values: sourceValues,
      }
    }
    // Two people of the source can be one speaker (the same person listed twice); plan them once.
    const earlier = planned.get(existing.id)
    if (earlier) {
      if (person.key && !earlier.keysAdded.includes(person.key) && !existing.source.keys.includes(person.key)) {
        earlier.keysAdded.push(person.key)
      }
      return earlier
    }
    const plan = resyncSpeaker(existing, sourceValues, overwrite)
    plan.matchedBy = matchedBy
    if (person.key && !existing.source.keys.includes(person.key)) plan.keysAdded.push(person.key)
    if (plan.action === 'unchanged' && plan.keysAdded.length > 0) plan.action = 'update'
    planned.set(existing.id, plan)
    return plan
  })
}

const speakerFields = Object.keys(speakerFieldLabels) as SpeakerField[]

function resyncSpeaker(existing: ExistingSpeaker, sourceValues: SpeakerValues, overwrite: Set<string>): SpeakerPlan {
  const values: SpeakerValues = { ...existing.values }
  const changes: FieldChange<SpeakerField>[] = []
  const conflicts: Conflict<SpeakerField>[] = []
  const snapshot = existing.source.imported ?? undefined
  for (const field of speakerFields) {
    const current = existing.values[field]
    const incoming = sourceValues[field]
    // A source that says nothing about a field (no bio, no organization) leaves it alone.
    if (sameValue(current, incoming) || sameValue(incoming, '') || sameValue(incoming, [])) continue
    const label = speakerFieldLabels[field]
    const change = { field, from: display(current), label, to: display(incoming) }
    const id = `speaker:${String(existing.id)}:${field}`
    if (existing.reviewed) {
      conflicts.push({ ...change, id, kept: 'editor', reason: 'reviewed' })
      continue
    }
    const editorOwned = snapshot === undefined ? !sameValue(current, '') && !sameValue(current, []) : !sameValue(current, snapshot[field])
    if (editorOwned && (snapshot === undefined || !sameValue(incoming, snapshot[field]))) {
      const takeSource = overwrite.has(id)
      conflicts.push({ ...change, id, kept: takeSource ? 'source' : 'editor', reason: 'edited' })
      if (!takeSource) continue
    } else if (editorOwned) {
      continue
    }
    ;(values as unknown as Record<string, unknown>)[field] = incoming
    changes.push(change)
  }
  return {
    action: changes.length > 0 ? 'update' : 'unchanged',
    changes,
    conflicts,
    existing,
    keysAdded: [],
    name: existing.values.name,
    ref: existing.id,
    refresh: changes.length === 0 && (snapshot === undefined || !sameValue(snapshot, sourceValues)),
    slug: existing.slug,
    sourceValues,
    values,
  }
}

/** A value as the dry run prints it. */
function display(value: unknown): string {
  if (Array.isArray(value)) {
    return value
      .map((entry) =>
        typeof entry === 'object' && entry !== null
          ? 'url' in entry
            ? String((entry as { url: string }).url)
            : 'speaker' in entry
              ? String((entry as { speaker: Id }).speaker)
              : JSON.stringify(entry)
          : String(entry),
      )
      .join(', ')
  }
  const text = typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value)
  return excerpt(text, 160)
}

const sessionFields = Object.keys(sessionFieldLabels) as SessionField[]
const scheduledFields: SessionField[] = ['startsAt', 'endsAt', 'room']

/**
 * The dry run of importing `schedule` into the event of `state`. Applying it writes exactly this plan
 * (`applyImportPlan`); planning again with the same inputs gives the same plan.
 */
export function planImport(schedule: ParsedSchedule, state: ImportState, options: PlanOptions = {}): ImportPlan {
  const warnings: ImportWarning[] = [...schedule.warnings]
  const speakers = planSpeakers(schedule, state, options)
  const overwrite = new Set(options.overwrite ?? [])
  const { timezone } = state.event
  const dayRanges = eventDayRanges(state.event)

  // Speakers by id in the session values, so a speaker named in several sessions is one record.
  const speakerName = new Map<Id, string>()
  for (const plan of speakers) speakerName.set(plan.ref, plan.values.name)
  for (const speaker of state.speakers) speakerName.set(speaker.id, speaker.values.name)
  const describe = (field: SessionField, value: unknown): string => {
    if (field === 'speakers') {
      return (value as SessionValues['speakers'])
        .map((entry) => `${speakerName.get(entry.speaker) ?? `#${String(entry.speaker)}`}${entry.role === 'speaker' ? '' : ` (${entry.role})`}`)
        .join(', ')
    }
    if ((field === 'startsAt' || field === 'endsAt') && typeof value === 'string' && value) {
      const zoned = toZoned(value, timezone)
      return `${zoned.date} ${zoned.time}`
    }
    return display(value)
  }

  const byGuid = new Map<string, ExistingSession>()
  const unsourced: ExistingSession[] = []
  for (const session of state.sessions) {
    if (session.source.guid) byGuid.set(session.source.guid, session)
    else unsourced.push(session)
  }
  // A session an editor entered before the first import is adopted when title and start agree.
  const adoptable = new Map(unsourced.map((session) => [`${normalText(session.values.title).toLowerCase()}|${new Date(session.values.startsAt).toISOString()}`, session]))
  const takenSlugs = new Set(state.sessions.map((session) => session.slug))
  const seen = new Set<string>()
  const plans: SessionPlan[] = []

  for (const parsed of schedule.sessions) {
    if (seen.has(parsed.guid)) {
      throw new ScheduleParseError(parsed.where, `guid ${parsed.guid} is used by another session of the source`)
    }
    seen.add(parsed.guid)
    const desired: SessionValues = {
      abstract: parsed.abstract?.trim() ?? '',
      description: parsed.description?.trim() ?? '',
      endsAt: new Date(parsed.endsAt).toISOString(),
      kind: parsed.kind,
      links: parsed.links,
      room: parsed.room?.trim() ?? '',
      speakers: dedupeSpeakers(parsed.persons.map((entry) => ({ role: entry.role, speaker: speakers[entry.person].ref }))),
      startsAt: new Date(parsed.startsAt).toISOString(),
      title: parsed.title.trim(),
      track: parsed.track?.trim() ?? '',
    }
    if (!onEventDay(desired.startsAt, state.event, dayRanges)) {
      const zoned = toZoned(desired.startsAt, timezone)
      warnings.push({ message: `starts ${zoned.date} ${zoned.time}, outside the event's dates`, where: parsed.where })
    }
    const adoptKey = `${desired.title.toLowerCase()}|${desired.startsAt}`
    const existing = byGuid.get(parsed.guid) ?? adoptable.get(adoptKey)
    if (existing && !existing.source.guid) adoptable.delete(adoptKey)
    if (!existing) {
      plans.push({
        action: 'create',
        changes: [],
        conflicts: [],
        desired,
        guid: parsed.guid,
        moved: false,
        parsed,
        refresh: false,
        slug: uniqueSlug(slugify(desired.title), takenSlugs),
        status: 'scheduled',
        title: desired.title,
        values: desired,
      })
      continue
    }
    const values: SessionValues = { ...existing.values }
    const changes: FieldChange<'status' | SessionField>[] = []
    const conflicts: Conflict<SessionField>[] = []
    const snapshot = existing.source.imported ?? undefined
    for (const field of sessionFields) {
      const current = existing.values[field]
      const incoming = desired[field]
      if (sameValue(current, incoming)) continue
      const change = { field, from: describe(field, current), label: sessionFieldLabels[field], to: describe(field, incoming) }
      // No snapshot: a session an editor entered and this import adopts; what the editor wrote is theirs.
      const editorOwned = snapshot === undefined || !sameValue(current, snapshot[field])
      if (editorOwned && (snapshot === undefined || !sameValue(incoming, snapshot[field]))) {
        const id = `session:${parsed.guid}:${field}`
        const takeSource = overwrite.has(id)
        conflicts.push({ ...change, id, kept: takeSource ? 'source' : 'editor', reason: 'edited' })
        if (!takeSource) continue
      } else if (editorOwned) {
        continue
      }
      ;(values as unknown as Record<string, unknown>)[field] = incoming
      changes.push(change)
    }
    const restored = existing.status === 'cancelled'
    if (restored) changes.push({ field: 'status', from: 'cancelled', label: 'Status', to: 'scheduled' })
    plans.push({
      action: changes.length > 0 ? 'update' : 'unchanged',
      changes,
      conflicts,
      desired,
      existing,
      guid: parsed.guid,
      moved: restored || changes.some((change) => scheduledFields.includes(change.field as SessionField)),
      parsed,
      refresh: changes.length === 0 && (!snapshot || !existing.source.guid || !sameValue(snapshot, desired)),
      status: 'scheduled',
      title: values.title,
      values,
    })
  }

  // Sessions the source no longer has: cancelled while an article features them, else removed.
  for (const session of state.sessions) {
    if (!session.source.guid || seen.has(session.source.guid)) continue
    if (session.featured) {
      if (session.status === 'cancelled') continue
      plans.push({
        action: 'cancel',
        changes: [{ field: 'status', from: 'scheduled', label: 'Status', to: 'cancelled' }],
        conflicts: [],
        existing: session,
        guid: session.source.guid,
        moved: true,
        refresh: false,
        status: 'cancelled',
        title: session.values.title,
      })
    } else {
      plans.push({
        action: 'remove',
        changes: [],
        conflicts: [],
        existing: session,
        guid: session.source.guid,
        moved: false,
        refresh: false,
        status: session.status,
        title: session.values.title,
      })
    }
  }

  warnings.push(...overlapWarnings(plans, timezone))
  return finish(plans, speakers, state, warnings)
}

function dedupeSpeakers(entries: SessionValues['speakers']): SessionValues['speakers'] {
  const seen = new Set<string>()
  return entries.filter((entry) => {
    const key = String(entry.speaker)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Two sessions in one room at the same time: one of them is probably in the wrong room. */
function overlapWarnings(plans: SessionPlan[], timeZone: string): ImportWarning[] {
  const byRoom = new Map<string, SessionPlan[]>()
  for (const plan of plans) {
    if (!plan.values || !plan.values.room || plan.status === 'cancelled') continue
    byRoom.set(plan.values.room, [...(byRoom.get(plan.values.room) ?? []), plan])
  }
  const warnings: ImportWarning[] = []
  for (const [room, sessions] of byRoom) {
    const sorted = [...sessions].sort((a, b) => Date.parse(a.values!.startsAt) - Date.parse(b.values!.startsAt))
    for (let i = 1; i < sorted.length; i += 1) {
      const [before, after] = [sorted[i - 1].values!, sorted[i].values!]
      if (Date.parse(after.startsAt) < Date.parse(before.endsAt)) {
        const zoned = toZoned(after.startsAt, timeZone)
        warnings.push({
          message: `overlaps "${before.title}" in room ${room} (${zoned.date} ${zoned.time})`,
          where: sorted[i].parsed?.where ?? `session "${after.title}"`,
        })
      }
    }
  }
  return warnings
}

function finish(sessions: SessionPlan[], speakers: SpeakerPlan[], state: ImportState, warnings: ImportWarning[]): ImportPlan {
  const uniqueSpeakers = [...new Set(speakers)]
  const known = new Set(state.organizations.map((organization) => organization.slug))
  const organizationsToCreate: string[] = []
  for (const speaker of uniqueSpeakers) {
    const slug = slugify(speaker.values.organization)
    if (!slug || known.has(slug)) continue
    known.add(slug)
    organizationsToCreate.push(speaker.values.organization)
  }
  const count = (action: SessionPlan['action']) => sessions.filter((plan) => plan.action === action).length
  return {
    counts: {
      conflicts:
        sessions.reduce((sum, plan) => sum + plan.conflicts.length, 0) +
        uniqueSpeakers.reduce((sum, plan) => sum + plan.conflicts.length, 0),
      organizationsCreated: organizationsToCreate.length,
      sessionsCancelled: count('cancel'),
      sessionsCreated: count('create'),
      sessionsRemoved: count('remove'),
      sessionsUnchanged: count('unchanged'),
      sessionsUpdated: count('update'),
      speakersCreated: uniqueSpeakers.filter((plan) => plan.action === 'create').length,
      speakersUpdated: uniqueSpeakers.filter((plan) => plan.action === 'update').length,
      warnings: warnings.length,
    },
    organizationsToCreate,
    sessions,
    speakers: uniqueSpeakers,
    warnings,
  }
}
