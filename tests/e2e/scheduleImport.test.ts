// The schedule import as an editor runs it: a published pretalx schedule (pretalx's DemoCon export)
// served by a loopback server, imported by URL from the event's admin panel (dry run, then apply);
// one session edited in the admin and featured in an article; a changed version of the schedule
// (one session moved, one removed, one added, the edited one retitled at the source) re-imported,
// the dry run showing exactly those changes with the edited title as a conflict; then the event
// page, the feed and the schedule exports following, and ConfClerk (a frab reader from Debian)
// loading the event's schedule.xml with every session on its day, time and room.
import type { Browser, Page } from 'playwright-core'

import ICAL from 'ical.js'
import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { paragraphsToLexical } from '../../src/utilities/lexical'
import { parseCalendar } from '../helpers/ical'
import { launchChromium, logIn } from './browser'
import { confclerkAvailable, loadInConfClerk } from './confclerk'

const baseUrl = inject('baseUrl')
const origin = { Origin: baseUrl }

interface PretalxEvent {
  date: string
  duration: string
  end?: string
  guid: string
  id: number
  persons: unknown[]
  room: string
  start: string
  title: string
}
interface PretalxSchedule {
  schedule: {
    conference: { days: Array<{ date: string; rooms: Record<string, PretalxEvent[]> }> }
    version: string
  }
}

const published = JSON.parse(
  readFileSync(new URL('../fixtures/schedules/pretalx-democon.json', import.meta.url), 'utf8'),
) as PretalxSchedule
const allEvents = (schedule: PretalxSchedule) =>
  schedule.schedule.conference.days.flatMap((day) => Object.values(day.rooms).flat())

// The sessions the journey touches, by their pretalx guid.
const edited = allEvents(published)[0] // Gray Room, Dec 14 09:00
const removed = allEvents(published)[1] // Gray Room, Dec 14 09:30
const moved = allEvents(published).find((event) => event.room === 'Tan Room')! // Dec 14 09:00, 90 min
const added: PretalxEvent = {
  ...allEvents(published)[2],
  date: '2020-12-14T16:00:00+01:00',
  guid: '5f0e8c8e-7a55-4d3a-9d5e-3c7a1b2d9e01',
  id: 999_001,
  start: '16:00',
  title: 'A session added on the last day',
}

/** The next version of the schedule: moved one hour later, one gone, one new, the edited one retitled. */
function changedVersion(): PretalxSchedule {
  const next = structuredClone(published)
  next.schedule.version = 'v1.2'
  for (const day of next.schedule.conference.days) {
    for (const [room, events] of Object.entries(day.rooms)) {
      day.rooms[room] = events
        .filter((event) => event.guid !== removed.guid)
        .map((event) => {
          if (event.guid === moved.guid) return { ...event, date: '2020-12-14T10:00:00+01:00', start: '10:00' }
          if (event.guid === edited.guid) return { ...event, title: `${event.title}, revised` }
          return event
        })
    }
    if (day.date === '2020-12-14') day.rooms['Gray Room'].push(added)
  }
  return next
}

