// c3voc schedule.json (the schema of tests/fixtures/c3voc-schedule, which pretalx's schedule.json
// follows) into ParsedSchedule. Same model as frab XML: days of rooms of events, persons per event.
import type { ImportWarning, ParsedLink, ParsedPerson, ParsedSchedule, ParsedSession, ParseOptions } from '../types.ts'

import { stableUuid } from '../../formats/schedule/types.ts'
import { ScheduleParseError } from '../types.ts'
import {
  addMinutes,
  assignDefined,
  calendarDate,
  instantWithOffset,
  isIsoDate,
  jsonArray,
  jsonObject,
  nonEmpty,
  parseClock,
  parseDuration,
  PersonRegistry,
  sourceTimeZone,
  toPlainText,
  wallClockToUtc,
} from './common.ts'
import { kindFromType, unknownTypeMessage } from './kinds.ts'
import { pushLink, readLink } from './links.ts'

type Json = Record<string, unknown>

interface Context {
  baseUrl?: string
  date: string
  dayChange?: number
  guidNamespace: string
  persons: PersonRegistry
  roomName: string
  timeZone: string
  warnings: ImportWarning[]
}

function startOf(event: Json, where: string, context: Context): string {
  const dated = nonEmpty(event.date)
  if (dated) {
    const instant = instantWithOffset(dated)
    if (instant) return instant
    throw new ScheduleParseError(where, `date "${dated}" is not an ISO 8601 date and time with an offset`)
  }
  const start = nonEmpty(event.start)
  const minuteOfDay = start === undefined ? undefined : parseClock(start)
  if (minuteOfDay === undefined) throw new ScheduleParseError(where, start ? `start "${start}" is not a time HH:MM` : 'has no date or start')
  return wallClockToUtc(calendarDate(context.date, minuteOfDay, context.dayChange), minuteOfDay, context.timeZone, where, context.warnings)
}

function linksOf(event: Json, where: string, context: Context): ParsedLink[] {
  const links: ParsedLink[] = []
  for (const entry of [...jsonArray(event.links), ...jsonArray(event.attachments)]) {
    const link = jsonObject(entry)
    const url = typeof entry === 'string' ? entry : nonEmpty(link?.url ?? link?.href)
    pushLink(links, readLink({ title: nonEmpty(link?.title), url }, where, context.warnings, context.baseUrl))
  }
  const recording = nonEmpty(event.video_download_url) ?? nonEmpty(jsonObject(event.recording)?.url)
  if (recording) pushLink(links, readLink({ kind: 'recording', url: recording }, where, context.warnings, context.baseUrl))
  return links
}

function readEvent(value: unknown, context: Context): ParsedSession {
  const event = jsonObject(value)
  if (!event) throw new ScheduleParseError(`an event on day ${context.date} in ${context.roomName}`, 'is not an object')
  const id = nonEmpty(event.id)
  const title = nonEmpty(event.title)
  const where = `event${id ? ` ${id}` : ''}${title ? ` "${title}"` : ''} (day ${context.date}, room ${context.roomName})`
  if (!title) throw new ScheduleParseError(where, 'has no title')
  const startsAt = startOf(event, where, context)
  const durationText = nonEmpty(event.duration)
  const duration = durationText === undefined ? undefined : parseDuration(durationText)
  if (duration === undefined) {
    throw new ScheduleParseError(where, durationText ? `duration "${durationText}" is not a duration HH:MM` : 'has no duration')
  }
  const type = nonEmpty(event.type)
  const { kind, unknownType } = kindFromType(type, title)
  if (unknownType !== undefined) context.warnings.push({ message: unknownTypeMessage(unknownType), where })
  const persons = jsonArray(event.persons).flatMap((entry) => {
    const person = jsonObject(entry)
    const name = nonEmpty(person?.public_name ?? person?.name ?? (typeof entry === 'string' ? entry : undefined))
    if (!name) return []
    const guid = nonEmpty(person?.guid)
    const code = nonEmpty(person?.code)
    const personId = nonEmpty(person?.id)
    const key = guid ?? (code ? `pretalx:${code}` : personId ? `c3voc:${personId}` : undefined)
    const links = jsonArray(person?.links).flatMap((link) => {
      const parsed = readLink({ title: nonEmpty(jsonObject(link)?.title), url: nonEmpty(jsonObject(link)?.url) }, `person "${name}"`, context.warnings)
      return parsed ? [parsed] : []
    })
    const parsed: ParsedPerson = { links, name }
    const index = context.persons.add(assignDefined(parsed, { biography: toPlainText(person?.biography), key }))
    return [{ person: index, role: 'speaker' as const }]
  })
  const session: ParsedSession = {
    endsAt: addMinutes(startsAt, duration),
    guid: nonEmpty(event.guid) ?? stableUuid(context.guidNamespace, id ? `event:${id}` : `event:${title}\n${startsAt}`),
    kind,
    links: linksOf(event, where, context),
    persons,
    startsAt,
    title,
    where,
  }
  return assignDefined(session, {
    abstract: toPlainText(event.abstract),
    description: toPlainText(event.description),
    language: nonEmpty(event.language),
    room: nonEmpty(event.room) ?? context.roomName,
    sourceId: id,
    subtitle: nonEmpty(event.subtitle),
    track: nonEmpty(event.track),
    type,
    url: nonEmpty(event.url),
  })
}

