// Reads what an import compares against, in a handful of queries whatever the schedule's size: the
// event, its sessions, the speakers the source's people could be, and the organizations named.
import type { CollectionSlug, PayloadRequest } from 'payload'

import type { SanitizedTalkNotesPluginConfig, SessionKind, SessionLinkKind, SessionStatus } from '../types.ts'
import type { ExistingSession, ExistingSpeaker, ImportState, SessionValues, SpeakerValues } from './plan.ts'
import type { ParsedSchedule, ParticipantRole } from './types.ts'

import { plainTextFromLexical } from '../formats/text.ts'
import { slugify } from '../utilities/slugify.ts'
import { createBulkWriter } from './bulkWrite.ts'

type Id = number | string

interface EventDoc {
  dates?: Array<{ end: string; start: string }>
  dayChange?: null | string
  id: Id
  slug?: null | string
  timezone?: null | string
  title?: null | string
}

interface SessionDoc {
  abstract?: unknown
  description?: unknown
  endsAt: string
  id: Id
  kind: SessionKind
  links?: Array<{ kind: SessionLinkKind; title?: null | string; url: string }> | null
  room?: null | string
  sequence?: null | number
  slug?: null | string
  source?: { guid?: null | string; imported?: unknown } | null
  speakers?: Array<{ role: ParticipantRole; speaker: Id | { id: Id } }> | null
  startsAt: string
  status?: null | SessionStatus
  title: string
  track?: null | string
}

interface SpeakerDoc {
  account?: { docs?: unknown[] } | null
  fullBio?: null | string
  id: Id
  jobTitle?: null | string
  links?: Array<{ label: string; url: string }> | null
  name: string
  organization?: Id | null | { id: Id }
  reviewState?: null | string
  shortBio?: null | string
  slug?: null | string
  source?: { imported?: unknown; keys?: unknown } | null
}

const idOf = (value: Id | { id: Id }) => (typeof value === 'object' ? value.id : value)
const richText = (value: unknown) => plainTextFromLexical(value as Parameters<typeof plainTextFromLexical>[0])

export function sessionValuesOf(doc: SessionDoc): SessionValues {
  return {
    abstract: richText(doc.abstract),
    description: richText(doc.description),
    endsAt: new Date(doc.endsAt).toISOString(),
    kind: doc.kind,
    links: (doc.links ?? []).map((link) => ({ kind: link.kind, title: link.title ?? undefined, url: link.url })),
    room: doc.room ?? '',
    speakers: (doc.speakers ?? []).map((entry) => ({ role: entry.role, speaker: idOf(entry.speaker) })),
    startsAt: new Date(doc.startsAt).toISOString(),
    title: doc.title,
    track: doc.track ?? '',
  }
}

export async function loadEvent(req: PayloadRequest, options: SanitizedTalkNotesPluginConfig, eventId: Id): Promise<EventDoc | null> {
  return (await req.payload.findByID({
    collection: options.slugs.events as CollectionSlug,
    depth: 0,
    disableErrors: true,
    id: eventId,
    req,
    select: { dates: true, dayChange: true, slug: true, timezone: true, title: true },
  })) as unknown as EventDoc | null
}

