// Sessionize's "All Data" export (API v2 `view/All`: sessions, speakers, rooms, categories, questions)
// into ParsedSchedule. Times there are wall-clock times of the event's zone, without an offset.
import type { ImportWarning, ParsedPerson, ParsedSchedule, ParsedSession, ParseOptions } from '../types.ts'

import { ScheduleParseError } from '../types.ts'
import { assignDefined, instantWithOffset, isIsoDate, jsonArray, jsonObject, nonEmpty, parseClock, PersonRegistry, toPlainText, wallClockToUtc } from './common.ts'
import { kindFromTitle, kindFromType, unknownTypeMessage } from './kinds.ts'
import { pushLink, readLink } from './links.ts'

type Json = Record<string, unknown>

const wallClock = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?$/

function instantOf(value: unknown, field: string, where: string, timeZone: string, warnings: ImportWarning[]): string {
  const text = nonEmpty(value)
  if (!text) throw new ScheduleParseError(where, `has no ${field}`)
  const withOffset = instantWithOffset(text)
  if (withOffset) return withOffset
  const match = wallClock.exec(text)
  if (!match || !isIsoDate(match[1]) || parseClock(match[2]) === undefined) {
    throw new ScheduleParseError(where, `${field} "${text}" is not a date and time`)
  }
  return wallClockToUtc(match[1], parseClock(match[2]) as number, timeZone, where, warnings)
}

/** 'Staff Engineer at Meta' → job title and organization; anything else is a job title. */
// Words that make one side of "A, B" the job title rather than the organization.
const roleWords =
  /\b(?:engineer|developer|programmer|manager|director|designer|lead|head|chief|officer|[a-z]?ceo|cto|cfo|coo|cio|cpo|vp|president|founder|co-founder|architect|scientist|researcher|analyst|consultant|evangelist|advocate|specialist|student|professor|lecturer|intern|owner|partner|editor|writer|author|maintainer|contributor|sre|administrator|expert|mvp|gde|principal|fellow)s?\b|エンジニア|デザイナー|マネージャー|開発者|研究者/i

/**
 * Job title and organization from a tag line: "Title at Org", "Title @ Org", and "A, B" in either order
 * (the side that names a role is the title: "Software Engineer, Meta", "Google, Developer Programs Engineer").
 * When neither side of the comma names a role, the whole tag line is the job title: no organization is guessed.
 */
function splitTagLine(tagLine: string | undefined): { jobTitle?: string; organization?: string } {
  if (!tagLine) return {}
  const at = /^(.+?)\s+(?:at|@)\s+(.+)$/i.exec(tagLine)
  if (at) return { jobTitle: at[1].trim(), organization: at[2].trim() }
  const comma = /^(.+?),\s+(.+)$/.exec(tagLine)
  if (!comma) return { jobTitle: tagLine }
  const [first, second] = [comma[1].trim(), comma[2].trim()]
  const [firstIsRole, secondIsRole] = [roleWords.test(first), roleWords.test(second)]
  if (firstIsRole) return { jobTitle: first, organization: second }
  if (secondIsRole) return { jobTitle: second, organization: first }
  return { jobTitle: tagLine }
}

