// Writes a planned import: a constant number of statements per table (set-at-a-time INSERT, UPDATE
// and DELETE), inside the request's transaction, so a 1,000-session agenda costs what a 10-session one
// does in round trips, and a failure leaves nothing behind.
import type { PayloadRequest } from 'payload'

import { randomBytes } from 'node:crypto'

import type { SanitizedTalkNotesPluginConfig } from '../types.ts'
import type { ImportPlan, ImportState, SessionPlan, SessionValues, SpeakerPlan } from './plan.ts'

import { paragraphsToLexical } from '../utilities/lexical.ts'
import { slugify } from '../utilities/slugify.ts'
import { createBulkWriter } from './bulkWrite.ts'

type Id = number | string

/** Array rows get ids like Payload's own (24 hex digits). */
const rowId = () => randomBytes(12).toString('hex')

const richTextOf = (text: string) => {
  const paragraphs = text.split(/\n\s*\n/).map((paragraph) => paragraph.replace(/\s+/g, ' ').trim()).filter(Boolean)
  return paragraphs.length > 0 ? paragraphsToLexical(paragraphs) : null
}

const orNull = (text: string) => (text === '' ? null : text)

export interface AppliedImport {
  /** Ids of the sessions created, updated, cancelled or removed. */
  changedSessions: Id[]
  sessionIds: Map<string, Id>
  speakerIds: Map<Id, Id>
}

