// What every schedule parser needs the same way: wall-clock times to UTC instants (day_change included),
// source text to plain text, and one list of people shared by all sessions of a schedule.
import sanitize from 'sanitize-html'

import type { ImportWarning, ParsedPerson } from '../types.ts'

import { plainText } from '../../formats/schedule/types.ts'
import { isTimeZone } from '../../utilities/validators.ts'
import { toZoned, zonedTimeToUtc } from '../../utilities/zonedTime.ts'
import { ScheduleParseError } from '../types.ts'

const pad = (value: number) => String(value).padStart(2, '0')

/** 'HH:MM', 'H:MM' or 'HH:MM:SS' as minutes since midnight; undefined when it is not a time of day. */
export function parseClock(value: string): number | undefined {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim())
  if (!match) return undefined
  const [hours, minutes, seconds] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)]
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined
  return hours * 60 + minutes
}

/**
 * A duration as minutes: 'HH:MM', 'H:MM:SS' (frab writes both), 'D:HH:MM' is not a thing any exporter
 * writes, so three parts always mean hours, minutes and seconds. Seconds are rounded to the minute.
 */
export function parseDuration(value: string): number | undefined {
  const match = /^(\d{1,3}):(\d{2})(?::(\d{2}))?$/.exec(value.trim())
  if (!match) return undefined
  const [hours, minutes, seconds] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)]
  if (minutes > 59 || seconds > 59) return undefined
  return hours * 60 + minutes + Math.round(seconds / 60)
}

export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return date.toISOString().slice(0, 10) === value
}

/** 'YYYY-MM-DD' plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number)
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10)
}

export function addMinutes(instant: string, minutes: number): string {
  return new Date(Date.parse(instant) + minutes * 60_000).toISOString()
}

/**
 * The UTC instant of a wall-clock time on a date in `timeZone`. A time that the clocks skip (the hour lost
 * when daylight-saving time starts) has no instant: it is read as the same length after the change, with
 * a warning, since a source that lists one meant a real session.
 */
export function wallClockToUtc(
  date: string,
  minuteOfDay: number,
  timeZone: string,
  where: string,
  warnings: ImportWarning[],
): string {
  const time = `${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}`
  const instant = zonedTimeToUtc(date, time, timeZone)
  const seen = toZoned(instant, timeZone)
  if (seen.date !== date || seen.time !== time) {
    warnings.push({
      message: `${date} ${time} does not exist in ${timeZone} (the clocks skip it); read as ${seen.date} ${seen.time}`,
      where,
    })
  }
  return instant.toISOString()
}

/**
 * The calendar date of a time listed on a conference day. frab's rule: a time before `dayChange` belongs
 * to that conference day but happens after midnight, on the next calendar date.
 */
export function calendarDate(day: string, minuteOfDay: number, dayChange: number | undefined): string {
  return dayChange !== undefined && dayChange > 0 && minuteOfDay < dayChange ? addDays(day, 1) : day
}

/** An ISO 8601 date-time with an offset ('…+01:00' or '…Z') as a UTC instant; undefined without one. */
export function instantWithOffset(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i.test(value.trim())) return undefined
  const time = Date.parse(value.trim())
  return Number.isNaN(time) ? undefined : new Date(time).toISOString()
}

/** The zone wall-clock times of a source are read in: its own when it names a valid IANA zone. */
export function sourceTimeZone(named: string | undefined, fallback: string): string {
  return named && isTimeZone(named) ? named : fallback
}

export function checkTimeZone(timeZone: string): void {
  if (!isTimeZone(timeZone)) {
    throw new ScheduleParseError('import options', `time zone "${timeZone}" is not an IANA time zone such as Europe/Berlin`)
  }
}

const blockEnd = /<\/(?:p|div|li|h[1-6]|blockquote|pre|tr|ul|ol)\s*>|<br\s*\/?>/gi
const htmlTag = /<\/?[a-z][a-z\d-]*(?:\s[^<>]*)?\/?>/i

/**
 * Source text as plain text: HTML (Sessionize and some pretalx fields carry it) loses its tags but keeps
 * its paragraph breaks; lines are trimmed (exporters indent them) and runs of blank lines become one.
 */
export function toPlainText(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined
  let text = String(value).replace(/\r\n?/g, '\n')
  if (htmlTag.test(text)) {
    const marked = text.replace(blockEnd, (tag) => (tag.toLowerCase().startsWith('<br') ? '\n' : `${tag}\n\n`))
    const stripped = sanitize(marked, { allowedAttributes: {}, allowedTags: [], nonTextTags: ['script', 'style', 'textarea', 'title'] })
    // sanitize-html escapes the text it keeps; plain text wants the characters back.
    text = stripped
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&')
  }
  const lines = plainText(text)
    .split('\n')
    .map((line) => line.trim())
  const joined = lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()
  return joined === '' ? undefined : joined
}

/** Copies the fields that have a value onto `target`, so optional properties are absent, not undefined. */
export function assignDefined<T extends object>(target: T, fields: Partial<T>): T {
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) Object.assign(target, { [key]: value })
  }
  return target
}

/** A JSON object, or undefined for anything else. */
export function jsonObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
}

export function jsonArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

/** A trimmed non-empty string, or undefined. */
export function nonEmpty(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value)
  if (typeof value !== 'string') return undefined
  const trimmed = value.trim()
  return trimmed === '' ? undefined : trimmed
}

/**
 * The people of one schedule, each once. The same key is the same person; without a key on either side,
 * the same name and organization (case-insensitive) is. Two different keys are two people even with one
 * name: sources do have namesakes.
 */
export class PersonRegistry {
  readonly persons: ParsedPerson[] = []
  private readonly byKey = new Map<string, number>()
  private readonly byName = new Map<string, number>()

  add(person: ParsedPerson): number {
    const nameKey = `${person.name.toLowerCase()}\u0000${(person.organization ?? '').toLowerCase()}`
    let index = person.key === undefined ? undefined : this.byKey.get(person.key)
    if (index === undefined) {
      const candidate = this.byName.get(nameKey)
      if (candidate !== undefined && (person.key === undefined || this.persons[candidate].key === undefined)) {
        index = candidate
      }
    }
    if (index === undefined) {
      index = this.persons.push({ ...person, links: [...person.links] }) - 1
    } else {
      this.merge(this.persons[index], person)
    }
    if (person.key !== undefined) this.byKey.set(person.key, index)
    if (!this.byName.has(nameKey)) this.byName.set(nameKey, index)
    return index
  }

  // The first mention wins; later ones only fill what it left out (a bio on the speakers list, not the session).
  private merge(existing: ParsedPerson, other: ParsedPerson): void {
    existing.key ??= other.key
    existing.biography ??= other.biography
    existing.jobTitle ??= other.jobTitle
    existing.organization ??= other.organization
    for (const link of other.links) {
      if (!existing.links.some((known) => known.url === link.url)) existing.links.push(link)
    }
  }
}
