// The re-sync rules of the schedule import, without a database: what follows the source, what stays
// the editor's (and is shown as a conflict), what a speaker reviewed, and how people are matched.
import { describe, expect, it } from 'vitest'

import type { ExistingSession, ExistingSpeaker, ImportState, SessionValues } from '../../../src/import/plan'
import type { ParsedSchedule } from '../../../src/import/types'

import { conferenceDay, planImport } from '../../../src/import/plan'

const state = (overrides: Partial<ImportState> = {}): ImportState => ({
  event: {
    dates: [{ end: '2024-12-27T22:00:00.000Z', start: '2024-12-27T09:00:00.000Z' }],
    dayChange: '04:00',
    id: 1,
    slug: 'congress',
    timezone: 'Europe/Berlin',
    title: 'Congress',
  },
  organizations: [],
  sessions: [],
  speakers: [],
  takenSpeakerSlugs: [],
  ...overrides,
})

const schedule = (sessions: Array<Partial<ParsedSchedule['sessions'][number]>>, persons: ParsedSchedule['persons'] = []): ParsedSchedule => ({
  conference: { days: ['2024-12-27'] },
  format: 'frab-xml',
  persons,
  rooms: [],
  sessions: sessions.map((session, index) => ({
    endsAt: '2024-12-27T11:00:00.000Z',
    guid: `g${index}`,
    kind: 'talk',
    links: [],
    persons: [],
    startsAt: '2024-12-27T10:00:00.000Z',
    title: `Session ${index}`,
    where: `event ${index}`,
    ...session,
  })),
  warnings: [],
})

const values = (overrides: Partial<SessionValues> = {}): SessionValues => ({
  abstract: '',
  description: '',
  endsAt: '2024-12-27T11:00:00.000Z',
  kind: 'talk',
  links: [],
  room: 'Saal 1',
  speakers: [],
  startsAt: '2024-12-27T10:00:00.000Z',
  title: 'Session 0',
  track: '',
  ...overrides,
})

const existing = (current: Partial<SessionValues>, imported: Partial<SessionValues> | null, extra: Partial<ExistingSession> = {}): ExistingSession => ({
  featured: false,
  id: 10,
  sequence: 0,
  slug: 'session-0',
  source: { guid: 'g0', imported: imported === null ? null : values(imported) },
  status: 'scheduled',
  values: values(current),
  ...extra,
})

describe('planImport: sessions', () => {
  it('updates a field the source changed and no editor touched', () => {
    const plan = planImport(schedule([{ room: 'Saal 2' }]), state({ sessions: [existing({}, {})] }))
    expect(plan.sessions[0]).toMatchObject({ action: 'update', moved: true })
    expect(plan.sessions[0].changes).toEqual([{ field: 'room', from: 'Saal 1', label: 'Room', to: 'Saal 2' }])
  })

  it("keeps an editor's change the source did not touch, silently", () => {
    const plan = planImport(schedule([{ room: 'Saal 1', title: 'Session 0' }]), state({ sessions: [existing({ title: 'Better title' }, {})] }))
    expect(plan.sessions[0]).toMatchObject({ action: 'unchanged', conflicts: [] })
  })

  it("shows a conflict where both changed, keeping the editor's value unless chosen", () => {
    const input = schedule([{ room: 'Saal 1', title: 'Source title' }])
    const current = state({ sessions: [existing({ title: 'Editor title' }, {})] })
    const kept = planImport(input, current)
    expect(kept.sessions[0].conflicts).toEqual([
      { field: 'title', from: 'Editor title', id: 'session:g0:title', kept: 'editor', label: 'Title', reason: 'edited', to: 'Source title' },
    ])
    expect(kept.sessions[0].values?.title).toBe('Editor title')
    const taken = planImport(input, current, { overwrite: ['session:g0:title'] })
    expect(taken.sessions[0]).toMatchObject({ action: 'update', values: { title: 'Source title' } })
  })

  it('cancels a featured session the source lost and removes an unfeatured one', () => {
    const plan = planImport(
      schedule([]),
      state({
        sessions: [
          existing({}, {}, { featured: true, id: 1, source: { guid: 'kept', imported: values() } }),
          existing({}, {}, { id: 2, source: { guid: 'gone', imported: values() } }),
          existing({}, {}, { id: 3, source: { guid: null } }),
        ],
      }),
    )
    expect(plan.sessions.map((session) => [session.existing?.id, session.action])).toEqual([
      [1, 'cancel'],
      [2, 'remove'],
    ])
  })

  it('brings a cancelled session back when the source lists it again, as a move', () => {
    const plan = planImport(schedule([{ room: 'Saal 1' }]), state({ sessions: [existing({}, {}, { status: 'cancelled' })] }))
    expect(plan.sessions[0]).toMatchObject({ action: 'update', moved: true, status: 'scheduled' })
  })

  it("adopts a session an editor entered with the same title and start, keeping the editor's text", () => {
    const editorSession = existing({ abstract: 'Written by hand', title: 'Opening' }, null, { source: { guid: null } })
    const plan = planImport(schedule([{ abstract: 'From the source', room: 'Saal 1', title: 'Opening' }]), state({ sessions: [editorSession] }))
    expect(plan.sessions).toHaveLength(1)
    expect(plan.sessions[0].existing?.id).toBe(10)
    expect(plan.sessions[0].conflicts.map((conflict) => conflict.field)).toEqual(['abstract'])
  })

  it('warns of sessions overlapping in one room and of sessions outside the event days', () => {
    const plan = planImport(
      schedule([
        { room: 'Saal 1' },
        { room: 'Saal 1', startsAt: '2024-12-27T10:30:00.000Z', endsAt: '2024-12-27T11:30:00.000Z' },
        { room: 'Saal 2', startsAt: '2024-12-29T10:00:00.000Z', endsAt: '2024-12-29T11:00:00.000Z' },
      ]),
      state(),
    )
    expect(plan.warnings.map((warning) => `${warning.where}: ${warning.message}`)).toEqual([
      "event 2: starts 2024-12-29 11:00, outside the event's dates",
      'event 1: overlaps "Session 0" in room Saal 1 (2024-12-27 11:30)',
    ])
  })

  it('gives new sessions slugs unique within the event', () => {
    const plan = planImport(schedule([{ title: 'Lightning talks' }, { title: 'Lightning talks', room: 'B' }]), state({ sessions: [existing({ title: 'x' }, {}, { slug: 'lightning-talks', source: { guid: 'other' } })] }))
    expect(plan.sessions.filter((session) => session.action === 'create').map((session) => session.slug)).toEqual(['lightning-talks-2', 'lightning-talks-3'])
  })
})