export async function loadImportState(
  req: PayloadRequest,
  options: SanitizedTalkNotesPluginConfig,
  event: EventDoc,
  schedule: ParsedSchedule,
): Promise<ImportState> {
  const { payload } = req
  const { slugs } = options
  const sessions = await loadSessions(req, options, event.id)

  // Drafts count: an article being written about a session keeps it from being removed.
  const featured = new Set<string>()
  if (sessions.length > 0) {
    const articles = await payload.find({
      collection: slugs.articles as CollectionSlug,
      depth: 0,
      draft: true,
      pagination: false,
      req,
      select: { featuredSessions: true },
      where: { featuredSessions: { in: sessions.map((session) => session.id) } },
    })
    for (const article of articles.docs as unknown as Array<{ featuredSessions?: Array<Id | { id: Id }> | null }>) {
      for (const session of article.featuredSessions ?? []) featured.add(String(idOf(session)))
    }
  }

  const speakers = await loadCandidateSpeakers(req, options, schedule)
  const organizationIds = [...new Set(speakers.map((speaker) => speaker.organization).filter(Boolean).map((value) => idOf(value as Id)))]
  const sourceOrganizationSlugs = [...new Set(schedule.persons.map((person) => slugify(person.organization ?? '')).filter(Boolean))]
  const organizations =
    organizationIds.length + sourceOrganizationSlugs.length === 0
      ? []
      : ((
          await payload.find({
            collection: slugs.organizations as CollectionSlug,
            depth: 0,
            pagination: false,
            req,
            select: { name: true, slug: true },
            where: { or: [{ id: { in: organizationIds } }, { slug: { in: sourceOrganizationSlugs } }] },
          })
        ).docs as unknown as Array<{ id: Id; name: string; slug: string }>)
  const organizationName = new Map(organizations.map((organization) => [String(organization.id), organization.name]))
  const takenSpeakerSlugs = await loadTakenSpeakerSlugs(req, options, schedule)

  return {
    event: {
      dates: event.dates ?? [],
      dayChange: event.dayChange ?? '00:00',
      id: event.id,
      slug: event.slug ?? '',
      timezone: event.timezone ?? 'UTC',
      title: event.title ?? '',
    },
    organizations,
    sessions: sessions.map(
      (doc): ExistingSession => ({
        featured: featured.has(String(doc.id)),
        id: doc.id,
        sequence: Number(doc.sequence ?? 0),
        slug: doc.slug ?? '',
        source: {
          guid: doc.source?.guid ?? null,
          imported: (doc.source?.imported as ExistingSession['source']['imported']) ?? null,
        },
        status: doc.status ?? 'scheduled',
        values: sessionValuesOf(doc),
      }),
    ),
    speakers: speakers.map(
      (doc): ExistingSpeaker => ({
        id: doc.id,
        reviewed: (doc.reviewState ?? 'unreviewed') !== 'unreviewed' || (doc.account?.docs?.length ?? 0) > 0,
        slug: doc.slug ?? '',
        source: {
          imported: (doc.source?.imported as Partial<SpeakerValues> | null) ?? null,
          keys: Array.isArray(doc.source?.keys) ? (doc.source.keys as unknown[]).map(String) : [],
        },
        values: {
          fullBio: doc.fullBio ?? '',
          jobTitle: doc.jobTitle ?? '',
          links: (doc.links ?? []).map((link) => ({ label: link.label, url: link.url })),
          name: doc.name,
          organization: doc.organization ? (organizationName.get(String(idOf(doc.organization))) ?? '') : '',
          shortBio: doc.shortBio ?? '',
        },
      }),
    ),
    takenSpeakerSlugs,
  }
}

/**
 * The event's sessions with their speakers and links, in one statement: an import compares every
 * session of the event, and Payload's own read of a thousand documents costs several times the import's
 * writes. Columns and tables come from the adapter's drizzle schema, so custom slugs work.
 */
async function loadSessions(req: PayloadRequest, options: SanitizedTalkNotesPluginConfig, eventId: Id): Promise<SessionDoc[]> {
  const writer = await createBulkWriter(req)
  const { sql } = writer.drizzle
  const { name, table: talks } = writer.tableOf(options.slugs.talks)
  const speakers = writer.table(`${name}_speakers`)
  const links = writer.table(`${name}_links`)
  const col = writer.column
  const fields = ['title', 'slug', 'kind', 'startsAt', 'endsAt', 'track', 'room', 'abstract', 'description', 'sequence', 'status']
  const { rows } = await writer.db.execute(sql`
    select ${col(talks, 'id')} as "id", ${sql.join(
      fields.map((key) => sql`${col(talks, key)} as ${sql.identifier(key)}`),
      sql`, `,
    )},
      json_build_object('guid', ${col(talks, 'source_guid')}, 'imported', ${col(talks, 'source_imported')}) as "source",
      coalesce((select json_agg(json_build_object('role', ${col(speakers, 'role')}, 'speaker', ${col(speakers, 'speaker')})
        order by ${col(speakers, '_order')}) from ${speakers as never} where ${col(speakers, '_parentID')} = ${col(talks, 'id')}), '[]'::json) as "speakers",
      coalesce((select json_agg(json_build_object('kind', ${col(links, 'kind')}, 'title', ${col(links, 'title')}, 'url', ${col(links, 'url')})
        order by ${col(links, '_order')}) from ${links as never} where ${col(links, '_parentID')} = ${col(talks, 'id')}), '[]'::json) as "links"
    from ${talks as never} where ${col(talks, 'event')} = ${eventId}`)
  return rows as unknown as SessionDoc[]
}

