// One import of a read schedule into an event: plan it (the dry run), or plan and apply it in one
// transaction with its history entry. The REST endpoint, the admin view and the CLI all call this.
import type { CollectionSlug, PayloadRequest, TypedUser } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { SanitizedTalkNotesPluginConfig } from '../types.ts'
import type { Conflict, FieldChange, ImportPlan, SessionPlan, SpeakerPlan } from './plan.ts'
import type { ImportWarning, ParsedSchedule, ScheduleFormat } from './types.ts'

import { announceContentChange } from '../content/contentChanges.ts'
import { toZoned } from '../utilities/zonedTime.ts'
import { applyImportPlan } from './applyImportPlan.ts'
import { loadEvent, loadImportState } from './importState.ts'
import { planImport } from './plan.ts'

type Id = number | string

/** What an import did or would do, as the dry run and the history show it. */
export interface ImportReport {
  applied: boolean
  counts: ImportPlan['counts']
  event: { id: Id; slug: string; title: string }
  format: ScheduleFormat
  /** The history entry of an applied import. */
  importId?: Id
  organizationsToCreate: string[]
  /** Every session that changes, with its changes and conflicts; unchanged ones are only counted. */
  sessions: Array<{
    action: SessionPlan['action']
    changes: FieldChange[]
    conflicts: Conflict[]
    guid: string
    id?: Id
    room?: string
    /** Start on the event's clocks, 'YYYY-MM-DD HH:MM'. */
    start?: string
    title: string
  }>
  source: string
  speakers: Array<{
    action: SpeakerPlan['action']
    changes: FieldChange[]
    conflicts: Conflict[]
    id?: Id
    matchedBy?: SpeakerPlan['matchedBy']
    name: string
  }>
  summary: string
  warnings: ImportWarning[]
}

export interface ImportScheduleArgs {
  dryRun: boolean
  eventId: Id
  /** Conflict ids (from a dry run) where the source's value replaces the editor's. */
  overwrite?: string[]
  schedule: ParsedSchedule
  /** URL or file name, for the history. */
  source: string
  /** The editor running it (recorded in the history). */
  user?: null | TypedUser
}

/** The event does not exist (404). */
export class ImportEventNotFound extends Error {}

export function summarize(counts: ImportPlan['counts']): string {
  const parts = [
    [counts.sessionsCreated, 'created'],
    [counts.sessionsUpdated, 'updated'],
    [counts.sessionsCancelled, 'cancelled'],
    [counts.sessionsRemoved, 'removed'],
  ].filter(([count]) => Number(count) > 0)
  const sessions = parts.length ? `sessions ${parts.map(([count, word]) => `${count} ${word}`).join(', ')}` : 'no session changes'
  const speakers = counts.speakersCreated + counts.speakersUpdated > 0
    ? `; speakers ${counts.speakersCreated} created, ${counts.speakersUpdated} updated`
    : ''
  const conflicts = counts.conflicts ? `; ${counts.conflicts} conflict${counts.conflicts === 1 ? '' : 's'}` : ''
  return `${sessions}${speakers}${conflicts}`
}

function reportOf(plan: ImportPlan, args: ImportScheduleArgs, event: ImportReport['event'], timeZone: string): Omit<ImportReport, 'applied'> {
  const counts = plan.counts
  return {
    counts,
    event,
    format: args.schedule.format,
    organizationsToCreate: plan.organizationsToCreate,
    sessions: plan.sessions
      .filter((session) => session.action !== 'unchanged' || session.conflicts.length > 0)
      .map((session) => {
        const values = session.values ?? session.existing?.values
        const start = values ? toZoned(values.startsAt, timeZone) : undefined
        return {
          action: session.action,
          changes: session.changes,
          conflicts: session.conflicts,
          guid: session.guid,
          id: session.existing?.id,
          room: values?.room || undefined,
          start: start ? `${start.date} ${start.time}` : undefined,
          title: session.title,
        }
      }),
    source: args.source,
    speakers: plan.speakers
      .filter((speaker) => speaker.action !== 'unchanged' || speaker.conflicts.length > 0)
      .map((speaker) => ({
        action: speaker.action,
        changes: speaker.changes,
        conflicts: speaker.conflicts,
        id: speaker.existing?.id,
        matchedBy: speaker.matchedBy,
        name: speaker.name,
      })),
    summary: summarize(counts),
    warnings: plan.warnings,
  }
}

/**
 * Plans the import of `schedule` into the event and, unless `dryRun`, applies it: all of it in one
 * transaction (the request's, or one of its own), or nothing.
 */
export async function importSchedule(
  req: PayloadRequest,
  options: SanitizedTalkNotesPluginConfig,
  args: ImportScheduleArgs,
): Promise<ImportReport> {
  const shouldCommit = args.dryRun ? false : await initTransaction(req)
  try {
    const event = await loadEvent(req, options, args.eventId)
    if (!event) throw new ImportEventNotFound(`event ${String(args.eventId)} does not exist`)
    const state = await loadImportState(req, options, event, args.schedule)
    const plan = planImport(args.schedule, state, { overwrite: args.overwrite })
    const report = reportOf(plan, args, { id: event.id, slug: state.event.slug, title: state.event.title }, state.event.timezone)
    if (args.dryRun) return { ...report, applied: false }

    await applyImportPlan(req, options, state, plan)
    const changed = plan.sessions.some((session) => session.action !== 'unchanged') ||
      plan.speakers.some((speaker) => speaker.action !== 'unchanged')
    const history = await req.payload.create({
      collection: options.slugs.scheduleImports as CollectionSlug,
      data: {
        changes: { sessions: report.sessions, speakers: report.speakers, warnings: report.warnings },
        counts: {
          conflicts: plan.counts.conflicts,
          sessionsCancelled: plan.counts.sessionsCancelled,
          sessionsCreated: plan.counts.sessionsCreated,
          sessionsRemoved: plan.counts.sessionsRemoved,
          sessionsUpdated: plan.counts.sessionsUpdated,
          speakersCreated: plan.counts.speakersCreated,
          speakersUpdated: plan.counts.speakersUpdated,
          warnings: plan.counts.warnings,
        },
        event: event.id,
        format: args.schedule.format,
        source: args.source,
        summary: report.summary,
        user: args.user && args.user.collection === options.slugs.users ? args.user.id : undefined,
      } as never,
      depth: 0,
      req,
    })
    // The event remembers its source (a re-sync reads it again); an unchanged agenda keeps its
    // version (the newest updatedAt), so schedule apps are not told to reload for nothing.
    if (changed) {
      await req.payload.update({
        collection: options.slugs.events as CollectionSlug,
        data: {
          scheduleSource: {
            format: args.schedule.format,
            importedAt: new Date().toISOString(),
            url: /^https?:\/\//.test(args.source) ? args.source : undefined,
            version: args.schedule.conference.version,
          },
        } as never,
        depth: 0,
        id: event.id,
        req,
      })
      await announceContentChange(req)
    }
    if (shouldCommit) await commitTransaction(req)
    return { ...report, applied: true, importId: (history as { id: Id }).id }
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}
