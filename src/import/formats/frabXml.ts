// frab schedule.xml (as frab, pretalx and the c3voc tools write it, and older files that are not strictly
// valid: events without <date> or guid, durations as H:MM:SS, no day_change or time zone) into ParsedSchedule.
import { XMLParser, XMLValidator } from 'fast-xml-parser'

import type { ImportWarning, ParsedLink, ParsedSchedule, ParsedSession, ParseOptions } from '../types.ts'

import { stableUuid } from '../../formats/schedule/types.ts'
import { toZoned } from '../../utilities/zonedTime.ts'
import { ScheduleParseError } from '../types.ts'
import {
  addDays,
  addMinutes,
  assignDefined,
  calendarDate,
  instantWithOffset,
  isIsoDate,
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

type XmlValue = boolean | number | string | XmlElement | XmlValue[]
interface XmlElement {
  [name: string]: XmlValue
}

// Elements that may repeat; fast-xml-parser gives a single one as an object unless told it is a list.
const repeated = new Set([
  'schedule.conference.rooms.room',
  'schedule.conference.track',
  'schedule.day',
  'schedule.day.room',
  'schedule.day.room.event',
  'schedule.day.room.event.attachments.attachment',
  'schedule.day.room.event.links.link',
  'schedule.day.room.event.persons.person',
])

const parser = new XMLParser({
  attributeNamePrefix: '@_',
  ignoreAttributes: false,
  isArray: (_name, jPath) => repeated.has(String(jPath)),
  parseAttributeValue: false,
  parseTagValue: false,
  processEntities: true,
  textNodeName: '#text',
  trimValues: true,
})

function isElement(value: XmlValue | undefined): value is XmlElement {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function list(value: XmlValue | undefined): XmlValue[] {
  if (value === undefined || value === '') return []
  return Array.isArray(value) ? value : [value]
}

function child(element: XmlValue | undefined, name: string): XmlValue | undefined {
  return isElement(element) ? element[name] : undefined
}

/** The text of an element, whether fast-xml-parser gave it as a string or (with attributes) as '#text'. */
function text(value: XmlValue | undefined): string | undefined {
  if (Array.isArray(value)) return text(value[0])
  if (isElement(value)) return nonEmpty(value['#text'])
  return nonEmpty(value)
}

function attribute(element: XmlValue | undefined, name: string): string | undefined {
  return isElement(element) ? nonEmpty(element[`@_${name}`]) : undefined
}

function childText(element: XmlValue | undefined, name: string): string | undefined {
  return text(child(element, name))
}

function readXml(content: string): XmlElement {
  const valid = XMLValidator.validate(content)
  if (valid !== true) {
    throw new ScheduleParseError(`XML line ${valid.err.line}, column ${valid.err.col}`, valid.err.msg)
  }
  const document: unknown = parser.parse(content)
  const root = isElement(document as XmlValue) ? (document as XmlElement).schedule : undefined
  if (!isElement(root)) throw new ScheduleParseError('XML document', 'the root element is not <schedule> (frab schedule.xml)')
  return root
}

/**
 * The time of the day after which the previous conference day ends: day_change when the file has one,
 * else the local time of the day's `end` attribute when that lies on the next calendar date.
 */
function dayChangeOf(day: XmlElement, date: string, dayChange: number | undefined, timeZone: string): number | undefined {
  if (dayChange !== undefined) return dayChange
  const end = attribute(day, 'end')
  const instant = end ? instantWithOffset(end) : undefined
  if (!instant) return undefined
  const local = toZoned(instant, timeZone)
  return local.date === addDays(date, 1) ? local.minuteOfDay : undefined
}

interface EventContext {
  baseUrl?: string
  date: string
  dayChange?: number
  guidNamespace: string
  persons: PersonRegistry
  roomName?: string
  system: string
  timeZone: string
  warnings: ImportWarning[]
}

function startOf(event: XmlElement, where: string, context: EventContext): string {
  const dated = childText(event, 'date')
  if (dated) {
    const instant = instantWithOffset(dated)
    if (instant) return instant
    // A <date> without an offset is a wall-clock time, like <start>.
    const wallClock = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2})?$/.exec(dated)
    if (wallClock && isIsoDate(wallClock[1]) && parseClock(wallClock[2]) !== undefined) {
      return wallClockToUtc(wallClock[1], parseClock(wallClock[2]) as number, context.timeZone, where, context.warnings)
    }
    throw new ScheduleParseError(where, `date "${dated}" is not an ISO 8601 date and time`)
  }
  const start = childText(event, 'start')
  if (!start) throw new ScheduleParseError(where, 'has no <start> (and no <date>)')
  const instant = instantWithOffset(start)
  if (instant) return instant
  const minuteOfDay = parseClock(start)
  if (minuteOfDay === undefined) throw new ScheduleParseError(where, `start "${start}" is not a time HH:MM`)
  const date = calendarDate(context.date, minuteOfDay, context.dayChange)
  return wallClockToUtc(date, minuteOfDay, context.timeZone, where, context.warnings)
}

function linksOf(event: XmlElement, where: string, context: EventContext): ParsedLink[] {
  const links: ParsedLink[] = []
  const read = (url: string | undefined, title: string | undefined, kind?: ParsedLink['kind']) =>
    pushLink(links, readLink({ kind, title, url }, where, context.warnings, context.baseUrl))
  for (const link of list(child(child(event, 'links'), 'link'))) read(attribute(link, 'href'), text(link))
  for (const attachment of list(child(child(event, 'attachments'), 'attachment'))) {
    read(attribute(attachment, 'href'), text(attachment))
  }
  // <recording> is mostly licence and opt-out; some tools put the recording's URL in it.
  const recording = child(event, 'recording')
  const recordingUrl = childText(recording, 'url') ?? attribute(recording, 'href') ?? text(recording)
  if (recordingUrl && /^https?:/i.test(recordingUrl)) read(recordingUrl, undefined, 'recording')
  const download = childText(event, 'video_download_url')
  if (download) read(download, undefined, 'recording')
  return links
}