/** Speakers with one of the source's keys, or with the name of one of its people (case-insensitive). */
async function loadCandidateSpeakers(
  req: PayloadRequest,
  options: SanitizedTalkNotesPluginConfig,
  schedule: ParsedSchedule,
): Promise<SpeakerDoc[]> {
  const keys = [...new Set(schedule.persons.flatMap((person) => (person.key ? [person.key] : [])))]
  const names = [...new Set(schedule.persons.map((person) => person.name.replace(/\s+/g, ' ').trim().toLowerCase()))]
  if (keys.length + names.length === 0) return []
  const writer = await createBulkWriter(req)
  const { sql } = writer.drizzle
  const { table } = writer.tableOf(options.slugs.speakers)
  const column = (key: string) => writer.column(table, key)
  const list = (values: string[]) => sql.join(values.map((value) => sql`${value}`), sql`, `)
  const conditions = [
    ...(keys.length ? [sql`${column('source_keys')} ?| array[${list(keys)}]::text[]`] : []),
    ...(names.length ? [sql`lower(regexp_replace(${column('name')}, '\\s+', ' ', 'g')) in (${list(names)})`] : []),
  ]
  // One statement with their links and whether an account is linked, as loadSessions does for sessions.
  const { name } = writer.tableOf(options.slugs.speakers)
  const links = writer.table(`${name}_links`)
  const { table: users } = writer.tableOf(options.slugs.users)
  const of = writer.column
  const { rows } = await writer.db.execute(sql`
    select ${column('id')} as "id", ${column('name')} as "name", ${column('slug')} as "slug", ${column('jobTitle')} as "jobTitle",
      ${column('organization')} as "organization", ${column('reviewState')} as "reviewState", ${column('shortBio')} as "shortBio",
      ${column('fullBio')} as "fullBio",
      json_build_object('keys', ${column('source_keys')}, 'imported', ${column('source_imported')}) as "source",
      coalesce((select json_agg(json_build_object('label', ${of(links, 'label')}, 'url', ${of(links, 'url')}) order by ${of(links, '_order')})
        from ${links as never} where ${of(links, '_parentID')} = ${column('id')}), '[]'::json) as "links",
      exists (select 1 from ${users as never} where ${of(users, 'speaker')} = ${column('id')}) as "hasAccount"
    from ${table as never} where ${sql.join(conditions, sql` or `)}`)
  return rows.map((row) => ({ ...(row as unknown as SpeakerDoc), account: { docs: row.hasAccount ? [true] : [] } }))
}

/** Speaker slugs a new speaker of this import could collide with ('ada-lovelace', 'ada-lovelace-2'…). */
async function loadTakenSpeakerSlugs(
  req: PayloadRequest,
  options: SanitizedTalkNotesPluginConfig,
  schedule: ParsedSchedule,
): Promise<string[]> {
  const bases = [...new Set(schedule.persons.map((person) => slugify(person.name) || 'speaker'))]
  if (bases.length === 0) return []
  const writer = await createBulkWriter(req)
  const { sql } = writer.drizzle
  const { table } = writer.tableOf(options.slugs.speakers)
  const slug = table.slug as never
  const { rows } = await writer.db.execute(
    sql`select ${slug} as slug from ${table as never} where regexp_replace(${slug}, '-[0-9]+$', '') in (${sql.join(bases.map((base) => sql`${base}`), sql`, `)})`,
  )
  return rows.map((row) => String(row.slug))
}
