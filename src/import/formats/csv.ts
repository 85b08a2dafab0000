// A spreadsheet agenda, one row per session (exported from Excel, LibreOffice or Google Sheets as CSV,
// with `,` or `;`), into ParsedSchedule. Times are wall-clock times of the event's zone.
import { parse } from 'csv-parse/sync'

import type { ImportWarning, ParsedLink, ParsedPerson, ParsedSchedule, ParsedSession, ParseOptions } from '../types.ts'

import { stableUuid } from '../../formats/schedule/types.ts'
import { ScheduleParseError } from '../types.ts'
import { addMinutes, assignDefined, isIsoDate, parseClock, parseDuration, PersonRegistry, toPlainText, wallClockToUtc } from './common.ts'
import { kindFromType, unknownTypeMessage } from './kinds.ts'
import { pushLink, readLink } from './links.ts'

/** The columns the CSV import reads (header names are matched ignoring case and spaces). */
export const csvColumns = [
  { description: 'Stable id of the session; re-imports match on it. Without it a session is matched by title, date and start.', name: 'id' },
  { description: 'Title of the session (required).', name: 'title', required: true },
  { description: 'Day, YYYY-MM-DD (required).', name: 'date', required: true },
  { description: "Start, HH:MM on the event's clocks (required).", name: 'start', required: true },
  { description: 'End, HH:MM (or give duration).', name: 'end' },
  { description: 'Duration in minutes or HH:MM (when there is no end).', name: 'duration' },
  { description: 'Room.', name: 'room' },
  { description: 'Track.', name: 'track' },
  { description: 'Type: talk, keynote, panel, break, lunch, social, welcome… (see the table of types).', name: 'type' },
  { description: 'Abstract (plain text; blank lines separate paragraphs).', name: 'abstract' },
  { description: 'Description (plain text).', name: 'description' },
  { description: 'Speakers: "Name (Organization); Other Name".', name: 'speakers' },
  { description: 'Moderators, written like speakers.', name: 'moderators' },
  { description: 'Recording URL.', name: 'recording' },
  { description: 'Slides URL.', name: 'slides' },
  { description: 'Language code, e.g. en.', name: 'language' },
] as const

type Column = (typeof csvColumns)[number]['name']

const quote = (value: string) => (/[",;\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)

/** The header line and one example row: the template editors download from the admin. */
export function csvTemplate(): string {
  const example: Record<Column, string> = {
    abstract: 'How we run the backbone.',
    date: '2025-09-11',
    description: '',
    duration: '',
    end: '10:30',
    id: 'opening-1',
    language: 'en',
    moderators: 'Grace Hopper (Meta)',
    recording: 'https://www.youtube.com/watch?v=example',
    room: 'Main hall',
    slides: 'https://example.org/slides.pdf',
    speakers: 'Ada Lovelace (Meta); Alan Turing',
    start: '10:00',
    title: 'Opening keynote',
    track: 'Infrastructure',
    type: 'keynote',
  }
  const names = csvColumns.map((column) => column.name)
  return `${names.join(',')}\r\n${names.map((name) => quote(example[name])).join(',')}\r\n`
}

const headerKey = (header: string) => header.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[\s_-]+/g, '')

/** 'Ada Lovelace (Meta); Alan Turing' as people with an optional organization. */
function peopleOf(cell: string): Array<{ name: string; organization?: string }> {
  return cell
    .split(/[;\n]/)
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const match = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(entry)
      return match && match[1] ? { name: match[1].trim(), organization: match[2].trim() } : { name: entry }
    })
}