export function parseC3vocJson(content: string, options: ParseOptions): ParsedSchedule {
  let document: unknown
  try {
    document = JSON.parse(content.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new ScheduleParseError('JSON document', `is not valid JSON (${(error as Error).message})`)
  }
  const schedule = jsonObject(jsonObject(document)?.schedule)
  const conference = jsonObject(schedule?.conference)
  if (!schedule || !conference) throw new ScheduleParseError('JSON document', 'has no schedule.conference (c3voc schedule.json)')
  const warnings: ImportWarning[] = []
  const namedZone = nonEmpty(conference.time_zone_name)
  const timeZone = sourceTimeZone(namedZone, options.timeZone)
  if (namedZone && namedZone !== timeZone) {
    warnings.push({ message: `time_zone_name "${namedZone}" is not an IANA time zone; times read in ${timeZone}`, where: 'conference' })
  }
  const dayChangeText = nonEmpty(conference.day_change)
  const dayChange = dayChangeText === undefined ? undefined : parseClock(dayChangeText)
  const acronym = nonEmpty(conference.acronym)
  const title = nonEmpty(conference.title)
  const persons = new PersonRegistry()
  const rooms = jsonArray(conference.rooms).flatMap((room) => {
    const name = nonEmpty(jsonObject(room)?.name)
    return name ? [name] : []
  })
  const days: string[] = []
  const sessions: ParsedSession[] = []
  jsonArray(conference.days).forEach((value, position) => {
    const day = jsonObject(value)
    const date = nonEmpty(day?.date)
    const index = nonEmpty(day?.index) ?? String(position + 1)
    if (!day || !date || !isIsoDate(date)) throw new ScheduleParseError(`day ${index}`, date ? `date "${date}" is not a date YYYY-MM-DD` : 'has no date')
    days.push(date)
    for (const [roomName, events] of Object.entries(jsonObject(day.rooms) ?? {})) {
      if (!rooms.includes(roomName)) rooms.push(roomName)
      for (const event of jsonArray(events)) {
        sessions.push(
          readEvent(event, {
            baseUrl: nonEmpty(schedule.base_url) ?? nonEmpty(conference.url),
            date,
            dayChange,
            guidNamespace: `talk-notes:c3voc-json:${acronym ?? title ?? ''}`,
            persons,
            roomName,
            timeZone,
            warnings,
          }),
        )
      }
    }
  })
  const url = nonEmpty(conference.url)
  const version = nonEmpty(schedule.version)
  return {
    conference: assignDefined<ParsedSchedule['conference']>(
      { days },
      { acronym, dayChange: dayChangeText, timeZone: namedZone === timeZone ? namedZone : undefined, title, url, version },
    ),
    format: 'c3voc-json',
    persons: persons.persons,
    rooms,
    sessions,
    warnings,
  }
}