export async function applyImportPlan(
  req: PayloadRequest,
  options: SanitizedTalkNotesPluginConfig,
  state: ImportState,
  plan: ImportPlan,
): Promise<AppliedImport> {
  const writer = await createBulkWriter(req)
  const now = new Date().toISOString()
  const speakersTable = writer.tableOf(options.slugs.speakers)
  const talksTable = writer.tableOf(options.slugs.talks)
  const organizationsTable = writer.tableOf(options.slugs.organizations)

  // Organizations, one record per slug ("Meta" and "META" are one).
  const organizationIds = new Map(state.organizations.map((organization) => [organization.slug, organization.id]))
  const createdOrganizations = await writer.insert(
    organizationsTable.table,
    plan.organizationsToCreate.map((name) => ({ name, slug: slugify(name) })),
    ['id', 'slug'],
  )
  for (const row of createdOrganizations) organizationIds.set(String(row.slug), row.id as Id)
  const organizationOf = (name: string) => (slugify(name) ? (organizationIds.get(slugify(name)) ?? null) : null)

  // Speakers: new ones, then the changed ones in one UPDATE.
  const speakerIds = new Map<Id, Id>()
  for (const speaker of state.speakers) speakerIds.set(speaker.id, speaker.id)
  const created = plan.speakers.filter((speaker) => speaker.action === 'create')
  const speakerColumns = (speaker: SpeakerPlan) => ({
    fullBio: orNull(speaker.values.fullBio),
    jobTitle: orNull(speaker.values.jobTitle),
    name: speaker.values.name,
    organization: organizationOf(speaker.values.organization),
    shortBio: orNull(speaker.values.shortBio),
    source_imported: speaker.sourceValues,
    source_importedAt: now,
    source_keys: [...(speaker.existing?.source.keys ?? []), ...speaker.keysAdded],
  })
  const insertedSpeakers = await writer.insert(
    speakersTable.table,
    created.map((speaker) => ({ ...speakerColumns(speaker), reviewState: 'unreviewed', slug: speaker.slug })),
    ['id', 'slug'],
  )
  const bySlug = new Map(insertedSpeakers.map((row) => [String(row.slug), row.id as Id]))
  for (const speaker of created) speakerIds.set(speaker.ref, bySlug.get(speaker.slug) as Id)
  const changedSpeakers = plan.speakers.filter((speaker) => speaker.action === 'update' || speaker.refresh)
  await writer.update(
    speakersTable.table,
    changedSpeakers.map((speaker) => ({
      id: speaker.ref,
      ...speakerColumns(speaker),
      'set:updatedAt': speaker.changes.length > 0,
      updatedAt: now,
    })),
    { keepUnless: ['updatedAt'] },
  )
  const relinked = changedSpeakers.filter((speaker) => speaker.changes.some((change) => change.field === 'links'))
  const speakerLinks = writer.table(`${speakersTable.name}_links`)
  await writer.deleteWhereIn(speakerLinks, '_parentID', relinked.map((speaker) => speaker.ref))
  await writer.insert(
    speakerLinks,
    [...created, ...relinked].flatMap((speaker) =>
      speaker.values.links.map((link, order) => ({
        _order: order + 1,
        _parentID: speakerIds.get(speaker.ref),
        id: rowId(),
        label: link.label,
        url: link.url,
      })),
    ),
  )

  // Sessions.
  const withIds = (values: SessionValues): SessionValues => ({
    ...values,
    speakers: values.speakers.map((entry) => ({ role: entry.role, speaker: speakerIds.get(entry.speaker) ?? entry.speaker })),
  })
  const snapshotOf = (session: SessionPlan) =>
    session.desired ? withIds(session.desired) : (session.existing?.source.imported ?? null)
  const sourceColumns = (session: SessionPlan) => ({
    source_code: session.parsed?.sourceId ?? null,
    source_guid: session.guid,
    source_imported: snapshotOf(session),
    source_importedAt: now,
    source_url: session.parsed?.url ?? null,
  })
  const creates = plan.sessions.filter((session) => session.action === 'create')
  const insertedSessions = await writer.insert(
    talksTable.table,
    creates.map((session) => {
      const values = session.values as SessionValues
      return {
        abstract: richTextOf(values.abstract),
        description: richTextOf(values.description),
        endsAt: values.endsAt,
        event: state.event.id,
        kind: values.kind,
        room: orNull(values.room),
        sequence: 0,
        slug: session.slug,
        startsAt: values.startsAt,
        status: 'scheduled',
        title: values.title,
        track: orNull(values.track),
        ...sourceColumns(session),
      }
    }),
    ['id', 'source_guid'],
  )
  const sessionIds = new Map<string, Id>(insertedSessions.map((row) => [String(row.source_guid), row.id as Id]))

  const updates = plan.sessions.filter(
    (session) => session.action === 'update' || session.action === 'cancel' || session.refresh,
  )
  await writer.update(
    talksTable.table,
    updates.map((session) => {
      const existing = session.existing!
      const values = session.values ?? existing.values
      const changed = new Set(session.changes.map((change) => change.field))
      sessionIds.set(session.guid, existing.id)
      return {
        abstract: richTextOf(values.abstract),
        description: richTextOf(values.description),
        endsAt: values.endsAt,
        id: existing.id,
        kind: values.kind,
        room: orNull(values.room),
        sequence: existing.sequence + (session.moved ? 1 : 0),
        'set:abstract': changed.has('abstract'),
        'set:description': changed.has('description'),
        'set:updatedAt': session.changes.length > 0,
        startsAt: values.startsAt,
        status: session.status,
        title: values.title,
        track: orNull(values.track),
        updatedAt: now,
        ...sourceColumns(session),
      }
    }),
    { keepUnless: ['abstract', 'description', 'updatedAt'] },
  )
  for (const session of plan.sessions) if (session.existing) sessionIds.set(session.guid, session.existing.id)

  // Speakers and links of sessions: rewritten only where they changed.
  const rewrite = (field: 'links' | 'speakers') =>
    updates.filter((session) => session.changes.some((change) => change.field === field))
  const talkSpeakers = writer.table(`${talksTable.name}_speakers`)
  const talkLinks = writer.table(`${talksTable.name}_links`)
  const respoken = rewrite('speakers')
  const relinkedSessions = rewrite('links')
  await writer.deleteWhereIn(talkSpeakers, '_parentID', respoken.map((session) => session.existing!.id))
  await writer.deleteWhereIn(talkLinks, '_parentID', relinkedSessions.map((session) => session.existing!.id))
  await writer.insert(
    talkSpeakers,
    [...creates, ...respoken].flatMap((session) =>
      withIds(session.values as SessionValues).speakers.map((entry, order) => ({
        _order: order + 1,
        _parentID: sessionIds.get(session.guid),
        id: rowId(),
        role: entry.role,
        speaker: entry.speaker,
      })),
    ),
  )
  await writer.insert(
    talkLinks,
    [...creates, ...relinkedSessions].flatMap((session) =>
      (session.values as SessionValues).links.map((link, order) => ({
        _order: order + 1,
        _parentID: sessionIds.get(session.guid),
        id: rowId(),
        kind: link.kind,
        title: link.title ?? null,
        url: link.url,
      })),
    ),
  )

  const removed = plan.sessions.filter((session) => session.action === 'remove').map((session) => session.existing!.id)
  await writer.deleteWhereIn(talksTable.table, 'id', removed)

  return {
    changedSessions: plan.sessions
      .filter((session) => session.action !== 'unchanged')
      .map((session) => sessionIds.get(session.guid) ?? session.existing?.id)
      .filter((id): id is Id => id !== undefined),
    sessionIds,
    speakerIds,
  }
}