export function parseSessionize(content: string, options: ParseOptions): ParsedSchedule {
  let document: unknown
  try {
    document = JSON.parse(content.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new ScheduleParseError('JSON document', `is not valid JSON (${(error as Error).message})`)
  }
  const root = jsonObject(document)
  if (!root || !Array.isArray(root.sessions) || !Array.isArray(root.speakers)) {
    throw new ScheduleParseError('JSON document', 'has no sessions and speakers lists (Sessionize "All Data" export)')
  }
  const warnings: ImportWarning[] = []
  const rooms = new Map<string, string>()
  for (const room of jsonArray(root.rooms)) {
    const entry = jsonObject(room)
    const id = nonEmpty(entry?.id)
    const name = nonEmpty(entry?.name)
    if (id && name) rooms.set(id, name)
  }
  // Category items by id, with the category's title: "Session format" and "Track" are the usual ones.
  const items = new Map<string, { category: string; name: string }>()
  for (const category of jsonArray(root.categories)) {
    const entry = jsonObject(category)
    const title = (nonEmpty(entry?.title) ?? '').toLowerCase()
    for (const item of jsonArray(entry?.items ?? entry?.categoryItems)) {
      const id = nonEmpty(jsonObject(item)?.id)
      const name = nonEmpty(jsonObject(item)?.name)
      if (id && name) items.set(id, { category: title, name })
    }
  }
  const persons = new PersonRegistry()
  const speakerIndex = new Map<string, number>()
  for (const value of jsonArray(root.speakers)) {
    const speaker = jsonObject(value) as Json | undefined
    const id = nonEmpty(speaker?.id)
    const name = nonEmpty(speaker?.fullName) ?? [nonEmpty(speaker?.firstName), nonEmpty(speaker?.lastName)].filter(Boolean).join(' ')
    if (!speaker || !id || !name) continue
    const where = `speaker "${name}"`
    const links = jsonArray(speaker.links).flatMap((link) => {
      const entry = jsonObject(link)
      const parsed = readLink({ title: nonEmpty(entry?.title), url: nonEmpty(entry?.url) }, where, warnings)
      return parsed ? [parsed] : []
    })
    const person: ParsedPerson = { key: `sessionize:${id}`, links, name }
    speakerIndex.set(id, persons.add(assignDefined(person, { biography: toPlainText(speaker.bio), ...splitTagLine(nonEmpty(speaker.tagLine)) })))
  }
  const sessions: ParsedSession[] = []
  const days = new Set<string>()
  for (const value of jsonArray(root.sessions)) {
    const session = jsonObject(value)
    const id = nonEmpty(session?.id)
    const title = nonEmpty(session?.title)
    const where = `session${id ? ` ${id}` : ''}${title ? ` "${title}"` : ''}`
    if (!session) throw new ScheduleParseError(where, 'is not an object')
    if (!title) throw new ScheduleParseError(where, 'has no title')
    // Unscheduled sessions (accepted, no slot yet) are not on the agenda.
    if (!nonEmpty(session.startsAt)) {
      warnings.push({ message: 'has no time slot yet; left out', where })
      continue
    }
    const startsAt = instantOf(session.startsAt, 'startsAt', where, options.timeZone, warnings)
    const endsAt = instantOf(session.endsAt, 'endsAt', where, options.timeZone, warnings)
    days.add(String(session.startsAt).slice(0, 10))
    const categories = jsonArray(session.categoryItems).flatMap((item) => {
      const found = items.get(String(typeof item === 'object' ? jsonObject(item)?.id : item))
      return found ? [found] : []
    })
    const type = categories.find((item) => /format|type/.test(item.category))?.name
    const track = categories.find((item) => /track|topic/.test(item.category))?.name
    let { kind, unknownType } = kindFromType(type, title)
    if (!type && session.isServiceSession === true) kind = kindFromTitle(title) ?? 'break'
    if (unknownType !== undefined) warnings.push({ message: unknownTypeMessage(unknownType), where })
    const links: ParsedSession['links'] = []
    const recording = nonEmpty(session.recordingUrl)
    if (recording) pushLink(links, readLink({ kind: 'recording', url: recording }, where, warnings))
    const parsed: ParsedSession = {
      endsAt,
      guid: `sessionize:${id ?? `${title}\n${startsAt}`}`,
      kind,
      links,
      persons: jsonArray(session.speakers).flatMap((speaker) => {
        const index = speakerIndex.get(String(typeof speaker === 'object' ? jsonObject(speaker)?.id : speaker))
        return index === undefined ? [] : [{ person: index, role: 'speaker' as const }]
      }),
      startsAt,
      title,
      where,
    }
    sessions.push(
      assignDefined(parsed, {
        abstract: toPlainText(session.description),
        room: rooms.get(String(session.roomId)) ?? nonEmpty(session.room),
        sourceId: id,
        track,
        type,
      }),
    )
  }
  return {
    conference: { days: [...days].sort(), timeZone: options.timeZone },
    format: 'sessionize',
    persons: persons.persons,
    rooms: [...rooms.values()],
    sessions,
    warnings,
  }
}
