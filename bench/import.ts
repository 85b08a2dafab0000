// Schedule import at conference scale: a c3voc schedule.json of 1,000 sessions in 20 rooms over 5 days
// (about 700 people), imported into an event of a throw-away embedded PostgreSQL with the demo's
// migrations, then re-synced unchanged, then re-synced with 10 sessions moved. Prints sessions/s and
// the SQL statements of each step (constant in the number of sessions: set-at-a-time writes).
//   npx tsx bench/import.ts [sessions=1000] [rooms=20] [days=5]
import type { Migration, Payload } from 'payload'

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { createLocalReq, getPayload } from 'payload'

import { talkNotesOptionsOf } from 'talk-notes'
import { runImport } from 'talk-notes/import'

import { countQueries } from '../demo/db/queryCounter'
import { ensureDatabase, startDatabase } from '../demo/db/startDatabase'
import { migrations } from '../demo/migrations'
import { zonedTimeToUtc } from '../src/utilities/zonedTime'

const sessions = Number(process.argv[2] ?? 1000)
const rooms = Number(process.argv[3] ?? 20)
const days = Number(process.argv[4] ?? 5)
const timeZone = 'Europe/Berlin'
const firstDay = '2031-12-27'

const server = await startDatabase({ database: 'postgres', dataDir: mkdtempSync(path.join(tmpdir(), 'talk-notes-bench-import-')), persistent: false })
const url = new URL(server.url)
url.pathname = '/talk_notes_import_bench'
await ensureDatabase(url.toString(), 'talk_notes_import_bench')
process.env.DATABASE_URL = url.toString()
process.env.PAYLOAD_SECRET = 'bench-only-secret'
const { default: config } = await import('../demo/payload.config')
const payload: Payload = await getPayload({ config })
await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
const options = talkNotesOptionsOf(payload)

const dayOf = (index: number) => new Date(Date.parse(`${firstDay}T12:00:00Z`) + index * 86_400_000).toISOString().slice(0, 10)
const series = await payload.create({ collection: 'event-series', data: { name: 'Bench Congress' } })
const event = await payload.create({
  collection: 'events',
  data: {
    dates: Array.from({ length: days }, (_, index) => ({
      end: zonedTimeToUtc(dayOf(index), '23:00', timeZone).toISOString(),
      start: zonedTimeToUtc(dayOf(index), '09:00', timeZone).toISOString(),
    })),
    format: 'in-person',
    registrationStatus: 'open',
    series: series.id,
    timezone: timeZone,
    title: `Bench Congress ${Date.now()}`,
  } as never,
})

/** A c3voc schedule.json as pretalx writes it; `moved` sessions start an hour later. */
function scheduleJson(moved = new Set<number>()): string {
  const perDay = Math.ceil(sessions / days)
  const perRoom = Math.ceil(perDay / rooms)
  const roomNames = Array.from({ length: rooms }, (_, index) => `Room ${index + 1}`)
  const persons = Math.round(sessions * 0.7)
  const dayList = Array.from({ length: days }, (_, dayIndex) => {
    const byRoom: Record<string, unknown[]> = Object.fromEntries(roomNames.map((name) => [name, []]))
    for (let n = 0; n < perDay; n += 1) {
      const index = dayIndex * perDay + n
      if (index >= sessions) break
      const room = roomNames[n % rooms]
      const slot = Math.floor(n / rooms)
      const minutes = 9 * 60 + slot * Math.floor((13 * 60) / perRoom) + (moved.has(index) ? 60 : 0)
      const start = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
      const date = zonedTimeToUtc(dayOf(dayIndex), start, timeZone)
      byRoom[room].push({
        abstract: `Abstract of session ${index}: what we learned running networks at scale.`,
        attachments: [],
        date: date.toISOString().replace('.000Z', '+00:00'),
        description: `A longer description of session ${index}.\n\nWith a second paragraph.`,
        duration: '00:40',
        guid: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
        id: 10_000 + index,
        language: 'en',
        links: index % 10 === 0 ? [{ title: 'Slides', url: `https://slides.example.org/${index}.pdf` }] : [],
        persons: [{ code: `P${index % persons}`, guid: `10000000-0000-4000-8000-${String(index % persons).padStart(12, '0')}`, id: index % persons, public_name: `Speaker ${index % persons}` }],
        room,
        slug: `bench-${index}`,
        start,
        subtitle: '',
        title: `Session ${index}`,
        track: `Track ${index % 8}`,
        type: index % 25 === 0 ? 'Workshop' : 'Talk',
        url: `https://pretalx.example.org/bench/talk/${index}/`,
      })
    }
    return { date: dayOf(dayIndex), day_end: `${dayOf(dayIndex)}T23:00:00+01:00`, day_start: `${dayOf(dayIndex)}T09:00:00+01:00`, index: dayIndex + 1, rooms: byRoom }
  })
  return JSON.stringify({
    $schema: 'https://c3voc.de/schedule/schema.json',
    generator: { name: 'talk-notes bench', version: '1' },
    schedule: {
      base_url: 'https://pretalx.example.org/bench/',
      conference: {
        acronym: 'bench',
        days: dayList,
        daysCount: days,
        end: dayOf(days - 1),
        rooms: roomNames.map((name, index) => ({ guid: `20000000-0000-4000-8000-${String(index).padStart(12, '0')}`, name })),
        start: dayOf(0),
        time_zone_name: timeZone,
        timeslot_duration: '00:05',
        title: 'Bench Congress',
        url: 'https://pretalx.example.org/bench/',
      },
      version: moved.size ? 'moved' : '1',
    },
  })
}

async function step(label: string, content: string, dryRun = false) {
  const req = await createLocalReq({}, payload)
  const started = performance.now()
  const { queries, result } = await countQueries(() => runImport(req, options, event.id, { content, dryRun, fileName: 'schedule.json' }))
  const seconds = (performance.now() - started) / 1000
  console.log(
    `${label.padEnd(28)} ${seconds.toFixed(2).padStart(6)} s  ${(sessions / seconds).toFixed(0).padStart(6)} sessions/s  ` +
      `${String(queries.length).padStart(4)} statements  ${result.summary}`,
  )
  return { queries: queries.length, seconds }
}

console.log(`${sessions} sessions, ${rooms} rooms, ${days} days`)
const first = scheduleJson()
await step('dry run (first import)', first, true)
const imported = await step('first import', first)
const noop = await step('re-sync, nothing changed', first)
await step('re-sync, 10 sessions moved', scheduleJson(new Set(Array.from({ length: 10 }, (_, index) => index * 37))))
console.log(`no-op re-sync took ${((noop.seconds / imported.seconds) * 100).toFixed(0)}% of the first import's time`)

await payload.destroy()
await server.stop()
process.exit(0)