const speaker = (overrides: Partial<ExistingSpeaker> = {}): ExistingSpeaker => ({
  id: 7,
  reviewed: false,
  slug: 'ada-lovelace',
  source: { imported: null, keys: [] },
  values: { fullBio: '', jobTitle: '', links: [], name: 'Ada Lovelace', organization: 'Meta', shortBio: '' },
  ...overrides,
})

describe('planImport: speakers', () => {
  it('matches by key first, then by name and organization however cased, and never duplicates', () => {
    const people = [
      { key: 'pretalx:ABC', links: [], name: 'Someone Renamed' },
      { key: 'pretalx:NEW', links: [], name: 'ada lovelace', organization: 'META' },
      { key: 'pretalx:XYZ', links: [], name: 'Grace Hopper' },
    ]
    const plan = planImport(
      schedule([{ persons: [{ person: 0, role: 'speaker' }, { person: 1, role: 'moderator' }, { person: 2, role: 'speaker' }] }], people),
      state({ speakers: [speaker({ id: 3, slug: 'someone', source: { imported: null, keys: ['pretalx:ABC'] }, values: { ...speaker().values, name: 'Someone' } }), speaker()] }),
    )
    expect(plan.speakers.map((entry) => [entry.name, entry.matchedBy ?? entry.action])).toEqual([
      ['Someone', 'key'],
      ['Ada Lovelace', 'name'],
      ['Grace Hopper', 'create'],
    ])
    expect(plan.speakers[1].keysAdded).toEqual(['pretalx:NEW'])
    expect(plan.sessions[0].values?.speakers).toEqual([
      { role: 'speaker', speaker: 3 },
      { role: 'moderator', speaker: 7 },
      { role: 'speaker', speaker: 'new:2' },
    ])
  })

  it("never changes a reviewed speaker's text, and says so", () => {
    const plan = planImport(
      schedule([{ persons: [{ person: 0, role: 'speaker' }] }], [{ biography: 'New bio from the source.', key: 'k', links: [], name: 'Ada Lovelace', organization: 'Meta' }]),
      state({ speakers: [speaker({ reviewed: true, source: { imported: null, keys: ['k'] }, values: { ...speaker().values, fullBio: 'Approved by Ada.' } })] }),
    )
    expect(plan.speakers[0].values.fullBio).toBe('Approved by Ada.')
    expect(plan.speakers[0].conflicts.map((conflict) => [conflict.field, conflict.reason])).toEqual([
      ['fullBio', 'reviewed'],
      ['shortBio', 'reviewed'],
    ])
  })

  it('does not match a name shared by two speakers when the source gives no organization', () => {
    const plan = planImport(
      schedule([{ persons: [{ person: 0, role: 'speaker' }] }], [{ links: [], name: 'Ada Lovelace' }]),
      state({ speakers: [speaker(), speaker({ id: 8, slug: 'ada-lovelace-2', values: { ...speaker().values, organization: 'Other' } })] }),
    )
    expect(plan.speakers[0]).toMatchObject({ action: 'create', slug: 'ada-lovelace-3' })
  })
})

describe('conferenceDay', () => {
  it('keeps a session after midnight on the day before the day change', () => {
    expect(conferenceDay('2024-12-28T00:30:00.000Z', 'Europe/Berlin', '04:00')).toBe('2024-12-27')
    expect(conferenceDay('2024-12-28T03:30:00.000Z', 'Europe/Berlin', '04:00')).toBe('2024-12-28')
  })

  it('counts on the local clock across a daylight-saving change', () => {
    // Berlin falls back at 01:00Z on 2024-10-27: 01:30Z is 02:30 CET (before the 04:00 change), 03:30Z is 04:30 CET.
    expect(conferenceDay('2024-10-27T01:30:00.000Z', 'Europe/Berlin', '04:00')).toBe('2024-10-26')
    expect(conferenceDay('2024-10-27T03:30:00.000Z', 'Europe/Berlin', '04:00')).toBe('2024-10-27')
  })
})
