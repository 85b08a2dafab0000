// Each schedule format read from a real (or, for Sessionize, documented-shape) sample: sessions at their
// UTC instants, rooms, people once each, kinds from the types table, links, and errors that name the place.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { csvTemplate } from '../../../src/import/formats/csv'
import { detectFormat, parseSchedule } from '../../../src/import/formats/index'
import { kindFromType } from '../../../src/import/formats/kinds'
import { ScheduleParseError } from '../../../src/import/types'

const sample = (name: string) => readFileSync(path.join(import.meta.dirname, '../../fixtures/schedules', name), 'utf8')
const read = (name: string, timeZone = 'Europe/Berlin') => parseSchedule(sample(name), { timeZone })

describe('schedule formats', () => {
  it('detects each format from its content', () => {
    expect(detectFormat(sample('c3voc-hub-38c3.xml'))).toBe('frab-xml')
    expect(detectFormat(sample('pretalx-democon.json'))).toBe('c3voc-json')
    expect(detectFormat(sample('sessionize-all-data.json'))).toBe('sessionize')
    expect(detectFormat(sample('spreadsheet-semicolon.csv'))).toBe('csv')
    expect(() => detectFormat('{"hello": 1}')).toThrow(/neither a c3voc schedule.json/)
  })

  it('reads the 38C3 hub schedule.xml with its offsets, guids and people', () => {
    const schedule = read('c3voc-hub-38c3.xml')
    expect(schedule.sessions).toHaveLength(27)
    expect(schedule.conference).toMatchObject({ acronym: '38c3', days: ['2024-12-27'], timeZone: 'Europe/Berlin' })
    const opening = schedule.sessions[0]
    expect(opening).toMatchObject({
      endsAt: '2024-12-27T10:00:00.000Z',
      guid: '270fa44c-821a-577f-8ca3-33e8d4a8c2a7',
      kind: 'remarks',
      room: 'Saal 1',
      startsAt: '2024-12-27T09:30:00.000Z',
      type: 'Ceremony',
    })
    expect(opening.persons.map((entry) => schedule.persons[entry.person].name)).toEqual(['Gabriela Bogk', 'Senficon', 'Aline Blankertz'])
    expect(new Set(schedule.persons.map((person) => person.key)).size).toBe(schedule.persons.length)
  })

  it('reads an older frab file without a time zone in the event zone, mapping frab types', () => {
    const schedule = read('frab-31c3.xml')
    expect(schedule.sessions).toHaveLength(19)
    expect(schedule.sessions[0]).toMatchObject({ kind: 'talk', room: 'Saal 1', startsAt: '2014-12-27T10:00:00.000Z', title: '31C3 Opening Event', type: 'lecture' })
    // frab's catch-all type "other": the title decides, and it is no unknown type.
    expect(schedule.sessions.find((session) => session.title === 'Citizenfour')).toMatchObject({ kind: 'talk', type: 'other' })
    expect(schedule.warnings.filter((warning) => warning.message.includes('"other"'))).toEqual([])
    expect(kindFromType('other', 'Closing remarks')).toEqual({ kind: 'remarks' })
    expect(kindFromType('Podcast', 'Closing remarks')).toEqual({ kind: 'talk', unknownType: 'Podcast' })
  })

  it("reads pretalx's schedule.json", () => {
    const schedule = read('pretalx-democon.json')
    expect(schedule.sessions).toHaveLength(36)
    expect(schedule.rooms).toEqual(['Gray Room', 'Tan Room'])
    expect(schedule.conference).toMatchObject({ days: ['2020-12-14', '2020-12-15', '2020-12-16'], timeZone: 'UTC', version: 'v1.1' })
    expect(schedule.sessions[0]).toMatchObject({ room: 'Gray Room', startsAt: '2020-12-14T08:00:00.000Z', title: 'Focused 5thgeneration hardware' })
  })

  it("reads Sessionize's All Data export: rooms, formats, tracks, tag lines, service sessions", () => {
    const schedule = read('sessionize-all-data.json', 'Europe/Berlin')
    expect(schedule.sessions.map((session) => [session.title, session.kind, session.room, session.startsAt])).toEqual([
      ['Welcome and opening remarks', 'remarks', 'Main Hall', '2025-09-11T07:00:00.000Z'],
      ['Rethinking the data center network', 'talk', 'Main Hall', '2025-09-11T07:15:00.000Z'],
      ['Optical interconnects at scale', 'talk', 'Room B', '2025-09-11T07:15:00.000Z'],
      ['Coffee Break', 'break', 'Main Hall', '2025-09-11T07:45:00.000Z'],
      ['Live Q&A', 'panel', 'Main Hall', '2025-09-11T08:15:00.000Z'],
    ])
    expect(schedule.sessions[1].track).toBe('Data center')
    expect(schedule.sessions[0].links).toEqual([{ kind: 'recording', url: 'https://www.youtube.com/watch?v=abc123' }])
    expect(schedule.persons[0]).toMatchObject({ jobTitle: 'VP Engineering', name: 'Omar Baldonado', organization: 'Meta' })
    expect(schedule.warnings).toEqual([{ message: 'has no time slot yet; left out', where: 'session 605 "A session without a slot"' }])
  })

  it('reads a real Sessionize All Data export (DroidKaigi 2018)', () => {
    // Expectations read by hand from the file: 9 sessions on 2018-02-08, Tokyo wall clock (UTC+9, no DST).
    const schedule = read('sessionize-droidkaigi2018.json', 'Asia/Tokyo')
    expect(detectFormat(sample('sessionize-droidkaigi2018.json'))).toBe('sessionize')
    expect(schedule.sessions).toHaveLength(9)
    expect(schedule.conference).toMatchObject({ days: ['2018-02-08'], timeZone: 'Asia/Tokyo' })
    expect(schedule.rooms).toEqual(['Hall', 'Room 1', 'Room 2', 'Room 3', 'Room 4', 'Room 5', 'Room 6', 'Room 7', 'Room Sponsor'])
    const speakers = (session: (typeof schedule.sessions)[number]) => session.persons.map((entry) => schedule.persons[entry.person].name)
    const first = schedule.sessions[0]
    expect(first).toMatchObject({
      endsAt: '2018-02-08T01:50:00.000Z',
      room: 'Hall',
      sourceId: '16969',
      startsAt: '2018-02-08T01:20:00.000Z',
      title: 'Kotlinアンチパターン',
      track: 'ソフトウェアアーキテクチャ / Designing App Architecture',
      type: '30minutes',
    })
    expect(speakers(first)).toEqual(['Naoto Nakazato'])
    // Two speakers, in the session's order; a 50-minute slot in Room 7.
    const twoSpeakers = schedule.sessions.find((session) => session.sourceId === '15984')
    expect(twoSpeakers).toMatchObject({
      endsAt: '2018-02-08T04:40:00.000Z',
      room: 'Room 7',
      startsAt: '2018-02-08T03:50:00.000Z',
      title: '今から始めるAndroidアプリ開発',
      track: 'Android FrameworkとSupport Library / Android Framework and Support Library',
      type: '50minutes',
    })
    expect(twoSpeakers && speakers(twoSpeakers)).toEqual(['punchdrunker', 'HideyukiKikuma'])
    // "Session format" is 30minutes / 50minutes and there are no service sessions: every session is a talk.
    expect(schedule.sessions.map((session) => session.kind)).toEqual(Array(9).fill('talk'))
    // 10 speakers, each once (fullName is set, firstName and lastName are empty in this export).
    expect(schedule.persons).toHaveLength(10)
    expect(new Set(schedule.persons.map((person) => person.key)).size).toBe(10)
    const person = (name: string) => schedule.persons.find((entry) => entry.name === name)
    expect(person('Benoit Quenaudon')).toMatchObject({ jobTitle: 'Android Engineer', organization: 'Cybozu' })
    expect(person('Naoto Nakazato')).toMatchObject({ jobTitle: 'Android Developer', organization: 'Recruit Lifestyle' })
    // "Google, Developer Programs Engineer" names the organization first (the bio confirms Google): the side
    // with a role is the title. "Yahoo! JAPAN, Android黒帯" names no role on either side: no organization is guessed.
    expect(person('thagikura')).toMatchObject({ jobTitle: 'Developer Programs Engineer', organization: 'Google' })
    expect(person('Hiroyuki Mori')).toMatchObject({ jobTitle: 'Yahoo! JAPAN, Android黒帯' })
    expect(person('Hiroyuki Mori')?.organization).toBeUndefined()
    // Slot lengths as the session format are no unknown types.
    expect(schedule.warnings.filter((warning) => warning.message.includes('unknown type'))).toEqual([])
  })

  it('reads a ;-separated spreadsheet with a BOM: roles, links, a session past midnight', () => {
    const schedule = read('spreadsheet-semicolon.csv')
    const [, keynote, qa, lunch, late] = schedule.sessions
    expect(keynote).toMatchObject({ kind: 'keynote', startsAt: '2025-03-29T08:15:00.000Z', track: 'Infra' })
    expect(keynote.links.map((link) => link.kind)).toEqual(['recording', 'slides'])
    expect(qa.persons.map((entry) => `${entry.role}:${schedule.persons[entry.person].name}`)).toEqual([
      'speaker:Ada Lovelace', 'speaker:Grace Hopper', 'moderator:Alan Turing',
    ])
    expect(lunch.kind).toBe('meal')
    expect(late).toMatchObject({ endsAt: '2025-03-29T23:30:00.000Z', startsAt: '2025-03-29T22:30:00.000Z' })
    // "Meta" and "META" stay two spellings here; the import makes them one organization (by slug).
    expect(schedule.persons.map((person) => person.organization)).toEqual(['Meta', 'META', undefined])
  })

  it('reads durations and keeps the wall clock of the event zone on the night clocks go back', () => {
    const schedule = read('spreadsheet-comma.csv')
    expect(schedule.sessions[1]).toMatchObject({ endsAt: '2025-10-26T10:00:00.000Z', startsAt: '2025-10-26T09:00:00.000Z' })
    expect(schedule.sessions[0].endsAt).toBe(new Date(Date.parse(schedule.sessions[0].startsAt) + 45 * 60_000).toISOString())
  })

  it('names the row and column of a bad CSV cell, and the element of a bad XML one', () => {
    const bad = 'title,date,start,end\nOk,2025-01-01,09:00,10:00\nBroken,2025-01-01,25:00,10:00\n'
    expect(() => parseSchedule(bad, { timeZone: 'UTC' })).toThrow('row 3, column "start": "25:00" is not a time HH:MM')
    expect(() => parseSchedule('title,start\nx,09:00\n', { timeZone: 'UTC' })).toThrow(/has no "date" column/)
    const xml = sample('frab-31c3.xml').replace('<duration>00:30</duration>', '<duration>half an hour</duration>')
    expect(() => parseSchedule(xml, { timeZone: 'UTC' })).toThrow(ScheduleParseError)
    expect(() => parseSchedule('<schedule><day', { timeZone: 'UTC' })).toThrow(/XML line 1/)
  })

  it('offers a CSV template that the CSV import reads back', () => {
    const schedule = parseSchedule(csvTemplate(), { timeZone: 'America/Los_Angeles' })
    expect(schedule.sessions).toHaveLength(1)
    expect(schedule.sessions[0]).toMatchObject({ kind: 'keynote', room: 'Main hall', startsAt: '2025-09-11T17:00:00.000Z', title: 'Opening keynote' })
  })
})