function readEvent(event: XmlValue, context: EventContext): ParsedSession {
  if (!isElement(event)) throw new ScheduleParseError(`an event on day ${context.date}`, 'is empty')
  const id = attribute(event, 'id')
  const title = childText(event, 'title')
  const name = `event${id ? ` ${id}` : ''}${title ? ` "${title}"` : ''}`
  const where = `${name} (day ${context.date}${context.roomName ? `, room ${context.roomName}` : ''})`
  if (!title) throw new ScheduleParseError(where, 'has no <title>')

  const startsAt = startOf(event, where, context)
  const durationText = childText(event, 'duration')
  if (!durationText) throw new ScheduleParseError(where, 'has no <duration>')
  const duration = parseDuration(durationText)
  if (duration === undefined) {
    throw new ScheduleParseError(where, `duration "${durationText}" is not a duration HH:MM or H:MM:SS`)
  }

  const type = childText(event, 'type')
  const { kind, unknownType } = kindFromType(type, title)
  if (unknownType !== undefined) context.warnings.push({ message: unknownTypeMessage(unknownType), where })

  const persons = list(child(child(event, 'persons'), 'person')).flatMap((person) => {
    const personName = text(person)
    if (!personName) return []
    const guid = attribute(person, 'guid')
    const code = attribute(person, 'code')
    const personId = attribute(person, 'id')
    const key = guid ?? (code ? `pretalx:${code}` : personId ? `${context.system}:${personId}` : undefined)
    const index = context.persons.add({ links: [], name: personName, ...(key ? { key } : {}) })
    return [{ person: index, role: 'speaker' as const }]
  })

  const guid =
    attribute(event, 'guid') ??
    stableUuid(context.guidNamespace, id ? `event:${id}` : `event:${title}\n${startsAt}`)

  const session: ParsedSession = {
    endsAt: addMinutes(startsAt, duration),
    guid,
    kind,
    links: linksOf(event, where, context),
    persons,
    startsAt,
    title,
    where: `${name} (day ${context.date})`,
  }
  return assignDefined(session, {
    abstract: toPlainText(childText(event, 'abstract')),
    description: toPlainText(childText(event, 'description')),
    language: childText(event, 'language'),
    room: childText(event, 'room') ?? context.roomName,
    sourceId: id,
    subtitle: childText(event, 'subtitle'),
    track: childText(event, 'track'),
    type,
    url: childText(event, 'url'),
  })
}

export function parseFrabXml(content: string, options: ParseOptions): ParsedSchedule {
  const root = readXml(content)
  const conference = child(root, 'conference')
  const warnings: ImportWarning[] = []
  const persons = new PersonRegistry()

  const namedZone = childText(conference, 'time_zone_name')
  const timeZone = sourceTimeZone(namedZone, options.timeZone)
  if (namedZone && namedZone !== timeZone) {
    warnings.push({ message: `time_zone_name "${namedZone}" is not an IANA time zone; times read in ${timeZone}`, where: 'conference' })
  }
  const dayChangeText = childText(conference, 'day_change')
  const dayChange = dayChangeText === undefined ? undefined : parseClock(dayChangeText)
  if (dayChangeText !== undefined && dayChange === undefined) {
    throw new ScheduleParseError('conference <day_change>', `"${dayChangeText}" is not a time HH:MM`)
  }
  const acronym = childText(conference, 'acronym')
  const title = childText(conference, 'title')
  const baseUrl = childText(conference, 'base_url') ?? childText(conference, 'url')
  const system = (attribute(child(root, 'generator'), 'name') ?? 'frab').toLowerCase()

  const days: string[] = []
  const rooms: string[] = list(child(child(conference, 'rooms'), 'room')).flatMap((room) => {
    const roomName = attribute(room, 'name') ?? text(room)
    return roomName ? [roomName] : []
  })
  const sessions: ParsedSession[] = []

  list(child(root, 'day')).forEach((day, position) => {
    const index = attribute(day, 'index') ?? String(position + 1)
    const date = attribute(day, 'date')
    if (!isElement(day) || !date) throw new ScheduleParseError(`day ${index}`, 'has no date attribute')
    if (!isIsoDate(date)) throw new ScheduleParseError(`day ${index}`, `date "${date}" is not a date YYYY-MM-DD`)
    days.push(date)
    for (const room of list(child(day, 'room'))) {
      const roomName = attribute(room, 'name')
      if (roomName && !rooms.includes(roomName)) rooms.push(roomName)
      for (const event of list(child(room, 'event'))) {
        sessions.push(
          readEvent(event, {
            baseUrl,
            date,
            dayChange: dayChangeOf(day, date, dayChange, timeZone),
            guidNamespace: `talk-notes:frab-xml:${acronym ?? title ?? ''}`,
            persons,
            roomName,
            system,
            timeZone,
            warnings,
          }),
        )
      }
    }
  })

  return {
    conference: {
      days,
      ...(acronym ? { acronym } : {}),
      ...(dayChangeText ? { dayChange: dayChangeText } : {}),
      ...(namedZone && namedZone === timeZone ? { timeZone } : {}),
      ...(title ? { title } : {}),
      ...(childText(conference, 'url') ? { url: childText(conference, 'url') } : {}),
      ...(childText(root, 'version') ? { version: childText(root, 'version') } : {}),
    },
    format: 'frab-xml',
    persons: persons.persons,
    rooms,
    sessions,
    warnings,
  }
}
