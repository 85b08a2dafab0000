// From what an editor gives (a file's text or a URL) to an ImportReport: fetch, read the format,
// check every session and person before anything is written, then plan or apply. Every refusal is a
// 400 that names the row or element and the rule, never a database message.
import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { SanitizedTalkNotesPluginConfig } from '../types.ts'
import type { ParsedSchedule, ScheduleFormat } from './types.ts'

import { sessionKinds } from '../types.ts'
import { ruleError } from '../utilities/ruleError.ts'
import { isHttpUrl } from '../utilities/validators.ts'
import { fetchSchedule, ScheduleFetchError } from './fetchSchedule.ts'
import { parseSchedule } from './formats/index.ts'
import { ImportEventNotFound, type ImportReport, importSchedule } from './importSchedule.ts'
import { ScheduleParseError } from './types.ts'

export interface ImportInput {
  /** The schedule's text (a file's content). */
  content?: string
  dryRun: boolean
  /** For the history, when the text came from a file. */
  fileName?: string
  /** Detected from the content when absent. */
  format?: ScheduleFormat
  overwrite?: string[]
  url?: string
}

/** A 400 naming the field (a 404 for a missing event), in Payload's ValidationError shape. */
const refusalOf = (eventsSlug: string) => (message: string, path: string, status = 400) =>
  status === 400 ? ruleError(eventsSlug, [{ message, path }]) : new APIError(message, status, null, true)

// C0 controls other than tab and line breaks, and DEL: PostgreSQL text cannot hold NUL, and none
// belongs in a title or a name.
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/
const textLimit = 1000

/** The first rule a read schedule breaks, as '<where>: <rule>', or null. */
export function checkSchedule(schedule: ParsedSchedule): null | string {
  // Never a re-sync that removes a whole agenda because a file of another layout read as empty.
  if (schedule.sessions.length === 0) {
    const why = schedule.warnings[0] ? ` (${schedule.warnings[0].where}: ${schedule.warnings[0].message})` : ''
    return `the ${schedule.format} schedule holds no scheduled session${why}; a file of another layout (such as c3voc's schedule2) is not read`
  }
  for (const session of schedule.sessions) {
    const problem = (rule: string) => `${session.where}: ${rule}`
    if (!session.title.trim()) return problem('the title is empty')
    for (const [name, value] of Object.entries({ room: session.room, title: session.title, track: session.track })) {
      if (value && controlCharacter.test(value)) return problem(`the ${name} holds a control character`)
      if (value && value.length > textLimit) return problem(`the ${name} is longer than ${textLimit} characters`)
    }
    if (!(sessionKinds as readonly string[]).includes(session.kind)) return problem(`kind "${session.kind}" is not one of ${sessionKinds.join(', ')}`)
    const [start, end] = [Date.parse(session.startsAt), Date.parse(session.endsAt)]
    if (Number.isNaN(start)) return problem(`start "${session.startsAt}" is not a date and time`)
    if (Number.isNaN(end) || end <= start) return problem('it must end after it starts')
    for (const link of session.links) if (!isHttpUrl(link.url)) return problem(`link "${link.url}" is not an http(s) URL`)
    for (const text of [session.abstract, session.description]) {
      if (text && text.includes('\u0000')) return problem('the text holds a NUL character')
    }
    for (const { person } of session.persons) {
      if (!schedule.persons[person]) return problem(`person ${person} is not in the schedule's list of people`)
    }
  }
  for (const person of schedule.persons) {
    const where = `person "${person.name}"`
    if (!person.name.trim()) return `a person without a name${person.key ? ` (${person.key})` : ''}`
    for (const value of [person.name, person.organization, person.jobTitle]) {
      if (value && controlCharacter.test(value)) return `${where}: the name or organization holds a control character`
      if (value && value.length > textLimit) return `${where}: a name or organization is longer than ${textLimit} characters`
    }
    for (const link of person.links) if (!isHttpUrl(link.url)) return `${where}: link "${link.url}" is not an http(s) URL`
  }
  return null
}

/** Reads, checks and imports (or dry-runs) a schedule into event `eventId` on behalf of `req.user`. */
export async function runImport(
  req: PayloadRequest,
  options: SanitizedTalkNotesPluginConfig,
  eventId: number | string,
  input: ImportInput,
): Promise<ImportReport> {
  const refusal = refusalOf(options.slugs.events)
  const sourceField = input.url ? 'url' : 'file'
  let content = input.content
  if (input.url) {
    try {
      content = await fetchSchedule(input.url, options.scheduleImport)
    } catch (error) {
      if (error instanceof ScheduleFetchError) throw refusal(`url ${error.message}`, 'url')
      throw error
    }
  }
  if (content === undefined || content.trim() === '') throw refusal('the schedule is empty', sourceField)
  if (Buffer.byteLength(content) > options.scheduleImport.maxBytes) {
    throw refusal(`the schedule is larger than ${options.scheduleImport.maxBytes} bytes`, sourceField)
  }

  const timeZone = await eventTimeZone(req, options, eventId)
  let schedule: ParsedSchedule
  try {
    schedule = parseSchedule(content, { format: input.format, timeZone })
  } catch (error) {
    if (error instanceof ScheduleParseError) throw refusal(error.message, sourceField)
    throw error
  }
  const problem = checkSchedule(schedule)
  if (problem) throw refusal(problem, sourceField)
  try {
    return await importSchedule(req, options, {
      dryRun: input.dryRun,
      eventId,
      overwrite: input.overwrite,
      schedule,
      source: input.url ?? input.fileName ?? 'uploaded file',
      user: req.user,
    })
  } catch (error) {
    if (error instanceof ImportEventNotFound) throw refusal(error.message, 'id', 404)
    if (error instanceof ScheduleParseError) throw refusal(error.message, sourceField)
    throw error
  }
}

async function eventTimeZone(req: PayloadRequest, options: SanitizedTalkNotesPluginConfig, eventId: number | string): Promise<string> {
  const event = (await req.payload.findByID({
    collection: options.slugs.events as never,
    depth: 0,
    disableErrors: true,
    id: eventId,
    req,
    select: { timezone: true } as never,
  })) as { timezone?: string } | null
  if (!event) throw refusalOf(options.slugs.events)(`event ${String(eventId)} does not exist`, 'id', 404)
  return event.timezone ?? 'UTC'
}