let browser: Browser
let editor: Page
let server: Server
let scheduleBody = JSON.stringify(published)
let scheduleUrl = ''
let seriesId: number
let eventId: number
const stamp = Date.now()
const eventSlug = `democon-${stamp}`
const startedAt = new Date().toISOString()

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url !== '/democon/schedule.json') return void response.writeHead(404).end()
    response.writeHead(200, { 'content-type': 'application/json' }).end(scheduleBody)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  scheduleUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/democon/schedule.json`

  browser = await launchChromium()
  editor = (await logIn(browser, baseUrl, 'editor@example.com')).page
  const series = await editor.request.post(`${baseUrl}/api/event-series`, {
    data: { name: `DemoCon ${stamp}`, slug: `democon-series-${stamp}` },
    headers: origin,
  })
  expect(series.status()).toBe(201)
  seriesId = ((await series.json()) as { doc: { id: number } }).doc.id
  const event = await editor.request.post(`${baseUrl}/api/events`, {
    data: {
      dates: [{ end: '2020-12-16T17:00:00.000Z', start: '2020-12-14T07:00:00.000Z' }],
      series: seriesId,
      slug: eventSlug,
      timezone: 'Europe/Berlin',
      title: `DemoCon ${stamp}`,
      venue: { name: 'Online' },
    },
    headers: origin,
  })
  expect(event.status()).toBe(201)
  eventId = ((await event.json()) as { doc: { id: number } }).doc.id
})

// What this file made goes again, so the other browser tests see the seed as it is.
afterAll(async () => {
  server?.close()
  if (browser) {
    const admin = (await logIn(browser, baseUrl, 'admin@example.com')).page
    // A bulk delete can meet the app's write limit (503 while busy): try again, then say what is left.
    // The editor's visit to a session's edit view locks it until Payload's unlock request arrives, which a
    // page.goto away may cut short: the cleanup takes the lock over, as an admin would in the edit view.
    const remove = async (collection: string, where: string) => {
      for (let attempt = 1; ; attempt += 1) {
        const response = await admin.request.delete(`${baseUrl}/api/${collection}?${where}&overrideLock=true`, { headers: origin })
        if (response.ok()) return
        if (attempt === 5) throw new Error(`cleanup of ${collection} failed: ${response.status()} ${await response.text()}`)
        await new Promise((resolve) => setTimeout(resolve, 1000 * attempt))
      }
    }
    await remove('articles', `where[title][contains]=${stamp}`)
    await remove('talks', `where[event][equals]=${eventId}`)
    await remove('schedule-imports', `where[event][equals]=${eventId}`)
    await remove('events', `where[id][equals]=${eventId}`)
    await remove('event-series', `where[id][equals]=${seriesId}`)
    await remove('speakers', `where[createdAt][greater_than]=${encodeURIComponent(startedAt)}`)
    await remove('organizations', `where[createdAt][greater_than]=${encodeURIComponent(startedAt)}`)
    await browser.close()
  }
})

function panel(page: Page) {
  return page.getByRole('region', { name: 'Schedule import' })
}

/** Opens the event in the admin and runs a dry run of `scheduleUrl`; answers the result's region. */
/**
 * Clicks `button` in the panel until `region` shows, within the test's time. The panel's error (an alert)
 * is what an editor would read: the app answers 503 while its write slots are busy, and an editor tries
 * again; any other error fails the test with its text rather than a timeout.
 */
async function clickUntilShown(page: Page, button: string, region: string) {
  const result = panel(page).getByRole('region', { name: region })
  const alert = panel(page).getByRole('alert')
  for (let attempt = 1; ; attempt += 1) {
    await panel(page).getByRole('button', { name: button }).click({ timeout: 15_000 })
    await Promise.race([result.waitFor({ timeout: 40_000 }), alert.waitFor({ timeout: 40_000 })])
    if (await result.isVisible()) return result
    const message = await alert.innerText()
    if (attempt === 3 || !/busy|try again|503/i.test(message)) throw new Error(`${button}: the panel says "${message}"`)
    await new Promise((resolve) => setTimeout(resolve, 1000 * attempt))
  }
}

async function dryRunInAdmin(page: Page) {
  await page.goto(`${baseUrl}/admin/collections/events/${eventId}`)
  await panel(page).waitFor({ timeout: 30_000 })
  await panel(page).getByLabel('Schedule URL').fill(scheduleUrl, { timeout: 15_000 })
  return clickUntilShown(page, 'Dry run', 'Dry run')
}

async function applyInAdmin(page: Page) {
  return clickUntilShown(page, 'Apply the import', 'Import applied')
}

interface Talk {
  id: number
  sequence?: number
  source?: { guid?: string }
  startsAt: string
  status?: string
  title: string
}

async function sessionsOfEvent(): Promise<Talk[]> {
  const response = await editor.request.get(`${baseUrl}/api/talks?limit=200&depth=0&sort=startsAt&where[event][equals]=${eventId}`, { headers: origin })
  return ((await response.json()) as { docs: Talk[] }).docs
}
const byGuid = (talks: Talk[], guid: string) => talks.find((talk) => talk.source?.guid === guid)

describe('schedule import in the admin', () => {
  const editedTitle = `${edited.title} (our title)`
  let articleSlug = ''

  it('imports a published pretalx schedule by URL: dry run, then apply, recorded in the history', async () => {
    const dryRun = await dryRunInAdmin(editor)
    const sessionRows = dryRun.getByRole('table', { name: 'Sessions' }).locator('tbody tr')
    expect(await sessionRows.count()).toBe(allEvents(published).length)
    expect(await dryRun.getByRole('table', { name: 'Sessions' }).locator('tbody tr[data-action="create"]').count()).toBe(
      allEvents(published).length,
    )
    expect(await dryRun.getByRole('table', { name: 'Speakers' }).locator('tbody tr[data-action="create"]').count()).toBeGreaterThan(0)
    // A dry run writes nothing.
    expect(await sessionsOfEvent()).toHaveLength(0)

    await applyInAdmin(editor)
    const history = panel(editor).getByRole('table', { name: 'Import history' })
    await panel(editor).getByText('Import history (1 import)').click()
    await expect(history.innerText()).resolves.toContain(scheduleUrl)
    const talks = await sessionsOfEvent()
    expect(talks.map((talk) => talk.source?.guid).sort()).toEqual(allEvents(published).map((event) => event.guid).sort())
    expect(byGuid(talks, moved.guid)?.startsAt).toBe('2020-12-14T08:00:00.000Z')
  })

  it('keeps an editor’s change and a featured session through a re-sync that moves, removes and adds sessions', async () => {
    // The editor retitles one session in its edit view, then features it in a published note.
    const target = byGuid(await sessionsOfEvent(), edited.guid)!
    await editor.goto(`${baseUrl}/admin/collections/talks/${target.id}`)
    await editor.locator('#field-title').fill(editedTitle, { timeout: 20_000 })
    await editor.getByRole('button', { name: 'Save' }).click({ timeout: 10_000 })
    await editor.getByText(/updated successfully/i).first().waitFor({ timeout: 30_000 })
    articleSlug = `democon-notes-${stamp}`
    const article = await editor.request.post(`${baseUrl}/api/articles`, {
      data: {
        _status: 'published',
        body: paragraphsToLexical(['What we learned in the opening session.']),
        event: eventId,
        featuredSessions: [target.id],
        slug: articleSlug,
        title: `Notes from DemoCon ${stamp}`,
      },
      headers: origin,
    })
    expect(article.status()).toBe(201)

    scheduleBody = JSON.stringify(changedVersion())
    const dryRun = await dryRunInAdmin(editor)
    const rows = dryRun.getByRole('table', { name: 'Sessions' }).locator('tbody tr')
    const seen = await rows.evaluateAll((elements) =>
      elements.map((row) => `${row.getAttribute('data-action')} ${row.getAttribute('data-guid')}`).sort(),
    )
    expect(seen).toEqual(
      [`create ${added.guid}`, `remove ${removed.guid}`, `unchanged ${edited.guid}`, `update ${moved.guid}`].sort(),
    )
    const movedRow = dryRun.locator(`tr[data-guid="${moved.guid}"]`)
    expect(await movedRow.locator('li[data-field]').evaluateAll((items) => items.map((item) => item.getAttribute('data-field')).sort())).toEqual([
      'endsAt',
      'startsAt',
    ])
    const conflict = dryRun.locator(`[data-conflict="session:${edited.guid}:title"]`)
    await expect(conflict.innerText()).resolves.toContain(editedTitle)
    await expect(conflict.innerText()).resolves.toContain(`${edited.title}, revised`)
    expect(await conflict.getByRole('checkbox').isChecked()).toBe(false)
    // No speaker changes: the new session's person is already known.
    expect(await dryRun.getByRole('table', { name: 'Speakers' }).count()).toBe(0)

    await applyInAdmin(editor)
    await panel(editor).getByText('Import history (2 imports)').waitFor()
    const talks = await sessionsOfEvent()
    expect(talks).toHaveLength(allEvents(published).length)
    expect(byGuid(talks, edited.guid)).toMatchObject({ id: target.id, title: editedTitle })
    expect(byGuid(talks, moved.guid)).toMatchObject({ sequence: 1, startsAt: '2020-12-14T09:00:00.000Z' })
    expect(byGuid(talks, removed.guid)).toBeUndefined()
    expect(byGuid(talks, added.guid)).toMatchObject({ startsAt: '2020-12-14T15:00:00.000Z', title: added.title })
    const notes = (await (await fetch(`${baseUrl}/api/articles?depth=0&where[slug][equals]=${articleSlug}`)).json()) as {
      docs: Array<{ featuredSessions: number[] }>
    }
    expect(notes.docs[0]?.featuredSessions).toEqual([target.id])
  })

  it('is followed by the event page, the feed and the schedule exports', async () => {
    const page = await (await browser.newContext()).newPage()
    await page.goto(`${baseUrl}/events/${eventSlug}`)
    const agenda = await page.locator('main').innerText()
    expect(await page.locator('article.session').count()).toBe(allEvents(published).length)
    expect(agenda).toContain(editedTitle)
    expect(agenda).toContain(added.title)
    expect(agenda).not.toContain(removed.title)
    expect(await page.locator('.featured-article').count()).toBe(1)
    await page.context().close()

    const feed = await (await fetch(`${baseUrl}/feed.xml`)).text()
    expect(feed).toContain(`Notes from DemoCon ${stamp}`)

    const xml = await (await fetch(`${baseUrl}/events/${eventSlug}/schedule.xml`)).text()
    expect(xml.match(/<event /g)).toHaveLength(allEvents(published).length)
    expect(xml).toContain(added.title)
    expect(xml).not.toContain(removed.title)
    const calendar = parseCalendar(await (await fetch(`${baseUrl}/events/${eventSlug}/schedule.ics`)).text())
    const vevents = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
    const movedEvent = vevents.find((event) => event.summary === moved.title)!
    expect(movedEvent.startDate.toJSDate().toISOString()).toBe('2020-12-14T09:00:00.000Z')
    expect(movedEvent.sequence).toBe(1)
  })

  it('loads in ConfClerk from its schedule.xml URL: every session on its day, at its time, in its room', async () => {
    expect(confclerkAvailable(), 'ConfClerk, Xvfb, xdotool and sqlite3 are installed (.ci/run installs them)').toBe(true)
    const loaded = await loadInConfClerk(`${baseUrl}/events/${eventSlug}/schedule.xml`)
    const expected = allEvents(changedVersion())
      .map((event) => {
        const title = event.guid === edited.guid ? editedTitle : event.title
        return `${event.date.slice(0, 10)} ${event.date.slice(11, 16)} ${event.room} ${title}`
      })
      .sort()
    expect(loaded.events.map((event) => `${event.day} ${event.start} ${event.room} ${event.title}`).sort()).toEqual(expected)
  })
})