export function parseCsv(content: string, options: ParseOptions): ParsedSchedule {
  const text = content.replace(/^\uFEFF/, '')
  const firstLine = text.split(/\r?\n/, 1)[0] ?? ''
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ','
  let rows: string[][]
  try {
    rows = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][]
  } catch (error) {
    const line = (error as { lines?: number }).lines
    throw new ScheduleParseError(line ? `row ${line}` : 'CSV file', `cannot be read as CSV (${(error as Error).message})`)
  }
  const [header, ...body] = rows
  if (!header) throw new ScheduleParseError('CSV file', 'is empty')
  const known = new Map<string, Column>(csvColumns.map((column) => [headerKey(column.name), column.name]))
  const index = new Map<Column, number>()
  header.forEach((cell, position) => {
    const column = known.get(headerKey(cell))
    if (column && !index.has(column)) index.set(column, position)
  })
  for (const column of csvColumns) {
    if ('required' in column && !index.has(column.name)) {
      throw new ScheduleParseError('row 1 (the header)', `has no "${column.name}" column; the columns are ${csvColumns.map((c) => c.name).join(', ')}`)
    }
  }
  const warnings: ImportWarning[] = []
  const persons = new PersonRegistry()
  const sessions: ParsedSession[] = []
  const days = new Set<string>()
  const rooms: string[] = []
  body.forEach((row, position) => {
    const rowNumber = position + 2
    const cell = (column: Column) => {
      const at = index.get(column)
      return at === undefined ? '' : (row[at] ?? '').trim()
    }
    const title = cell('title')
    const where = `row ${rowNumber}${title ? ` "${title}"` : ''}`
    if (row.every((value) => value.trim() === '')) return
    if (!title) throw new ScheduleParseError(`row ${rowNumber}, column "title"`, 'is empty')
    const date = cell('date')
    if (!isIsoDate(date)) throw new ScheduleParseError(`row ${rowNumber}, column "date"`, `"${date}" is not a date YYYY-MM-DD`)
    const start = parseClock(cell('start'))
    if (start === undefined) throw new ScheduleParseError(`row ${rowNumber}, column "start"`, `"${cell('start')}" is not a time HH:MM`)
    const startsAt = wallClockToUtc(date, start, options.timeZone, where, warnings)
    let endsAt: string
    const end = cell('end')
    if (end) {
      const minutes = parseClock(end)
      if (minutes === undefined) throw new ScheduleParseError(`row ${rowNumber}, column "end"`, `"${end}" is not a time HH:MM`)
      // An end before the start is after midnight.
      endsAt = addMinutes(startsAt, (minutes - start + 24 * 60) % (24 * 60) || 24 * 60)
    } else {
      const durationText = cell('duration')
      const duration = /^\d+$/.test(durationText) ? Number(durationText) : parseDuration(durationText)
      if (!duration) throw new ScheduleParseError(`row ${rowNumber}, column "end"`, 'is empty, and there is no duration either')
      endsAt = addMinutes(startsAt, duration)
    }
    days.add(date)
    const type = cell('type') || undefined
    const { kind, unknownType } = kindFromType(type, title)
    if (unknownType !== undefined) warnings.push({ message: unknownTypeMessage(unknownType), where })
    const links: ParsedLink[] = []
    if (cell('recording')) pushLink(links, readLink({ kind: 'recording', url: cell('recording') }, where, warnings))
    if (cell('slides')) pushLink(links, readLink({ kind: 'slides', url: cell('slides') }, where, warnings))
    const role = (list: string, as: 'moderator' | 'speaker') =>
      peopleOf(list).map((person) => ({ person: persons.add(assignDefined<ParsedPerson>({ links: [], name: person.name }, { organization: person.organization })), role: as }))
    const id = cell('id') || undefined
    const room = cell('room') || undefined
    if (room && !rooms.includes(room)) rooms.push(room)
    const session: ParsedSession = {
      endsAt,
      guid: stableUuid('talk-notes:csv', id ? `id:${id}` : `${title.toLowerCase()}\n${date}\n${cell('start')}`),
      kind,
      links,
      persons: [...role(cell('speakers'), 'speaker'), ...role(cell('moderators'), 'moderator')],
      startsAt,
      title,
      where,
    }
    sessions.push(
      assignDefined(session, {
        abstract: toPlainText(cell('abstract')),
        description: toPlainText(cell('description')),
        language: cell('language') || undefined,
        room,
        sourceId: id,
        track: cell('track') || undefined,
        type,
      }),
    )
  })
  return { conference: { days: [...days].sort() }, format: 'csv', persons: persons.persons, rooms, sessions, warnings }
}
